import type { RegisterRoutes } from '../route-deps.js';

/** What the page must know before it shows anything: which server this is, and who is signed in. */
export interface SessionView {
  /** `single-user`: `netwerk serve` with its launch key; `multi-user`: the shared server. */
  mode: 'single-user' | 'multi-user';
  /** The signed-in account's name on the shared server. */
  username: string | null;
  /** Whether `GET /api/sync/status` answers (a single-user server polls LinkedIn). */
  sync: boolean;
}

/** GET /api/session: behind the sign-in like every route, so a 401 here means "sign in". */
export const registerSessionRoutes: RegisterRoutes = (api, deps) => {
  api.get('/session', (c) => {
    const account = c.get('account');
    return c.json<SessionView>({
      mode: account ? 'multi-user' : 'single-user',
      username: account?.username ?? null,
      sync: deps.sync !== undefined,
    });
  });
};
