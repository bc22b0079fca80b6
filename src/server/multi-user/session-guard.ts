import type { MiddlewareHandler } from 'hono';
import type { AccountStore } from '../../store/accounts.js';
import type { AppEnv } from '../app-options.js';
import type { SessionCookie } from './session-cookie.js';
import { clearSessionCookie, readSessionCookie } from './session-cookie.js';

/**
 * How long a session lives (ADR 0081): it ends after `idleMs` without a request, and at the
 * latest `absoluteMs` after sign-in, whatever happens. Both are checked on the server; the
 * cookie's Max-Age is only the browser's side of the absolute limit.
 */
export interface SessionLifetime {
  idleMs: number;
  absoluteMs: number;
}

/** A working day's pause ends a session; a week ends it anyway. */
export const defaultSessionLifetime: SessionLifetime = {
  idleMs: 8 * 60 * 60 * 1000,
  absoluteMs: 7 * 24 * 60 * 60 * 1000,
};

/** A session's last use is written at most once a minute, not on every request. */
const touchEveryMs = 60 * 1000;

/**
 * The shared server's sign-in check for every /api route but the login: the session cookie must
 * name a live session; its account becomes `c.get('account')`, which the scope reads. Anything
 * else is 401 `login-required`, and a dead cookie is cleared.
 */
export function sessionGuard(options: {
  accounts: AccountStore;
  cookie: SessionCookie;
  lifetime: SessionLifetime;
  clock: () => Date;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c, options.cookie);
    const now = options.clock();
    const session = token
      ? await options.accounts.sessionAccount(token, now, options.lifetime.idleMs)
      : undefined;
    if (!token || !session) {
      if (token) clearSessionCookie(c, options.cookie);
      return c.json(
        { error: { code: 'login-required', message: 'Sign in to netwerk first.' } },
        401,
      );
    }
    const lastSeen = Date.parse(session.lastSeenAt ?? session.createdAt);
    if (now.getTime() - lastSeen >= touchEveryMs) await options.accounts.touchSession(token, now);
    c.set('account', { ownerId: session.ownerId, username: session.username, sessionToken: token });
    await next();
  };
}
