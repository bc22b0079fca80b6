import { hashPassword } from '../../auth/password-hash.js';
import { defaultUserSettings } from '../../core/settings/user-settings.js';
import { AccountStore } from '../../store/accounts.js';
import type { KyselyStore } from '../../store/kysely-store.js';
import type { AppEnv } from '../app-options.js';
import type { MultiUserAppOptions } from '../multi-user/create-multi-user-app.js';
import { createMultiUserApp } from '../multi-user/create-multi-user-app.js';
import type { Hono } from 'hono';

export const multiUserHost = 'netwerk.test:4747';
export const multiUserOrigin = `http://${multiUserHost}`;

/** A browser of one user: its cookie jar holds the session cookie the server set. */
export interface UserClient {
  username: string;
  cookie: string | undefined;
  call(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

export interface MultiUserTestApp {
  app: Hono<AppEnv>;
  accounts: AccountStore;
  /** Creates an account with this password. */
  addUser(username: string, password: string): Promise<void>;
  /** A client without a session (for the login page, or an attacker). */
  client(username?: string): UserClient;
  /** A client signed in through POST /api/auth/login. */
  signIn(username: string, password: string): Promise<UserClient>;
}

/** The shared server's app on a store (SQLite, PGlite or a real PostgreSQL server). */
export function createMultiUserTestApp(
  base: KyselyStore,
  options: Partial<MultiUserAppOptions> = {},
): MultiUserTestApp {
  const now = new Date('2026-11-26T12:00:00Z');
  const app = createMultiUserApp({
    store: base,
    defaultSettings: { ...defaultUserSettings, timeZone: 'Europe/Amsterdam' },
    port: 4747,
    secureCookies: false,
    allowedHosts: [multiUserHost],
    clock: () => now,
    timeZone: 'Europe/Amsterdam',
    ...options,
  });
  const accounts = new AccountStore(base.database);

  const client = (username = ''): UserClient => {
    const user: UserClient = {
      username,
      cookie: undefined,
      async call(path, init = {}) {
        const { json, ...rest } = init;
        const headers = new Headers(rest.headers);
        if (!headers.has('host')) headers.set('host', multiUserHost);
        if (user.cookie && !headers.has('cookie')) headers.set('cookie', user.cookie);
        const method = rest.method ?? 'GET';
        if (method !== 'GET' && !headers.has('origin')) headers.set('origin', multiUserOrigin);
        if (json !== undefined) headers.set('content-type', 'application/json');
        const response = await app.request(`${multiUserOrigin}${path}`, {
          ...rest,
          method,
          headers,
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
        });
        // The jar: a Set-Cookie replaces the cookie, an expired one removes it.
        const set = response.headers.get('set-cookie');
        if (set) {
          const pair = set.split(';')[0] ?? '';
          user.cookie = /max-age=0/iu.test(set) || pair.endsWith('=') ? undefined : pair;
        }
        return response;
      },
    };
    return user;
  };

  return {
    app,
    accounts,
    async addUser(username, password) {
      await accounts.create(username, await hashPassword(password), now.toISOString());
    },
    client,
    async signIn(username, password) {
      const user = client(username);
      const response = await user.call('/api/auth/login', {
        method: 'POST',
        json: { username, password },
      });
      if (response.status !== 200) {
        throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
      }
      return user;
    },
  };
}
