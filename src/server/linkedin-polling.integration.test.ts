import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as samples from '../core/linkedin-sync/test-support/documented-samples.js';
import { importExport } from '../import/import-export.js';
import type { PollResult } from '../sync/changelog-polling.js';
import type { TokenSource } from '../sync/linkedin-token.js';
import type { FakeLinkedInApi } from '../sync/test-support/fake-linkedin-api.js';
import { startFakeLinkedInApi } from '../sync/test-support/fake-linkedin-api.js';
import { writeKnownExportZip } from '../../test/support/export-zips.js';
import { createAppCaches } from './create-app.js';
import { startLinkedInPolling } from './linkedin-polling.js';
import type { TestApp } from './test-support/test-app.js';
import { createTestApp } from './test-support/test-app.js';

const token = 'AQX-fake-token-0123456789abcdefghijklmnopqrstuvwxyz';
const linked: TokenSource = { read: async () => ({ token, origin: 'file' }) };
const comment = {
  ...samples.commentEvent,
  capturedAt: Date.parse('2026-11-25T08:00:00Z'),
  processedAt: Date.parse('2026-11-25T08:00:05Z'),
};

let fake: FakeLinkedInApi;
const apps: TestApp[] = [];
before(async () => {
  fake = await startFakeLinkedInApi({ token });
});
after(async () => {
  for (const app of apps) await app.close();
  await fake.close();
});

/** A single-user app with the poll as `netwerk serve` starts it; resolves each poll's result. */
async function servedWithPolling(tokenSource: TokenSource) {
  const caches = createAppCaches();
  const test = await createTestApp({ caches, sync: { tokenSource } });
  apps.push(test);
  const results: PollResult[] = [];
  const logged: string[] = [];
  let wake: (() => void) | undefined;
  const start = () =>
    startLinkedInPolling({
      store: test.store,
      tokenSource,
      caches,
      language: 'en',
      log: (line) => logged.push(line),
      clock: () => new Date('2026-11-26T12:00:00Z'),
      api: { baseUrl: fake.baseUrl, sleep: async () => undefined },
      onResult: (result) => {
        results.push(result);
        wake?.();
      },
    });
  const nextResult = () => new Promise<void>((resolve) => (wake = resolve));
  return { test, results, logged, start, nextResult };
}

describe('the hourly LinkedIn poll of netwerk serve', () => {
  it('syncs at once when never synced, drops the kept inbox and charts, and shows the sync time', async () => {
    const served = await servedWithPolling(linked);
    const { test } = served;
    // The inbox and charts are kept (empty); data then arrives outside the app's requests.
    const empty = (await (await test.call('/api/inbox')).json()) as { rows: unknown[] };
    assert.equal(empty.rows.length, 0);
    await (await test.call('/api/network/charts')).json();
    await importExport(await writeKnownExportZip(), test.store);
    const kept = (await (await test.call('/api/inbox')).json()) as { rows: unknown[] };
    assert.equal(kept.rows.length, 0, 'still the kept inbox: nothing told the cache');

    fake.setChangelog([comment]);
    const polled = served.nextResult();
    const stop = served.start();
    await polled;
    await stop();
    const result = served.results[0];
    assert.equal(result?.outcome, 'synced');
    assert.ok(result?.outcome === 'synced' && result.summary.seq !== null);
    const fresh = (await (await test.call('/api/inbox')).json()) as { rows: unknown[] };
    assert.equal(fresh.rows.length, 2, 'a sync with changes dropped the kept inbox');
    const charts = (await (await test.call('/api/network/charts')).json()) as {
      totals: { connections: number };
    };
    assert.ok(charts.totals.connections > 0, 'and the kept charts');

    const response = await test.call('/api/sync/status');
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.ok(!text.includes(token), 'never the token');
    const status = JSON.parse(text) as Record<string, unknown>;
    assert.equal(status.linked, true);
    assert.equal(status.tokenFrom, 'file');
    assert.equal(status.lastSyncAt, '2026-11-26T12:00:00.000Z');
    assert.equal(status.lastError, null);
    assert.deepEqual(served.logged, []);
  });

  it('says why a poll failed, on stderr and in the status, and keeps the data', async () => {
    const served = await servedWithPolling(linked);
    const { test } = served;
    await importExport(await writeKnownExportZip(), test.store);
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 401, body: samples.errorBody(401, 'Expired') },
    );
    const polled = served.nextResult();
    const stop = served.start();
    await polled;
    await stop();
    assert.equal(served.results[0]?.outcome, 'failed');
    assert.equal(served.logged.length, 1);
    assert.match(served.logged[0] ?? '', /^LinkedIn sync failed: LinkedIn refuses the token/u);
    const status = (await (
      await test.call('/api/sync/status', {
        headers: { 'x-netwerk-language': 'nl' },
      })
    ).json()) as { lastError: { code: string; message: { nl: string; en: string } } };
    assert.equal(status.lastError.code, 'linkedin-token-rejected');
    assert.match(status.lastError.message.nl, /netwerk link/u);
    assert.match(status.lastError.message.en, /netwerk link/u);
    const inbox = (await (await test.call('/api/inbox')).json()) as { rows: unknown[] };
    assert.equal(inbox.rows.length, 2, 'nothing was lost');
  });

  it('answers "not linked" without a token, and has no status route on a server without a link', async () => {
    const served = await servedWithPolling({ read: async () => undefined });
    const status = (await (await served.test.call('/api/sync/status')).json()) as {
      linked: boolean;
      lastSyncAt: string | null;
    };
    assert.deepEqual([status.linked, status.lastSyncAt], [false, null]);
    const session = (await (await served.test.call('/api/session')).json()) as { sync: boolean };
    assert.equal(session.sync, true);
    const plain = await createTestApp();
    apps.push(plain);
    assert.equal((await plain.call('/api/sync/status')).status, 404);
    const plainSession = (await (await plain.call('/api/session')).json()) as Record<
      string,
      unknown
    >;
    assert.deepEqual(plainSession, { mode: 'single-user', username: null, sync: false });
  });
});
