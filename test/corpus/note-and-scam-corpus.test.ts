import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { classifyInvitationNote } from '../../src/core/invitation-note/classify-invitation-note.js';
import { detectScamSignals } from '../../src/core/safety/detect-scam-signals.js';
import { repositoryRoot } from '../support/spawn-netwerk.js';

/** Tab-separated rows after the comment lines: label, [language,] text. */
function readCorpus(name: string): string[][] {
  return readFileSync(`${repositoryRoot}/test/fixtures/${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

describe('the labelled note and scam corpora', () => {
  it('classifies every note in seven languages as labelled, with no scam signal among them', () => {
    const wrong = readCorpus('note-corpus.tsv')
      .map(([kind, language, note]) => ({ kind, language, note: note ?? '' }))
      .map((row) => ({
        ...row,
        got: classifyInvitationNote(row.note).kind,
        signals: detectScamSignals({ message: row.note }).length,
      }))
      .filter((row) => row.got !== row.kind || row.signals > 0);
    assert.deepEqual(wrong, []);
  });

  it('flags every scam approach and none of the honest notes about money, investors or far places', () => {
    const wrong = readCorpus('scam-corpus.tsv')
      .map(([label, note]) => ({ label, note: note ?? '' }))
      .filter(
        (row) => detectScamSignals({ message: row.note }).length > 0 !== (row.label === 'scam'),
      );
    assert.deepEqual(wrong, []);
  });
});
