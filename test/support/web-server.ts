import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { LanguageScorer } from '../../src/core/language/detect-language.js';
import type { SettingsAccess } from '../../src/server/app-options.js';
import { createApp } from '../../src/server/create-app.js';
import { importInWorker } from '../../src/server/import-runner.js';
import type { RunningServer } from '../../src/server/start-server.js';
import { startServer } from '../../src/server/start-server.js';
import { warmUp } from '../../src/server/warm-up.js';
import type { Store } from '../../src/store/store.js';
import { repositoryRoot } from './spawn-netwerk.js';

/** Builds the web app with Vite into `outDir` (a fresh build: the tests never see a stale one). */
export async function buildWebApp(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: join(repositoryRoot, 'web/vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
}

export interface WebServer extends RunningServer {
  /** The address `netwerk serve` would print: the origin with the launch token. */
  url: string;
}

/** `netwerk serve` in-process, on a free loopback port, with a fixed clock. */
export async function startWebServer(options: {
  store: Store;
  settings: SettingsAccess;
  staticDir: string;
  now: Date;
  scorer?: LanguageScorer;
  /** The store's location: imports then run on a connection of their own, as in `netwerk serve`. */
  databaseLocation?: string;
  warmUp?: boolean;
}): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  let app: ReturnType<typeof createApp> | undefined;
  const server = await startServer(0, (allowedHosts) => {
    app = createApp({
      store: options.store,
      settings: options.settings,
      clock: () => options.now,
      token,
      allowedHosts,
      staticDir: options.staticDir,
      timeZone: 'Europe/Amsterdam',
      ...(options.scorer ? { scorer: options.scorer } : {}),
      ...(options.databaseLocation ? { runImport: importInWorker(options.databaseLocation) } : {}),
    });
    return app;
  });
  // As `netwerk serve` does: triage the inbox while the browser opens.
  if (app && options.warmUp !== false) void warmUp(app, server.allowedHosts[0] ?? '', token);
  return { ...server, url: `${server.origin}/?token=${token}` };
}
