import type { Hono } from 'hono';
import { LoginThrottle } from '../../auth/login-throttle.js';
import type { UserSettings } from '../../core/settings/user-settings.js';
import { AccountStore } from '../../store/accounts.js';
import type { KyselyStore } from '../../store/kysely-store.js';
import { UserSettingsStore } from '../../store/user-settings-store.js';
import type { AppEnv, AppOptions } from '../app-options.js';
import { createApp, defaultUploadLimits } from '../create-app.js';
import { accountSettings } from './account-settings.js';
import { accountRoutes, registerLoginRoute } from './auth-routes.js';
import { sessionCookieFor } from './session-cookie.js';
import type { SessionLifetime } from './session-guard.js';
import { defaultSessionLifetime, sessionGuard } from './session-guard.js';

export interface MultiUserAppOptions extends Omit<
  AppOptions,
  | 'store'
  | 'settings'
  | 'scopeFor'
  | 'token'
  | 'authenticate'
  | 'publicRoutes'
  | 'routes'
  | 'cookieName'
  | 'sync'
> {
  /** The shared database; each request sees it as the signed-in owner (`forOwner`). */
  store: KyselyStore;
  /** An account's settings until it saves its own. */
  defaultSettings: UserSettings;
  /** The port the server listens on: part of the cookie's name on plain-HTTP loopback. */
  port: number;
  /** Secure cookies: `--host` is not loopback, or a public name is configured. */
  secureCookies: boolean;
  /** Read the client's address from X-Forwarded-For (a reverse proxy in front). */
  trustProxy?: boolean;
  lifetime?: SessionLifetime;
  throttle?: LoginThrottle;
}

/**
 * The shared server (issue 8): the same app as `netwerk serve`, with a sign-in instead of the
 * launch key. Every /api request but the login needs a live session; its account is the owner
 * the request's store and settings are scoped to, so no route can reach another owner's rows.
 */
export function createMultiUserApp(options: MultiUserAppOptions): Hono<AppEnv> {
  const {
    store: base,
    defaultSettings,
    port,
    secureCookies,
    trustProxy = false,
    lifetime = defaultSessionLifetime,
    throttle = new LoginThrottle(),
    ...appOptions
  } = options;
  const clock = options.clock ?? (() => new Date());
  const accounts = new AccountStore(base.database);
  const settingsRows = new UserSettingsStore(base.database, base.dialect);
  const cookie = sessionCookieFor({ secure: secureCookies, port, absoluteMs: lifetime.absoluteMs });
  const auth = {
    accounts,
    throttle,
    cookie,
    lifetime,
    clock,
    trustProxy,
    jsonBytes: options.limits?.jsonBytes ?? defaultUploadLimits.jsonBytes,
  };
  // One view of the database per owner: cheap objects, made once.
  const views = new Map<string, Promise<KyselyStore>>();
  const viewOf = (ownerId: string): Promise<KyselyStore> => {
    let view = views.get(ownerId);
    if (!view) {
      // An account's view: its imports fail once the account is removed (`netwerk user remove`).
      view = base.forOwner(ownerId, { accountBound: true });
      view.catch(() => views.delete(ownerId));
      views.set(ownerId, view);
    }
    return view;
  };

  return createApp({
    ...appOptions,
    clock,
    cookieName: cookie.name,
    authenticate: sessionGuard({ accounts, cookie, lifetime, clock }),
    publicRoutes: (api) => registerLoginRoute(api, auth),
    routes: [accountRoutes(auth)],
    scopeFor: async (c) => {
      const account = c.get('account');
      // The session guard runs first; without an account no route is reached.
      if (!account) throw new Error('scopeFor without a signed-in account');
      const [store, settings] = await Promise.all([
        viewOf(account.ownerId),
        accountSettings({
          store: settingsRows,
          ownerId: account.ownerId,
          defaults: defaultSettings,
          clock,
        }),
      ]);
      return { store, settings };
    },
  });
}
