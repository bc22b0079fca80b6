import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { MiddlewareHandler } from 'hono';
import { defaultUserSettings } from '../core/settings/user-settings.js';
import { tempDirectory } from '../import/test-support/temp-directory.js';
import type { KyselyStore } from '../store/kysely-store.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { writeKnownExportZip } from '../../test/support/export-zips.js';
import type { AppEnv, SettingsAccess } from './app-options.js';
import { memorySettings } from './config-file-settings.js';
import { createApp } from './create-app.js';
import { waitForJob } from './test-support/test-app.js';

// What issue 8 plugs in: its own authentication, and a store per signed-in owner from scopeFor.
let base: Store;
let app: ReturnType<typeof createApp>;
const settings = new Map<string, SettingsAccess>();

before(async () => {
  base = await openStore(join(tempDirectory('scope'), 'netwerk.db'));
  const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!c.req.header('x-test-owner')) return c.json({ error: { code: 'not-signed-in' } }, 401);
    await next();
  };
  app = createApp({
    token: 'unused',
    allowedHosts: ['localhost:1'],
    clock: () => new Date('2026-11-26T12:00:00Z'),
    authenticate: signedIn,
    scopeFor: async (c) => {
      const owner = c.req.header('x-test-owner') ?? '';
      if (!settings.has(owner)) settings.set(owner, memorySettings(defaultUserSettings));
      return { store: await (base as KyselyStore).forOwner(owner), settings: settings.get(owner)! };
    },
  });
});
after(() => base.close());

const call = (owner: string | undefined, path: string, init: RequestInit = {}) =>
  app.request(`http://localhost:1/api${path}`, {
    ...init,
    headers: {
      host: 'localhost:1',
      origin: 'http://localhost:1',
      ...(owner ? { 'x-test-owner': owner } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  });

describe('one app, a store per signed-in owner', () => {
  it('uses the injected authentication instead of the launch key', async () => {
    assert.equal((await call(undefined, '/settings')).status, 401);
    assert.equal((await call('alice', '/settings')).status, 200);
  });

  it('imports into the owner who uploaded, and keeps caches apart per owner', async () => {
    assert.equal(((await (await call('bob', '/inbox')).json()) as { rows: [] }).rows.length, 0);
    const { readFile } = await import('node:fs/promises');
    const upload = await call('alice', '/import', {
      method: 'POST',
      body: await readFile(await writeKnownExportZip()),
      headers: { 'x-file-name': 'alice.zip' },
    });
    const { job } = (await upload.json()) as { job: { id: string } };
    const test = { call: (path: string) => call('alice', path.replace(/^\/api/, '')) };
    const done = await waitForJob(test as never, job.id);
    assert.equal(done.status, 'done');
    assert.equal((await call('bob', `/import/jobs/${job.id}`)).status, 404);
    const alice = (await (await call('alice', '/inbox')).json()) as { rows: unknown[] };
    const bob = (await (await call('bob', '/inbox')).json()) as { rows: unknown[] };
    assert.equal(alice.rows.length, 2);
    assert.equal(bob.rows.length, 0);
    const charts = (await (await call('bob', '/network/charts')).json()) as {
      totals: { connections: number };
    };
    assert.equal(charts.totals.connections, 0);
  });
});
