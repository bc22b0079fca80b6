import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RowProblem } from '../../core/linkedin-export/row-problem.js';
import type { ImportSummary } from '../../import/import-summary.js';
import { problemLines } from './import-command.js';

function summaryWith(problem: RowProblem): ImportSummary {
  return {
    seq: 1,
    source: 'export.zip',
    skippedFiles: [],
    files: [
      {
        name: 'Comments.csv',
        kind: 'comments',
        rows: 3,
        inserted: 2,
        updated: 0,
        unchanged: 0,
        skipped: [{ line: 4, problem }],
        skippedCount: 1,
      },
    ],
  };
}

describe('the lines an import prints about skipped rows', () => {
  it('says the rest was imported after one bad row', () => {
    const summary = summaryWith({ kind: 'missing', column: 'Date' });
    assert.deepEqual(problemLines(summary, 'en'), [
      "Comments.csv line 4 skipped: 'Date' is empty. The rest was imported.",
    ]);
    assert.deepEqual(problemLines(summary, 'nl'), [
      "Comments.csv regel 4 overgeslagen: 'Date' is leeg. De rest is geïmporteerd.",
    ]);
  });

  it('says only the lines before it were imported when the rest of the file went unread', () => {
    const summary = summaryWith({ kind: 'unparsable', fault: 'quote-never-closed-rest-unread' });
    const [english] = problemLines(summary, 'en');
    const [dutch] = problemLines(summary, 'nl');
    assert.match(
      english ?? '',
      /the rest of the file was not read\)\. The lines before it were imported\.$/u,
    );
    assert.match(
      dutch ?? '',
      /de rest van het bestand is niet gelezen\)\. De regels ervoor zijn geïmporteerd\.$/u,
    );
    assert.doesNotMatch(`${english} ${dutch}`, /The rest was imported|De rest is geïmporteerd/u);
  });
});
