import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangelogSkipProblem } from './changelog-skip-problem.js';
import { describeChangelogSkip } from './changelog-skip-problem.js';

describe('why a changelog event was skipped, in the user’s language', () => {
  it('names the missing fields in Dutch and in English', () => {
    const problem: ChangelogSkipProblem = {
      kind: 'activity-missing',
      fields: ['activity.message.text', 'activity.object'],
    };
    assert.equal(
      describeChangelogSkip(problem, 'nl'),
      "'activity.message.text' of 'activity.object' ontbreekt",
    );
    assert.equal(
      describeChangelogSkip(problem, 'en'),
      "'activity.message.text' or 'activity.object' is missing",
    );
  });

  it('says an event of the wrong shape, and a row the export checks refuse, in Dutch', () => {
    assert.equal(
      describeChangelogSkip({ kind: 'event-shape', field: 'processedAt' }, 'nl'),
      "'processedAt' ontbreekt of heeft niet het gedocumenteerde type",
    );
    assert.equal(
      describeChangelogSkip({ kind: 'missing', column: 'Link' }, 'nl'),
      "'Link' is leeg",
    );
  });
});
