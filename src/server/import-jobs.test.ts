import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportSummary } from '../import/import-summary.js';
import type { RequestScope } from './app-options.js';
import { ImportJobs, keptJobsPerOwner } from './import-jobs.js';

/** Only what the job list reads of a scope: the owner of its store. */
const scopeOf = (ownerId: string) => ({ store: { ownerId } }) as unknown as RequestScope;
const upload = (path: string) => ({ path, bytes: 1, remove: () => Promise.resolve() });
const summaryOf = (path: string): ImportSummary => ({
  seq: 1,
  source: path,
  files: [],
  skippedFiles: [],
});

async function finishedImport(jobs: ImportJobs, owner: string, name: string): Promise<string> {
  const view = jobs.start(scopeOf(owner), upload(name), name);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(jobs.get(view.id, owner)?.status, 'done');
  return view.id;
}

describe('the import jobs of netwerk serve', () => {
  it("keeps each owner's recent results, however many imports another owner runs", async () => {
    const jobs = new ImportJobs(
      (path) => Promise.resolve(summaryOf(path)),
      () => new Date('2026-11-26T10:00:00Z'),
      () => undefined,
    );
    const anns = await finishedImport(jobs, 'ann', 'ann.zip');
    const bobs: string[] = [];
    for (let n = 0; n < 2 * keptJobsPerOwner + 5; n += 1) {
      bobs.push(await finishedImport(jobs, 'bob', `bob-${n}.zip`));
    }
    assert.equal(jobs.get(anns, 'ann')?.summary?.source, 'ann.zip');
    assert.equal(jobs.get(anns, 'bob'), undefined, "bob never sees ann's job");
    const kept = bobs.filter((id) => jobs.get(id, 'bob') !== undefined);
    assert.deepEqual(kept, bobs.slice(-keptJobsPerOwner), "bob's oldest are forgotten");
  });
});
