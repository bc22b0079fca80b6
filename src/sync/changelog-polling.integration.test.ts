import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as samples from '../core/linkedin-sync/test-support/documented-samples.js';
import type { Store } from '../store/store.js';
import type { StoreTarget } from '../store/test-support/store-targets.js';
import { sqliteTarget } from '../store/test-support/store-targets.js';
import type { PollResult, Timers } from './changelog-polling.js';
import { readSyncStatus, startChangelogPolling } from './changelog-polling.js';
import type { LinkedInToken, TokenSource } from './linkedin-token.js';
import type { FakeLinkedInApi } from './test-support/fake-linkedin-api.js';
import { startFakeLinkedInApi } from './test-support/fake-linkedin-api.js';

const token = 'AQX-fake-token-0123456789abcdefghijklmnopqrstuvwxyz';
const hour = 60 * 60 * 1000;

let fake: FakeLinkedInApi;
let target: StoreTarget;
const stores: Store[] = [];
before(async () => {
  fake = await startFakeLinkedInApi({ token });
  target = await sqliteTarget();
});
after(async () => {
  for (const store of stores) await store.close();
  await target.dispose();
  await fake.close();
});

/** Timers a test fires by hand: nothing waits for real. */
function manualTimers() {
  const pending: { callback: () => void; ms: number; cancelled: boolean }[] = [];
  const timers: Timers = {
    setTimeout(callback, ms) {
      const timer = { callback, ms, cancelled: false };
      pending.push(timer);
      return timer;
    },
    clearTimeout(handle) {
      (handle as { cancelled: boolean }).cancelled = true;
    },
  };
  return {
    timers,
    /** The delay of the one timer waiting, after letting scheduling settle. */
    async waiting(): Promise<number | undefined> {
      for (let tick = 0; tick < 50 && !pending.some((timer) => !timer.cancelled); tick += 1) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const live = pending.filter((timer) => !timer.cancelled);
      return live.at(-1)?.ms;
    },
    fire(): void {
      const timer = pending.find((item) => !item.cancelled);
      assert.ok(timer, 'a poll is scheduled');
      timer.cancelled = true;
      timer.callback();
    },
  };
}

function setup(tokenValue: LinkedInToken | undefined, now: Date) {
  const results: PollResult[] = [];
  let resolveNext: (() => void) | undefined;
  const tokenSource: TokenSource = { read: async () => tokenValue };
  const next = () => new Promise<void>((resolve) => (resolveNext = resolve));
  return {
    results,
    tokenSource,
    next,
    onResult(result: PollResult) {
      results.push(result);
      resolveNext?.();
    },
    clock: () => now,
  };
}

const comment = {
  ...samples.commentEvent,
  capturedAt: Date.parse('2026-03-05T08:00:00Z'),
  processedAt: Date.parse('2026-03-05T08:00:05Z'),
};

