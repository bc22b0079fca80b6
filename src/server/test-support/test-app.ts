import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultUserSettings } from '../../core/settings/user-settings.js';
import type { UserSettings } from '../../core/settings/user-settings.js';
import { tempDirectory } from '../../import/test-support/temp-directory.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { AppOptions, SettingsAccess } from '../app-options.js';
import { memorySettings } from '../config-file-settings.js';
import { createApp } from '../create-app.js';

export const testToken = 'test-token-0123456789';
export const testHost = 'localhost:4747';
export const testOrigin = `http://${testHost}`;

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  settings: SettingsAccess;
  /** A request as the web page makes it: our host, the session cookie, our origin on writes. */
  call(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/** An app on a fresh SQLite file, with the user's settings in memory and a fixed clock. */
export async function createTestApp(
  options: Partial<AppOptions> & { now?: Date; settings?: UserSettings } = {},
): Promise<TestApp> {
  const store = await openStore(join(tempDirectory('server'), 'netwerk.db'));
  const settings = memorySettings({
    ...defaultUserSettings,
    name: 'Robert Vos',
    signature: 'Mvg Robert',
    timeZone: 'Europe/Amsterdam',
    ...options.settings,
  });
  const now = options.now ?? new Date('2026-11-26T12:00:00Z');
  const app = createApp({
    store,
    settings,
    clock: () => now,
    token: testToken,
    allowedHosts: [testHost],
    ...options,
  });
  return {
    app,
    store,
    settings,
    call(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (!headers.has('host')) headers.set('host', testHost);
      if (!headers.has('cookie')) headers.set('cookie', `netwerk_session=${testToken}`);
      const method = rest.method ?? 'GET';
      if (method !== 'GET' && !headers.has('origin')) headers.set('origin', testOrigin);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return Promise.resolve(
        app.request(`http://${testHost}${path}`, {
          ...rest,
          method,
          headers,
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
        }),
      );
    },
    close: () => store.close(),
  };
}

/** Uploads a file as the web page does: the raw bytes, the name in X-File-Name. */
export async function uploadExport(test: TestApp, path: string): Promise<Response> {
  const bytes = await readFile(path);
  return test.call('/api/import', {
    method: 'POST',
    body: bytes,
    headers: {
      'content-type': 'application/zip',
      'x-file-name': encodeURIComponent(path.split('/').pop() ?? 'export.zip'),
    },
  });
}

/** Polls an import job until it is no longer running. */
export async function waitForJob(
  test: TestApp,
  id: string,
): Promise<{ status: string; summary: unknown; error: unknown; files: unknown[] }> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const body = (await (await test.call(`/api/import/jobs/${id}`)).json()) as {
      job: { status: string; summary: unknown; error: unknown; files: unknown[] };
    };
    if (body.job.status !== 'running') return body.job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`import job ${id} did not finish`);
}
