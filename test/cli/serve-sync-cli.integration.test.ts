import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as samples from '../../src/core/linkedin-sync/test-support/documented-samples.js';
import type { FakeLinkedInApi } from '../../src/sync/test-support/fake-linkedin-api.js';
import { startFakeLinkedInApi } from '../../src/sync/test-support/fake-linkedin-api.js';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';
import { spawnServe } from '../support/spawn-serve.js';

const linkedInToken = 'AQX-fake-token-0123456789abcdefghijklmnopqrstuvwxyz';
let sandbox: CliSandbox;
let fake: FakeLinkedInApi;
before(async () => {
  sandbox = createCliSandbox();
  fake = await startFakeLinkedInApi({ token: linkedInToken });
});
after(async () => {
  sandbox.dispose();
  await fake.close();
});

describe('netwerk serve polls LinkedIn while linked', () => {
  it('syncs the changelog at start when it never synced, shows it in /api/sync/status, and stops cleanly', async () => {
    fake.setChangelog([
      {
        ...samples.commentEvent,
        capturedAt: Date.parse('2026-11-25T08:00:00Z'),
        processedAt: Date.parse('2026-11-25T08:00:05Z'),
      },
    ]);
    const served = await spawnServe(sandbox, ['--port', '0'], {
      NETWERK_LINKEDIN_TOKEN: linkedInToken,
      NETWERK_LINKEDIN_API_BASE: fake.baseUrl,
    });
    try {
      const url = new URL(String(served.printed.url));
      const key = url.searchParams.get('token') ?? '';
      let status: { linked: boolean; lastSyncAt: string | null; lastError: unknown } | undefined;
      let text = '';
      for (let attempt = 0; attempt < 200 && !status?.lastSyncAt; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const response = await fetch(`${url.origin}/api/sync/status`, {
          headers: { authorization: `Bearer ${key}` },
        });
        text = await response.text();
        status = JSON.parse(text) as typeof status;
      }
      assert.equal(status?.linked, true);
      assert.ok(status?.lastSyncAt, `no sync within 10 s: ${text} ${served.stderr()}`);
      assert.equal(status?.lastError, null);
      assert.ok(!text.includes(linkedInToken));
      assert.ok(fake.requests.some((request) => request.path === 'memberChangeLogs'));
      assert.ok(fake.requests.every((request) => request.path !== 'memberSnapshotData'));
    } finally {
      assert.equal(await served.stop(), 0, served.stderr());
    }
    assert.ok(!served.stderr().includes(linkedInToken));
  });
});