describe('changelog polling for netwerk serve', () => {
  it('polls the changelog once an hour, the first time when an hour has passed since the last sync', async () => {
    const store = await target.open();
    stores.push(store);
    const now = new Date('2026-03-05T10:00:00Z');
    await store.updateSyncState({ lastSyncAt: '2026-03-05T09:30:00.000Z' });
    fake.setChangelog([comment]);
    const manual = manualTimers();
    const run = setup({ token, origin: 'file' }, now);
    const stop = startChangelogPolling({
      store,
      tokenSource: run.tokenSource,
      clock: run.clock,
      timers: manual.timers,
      onResult: run.onResult,
      api: { baseUrl: fake.baseUrl, sleep: async () => undefined },
    });
    assert.equal(await manual.waiting(), 30 * 60 * 1000);
    fake.requests.length = 0;
    const done = run.next();
    manual.fire();
    await done;
    assert.equal(run.results[0]?.outcome, 'synced');
    assert.deepEqual(
      fake.requests.map((request) => request.path),
      ['memberChangeLogs'],
      'the poll reads the changelog only, never the snapshot',
    );
    assert.equal((await store.getStats()).comments, 1);
    assert.equal(await manual.waiting(), hour);

    const status = await readSyncStatus({ store, tokenSource: run.tokenSource, clock: run.clock });
    assert.equal(status.linked, true);
    assert.equal(status.lastSyncAt, now.toISOString());
    assert.equal(status.changelogCursor, '2026-03-05T08:00:05.000Z');
    assert.equal(status.lastError, null);
    await stop();
  });

  it('says "not linked" while there is no token and keeps polling', async () => {
    const store = await target.open();
    stores.push(store);
    const manual = manualTimers();
    const run = setup(undefined, new Date('2026-03-05T10:00:00Z'));
    const stop = startChangelogPolling({
      store,
      tokenSource: run.tokenSource,
      clock: run.clock,
      timers: manual.timers,
      onResult: run.onResult,
      api: { baseUrl: fake.baseUrl },
    });
    assert.equal(await manual.waiting(), 0, 'never synced: poll at once');
    const done = run.next();
    manual.fire();
    await done;
    assert.equal(run.results[0]?.outcome, 'not-linked');
    assert.equal(await manual.waiting(), hour);
    await stop();
  });

  it('reports a failed poll with what to do, keeps the data and tries again next hour', async () => {
    const store = await target.open();
    stores.push(store);
    const now = new Date('2026-03-05T10:00:00Z');
    const manual = manualTimers();
    const run = setup({ token, origin: 'env' }, now);
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 401, body: samples.errorBody(401, 'Expired') },
    );
    const stop = startChangelogPolling({
      store,
      tokenSource: run.tokenSource,
      clock: run.clock,
      timers: manual.timers,
      onResult: run.onResult,
      firstPollDelayMs: 0,
      api: { baseUrl: fake.baseUrl },
    });
    await manual.waiting();
    const done = run.next();
    manual.fire();
    await done;
    const result = run.results[0];
    assert.equal(result?.outcome, 'failed');
    if (result?.outcome !== 'failed') return;
    assert.equal(result.error.code, 'linkedin-token-rejected');
    assert.match(result.error.message.en, /netwerk link/u);
    assert.match(result.error.message.nl, /verlopen/u);
    assert.equal(await manual.waiting(), hour);
    const status = await readSyncStatus({ store, tokenSource: run.tokenSource, clock: run.clock });
    assert.equal(status.lastError?.code, 'linkedin-token-rejected');
    assert.equal(status.tokenFrom, 'env');
    await stop();
  });

  it('waits as long as LinkedIn asks when that is longer than an hour', async () => {
    const store = await target.open();
    stores.push(store);
    const manual = manualTimers();
    const run = setup({ token, origin: 'file' }, new Date('2026-03-05T10:00:00Z'));
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 429, headers: { 'retry-after': '7200' } },
    );
    const stop = startChangelogPolling({
      store,
      tokenSource: run.tokenSource,
      clock: run.clock,
      timers: manual.timers,
      onResult: run.onResult,
      firstPollDelayMs: 0,
      api: { baseUrl: fake.baseUrl },
    });
    await manual.waiting();
    const done = run.next();
    manual.fire();
    await done;
    assert.equal(await manual.waiting(), 2 * hour);
    await stop();
  });

  it('stops: a poll under way finishes and no other starts', async () => {
    const store = await target.open();
    stores.push(store);
    const manual = manualTimers();
    const run = setup({ token, origin: 'file' }, new Date('2026-03-05T10:00:00Z'));
    fake.setChangelog([]);
    const stop = startChangelogPolling({
      store,
      tokenSource: run.tokenSource,
      clock: run.clock,
      timers: manual.timers,
      onResult: run.onResult,
      firstPollDelayMs: 0,
      api: { baseUrl: fake.baseUrl },
    });
    await manual.waiting();
    manual.fire();
    await stop();
    assert.equal(run.results.length, 1, 'the running poll finished before stop returned');
    assert.equal(await manual.waiting(), undefined);
  });

  it('sees a gap when the last sync is older than 28 days, not when only the cursor is', async () => {
    const store = await target.open();
    stores.push(store);
    // A quiet month: nothing happened, polls kept coming.
    await store.updateSyncState({
      changelogCursor: Date.parse('2026-01-01T00:00:00Z'),
      lastSyncAt: '2026-03-05T09:00:00.000Z',
    });
    const quiet = await readSyncStatus({
      store,
      tokenSource: { read: async () => undefined },
      clock: () => new Date('2026-03-05T10:00:00Z'),
    });
    assert.equal(quiet.changelogGap, false);
    await store.updateSyncState({ lastSyncAt: '2026-02-01T09:00:00.000Z' });
    const status = await readSyncStatus({
      store,
      tokenSource: { read: async () => undefined },
      clock: () => new Date('2026-03-05T10:00:00Z'),
    });
    assert.equal(status.changelogGap, true);
    assert.equal(status.linked, false);
  });
});
