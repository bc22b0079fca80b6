import { defaultUserSettings } from '../../src/core/settings/user-settings.js';
import { createMultiUserApp } from '../../src/server/multi-user/create-multi-user-app.js';
import type { RunningServer } from '../../src/server/start-server.js';
import { startServer } from '../../src/server/start-server.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';

/** `netwerk serve --multi-user` in-process on a free loopback port, with a fixed clock. */
export async function startMultiUserWebServer(options: {
  store: KyselyStore;
  staticDir: string;
  now: Date;
}): Promise<RunningServer> {
  return startServer(0, (allowedHosts, allowedOrigins) =>
    createMultiUserApp({
      store: options.store,
      defaultSettings: { ...defaultUserSettings, timeZone: 'Europe/Amsterdam' },
      port: Number(allowedHosts[0]?.split(':').at(-1)),
      secureCookies: false,
      allowedHosts,
      allowedOrigins,
      staticDir: options.staticDir,
      clock: () => options.now,
      timeZone: 'Europe/Amsterdam',
    }),
  );
}
