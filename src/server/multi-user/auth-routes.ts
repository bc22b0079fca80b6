import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { LoginAttempt, LoginThrottle } from '../../auth/login-throttle.js';
import { accountSpelledLike } from '../../auth/account-name.js';
import {
  dummyPasswordHash,
  hashPassword,
  passwordLengthLimits,
  passwordProblem,
  verifyPassword,
} from '../../auth/password-hash.js';
import { AppError } from '../../core/errors/app-error.js';
import type { AccountStore } from '../../store/accounts.js';
import type { AppEnv } from '../app-options.js';
import { readJson } from '../read-json.js';
import type { RegisterRoutes } from '../route-deps.js';
import { clientAddress } from './client-address.js';
import type { SessionCookie } from './session-cookie.js';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie.js';
import type { SessionLifetime } from './session-guard.js';

export interface AuthRouteOptions {
  accounts: AccountStore;
  throttle: LoginThrottle;
  cookie: SessionCookie;
  lifetime: SessionLifetime;
  clock: () => Date;
  /** Read the client's address from `X-Forwarded-For` (a reverse proxy in front). */
  trustProxy: boolean;
  jsonBytes: number;
}

const loginInput = z
  .object({
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(passwordLengthLimits.max),
  })
  .strict();

const passwordInput = z
  .object({
    currentPassword: z.string().min(1).max(passwordLengthLimits.max),
    // The length rules are checked below, to answer with their own words.
    newPassword: z.string().max(passwordLengthLimits.max * 4),
  })
  .strict();

function throttledOrGoOn(options: AuthRouteOptions, attempt: LoginAttempt, now: Date): void {
  const retryAfterSeconds = options.throttle.retryAfterSeconds(attempt, now);
  if (retryAfterSeconds > 0) throw new AppError('login-throttled', { retryAfterSeconds });
}

async function startSession(
  c: Context<AppEnv>,
  options: AuthRouteOptions,
  ownerId: string,
  now: Date,
) {
  const session = await options.accounts.startSession(ownerId, now, options.lifetime.absoluteMs);
  await options.accounts.touchSession(session.token, now);
  writeSessionCookie(c, options.cookie, session.token);
}

/**
 * The account a typed name means: as typed, else the one spelled the same but for case and
 * Unicode form ("Anna" for anna). `netwerk user add` refuses such look-alikes, so there is at
 * most one.
 */
async function findAccountForSignIn(accounts: AuthRouteOptions['accounts'], typed: string) {
  const exact = await accounts.find(typed);
  if (exact) return exact;
  const same = accountSpelledLike(await accounts.list(), typed);
  return same ? accounts.find(same.username) : undefined;
}

/**
 * POST /api/auth/login, before the sign-in check: `{username, password}`. A wrong name and a
 * wrong password answer the same (`login-failed`, 401) after the same work (an unknown name is
 * checked against a dummy hash); too many failures for the name or the address answer 429
 * `login-throttled` with Retry-After. A success starts a new session (any session cookie the
 * browser brought is ended first: no fixation) and answers `{username}`.
 */
export function registerLoginRoute(api: Hono<AppEnv>, options: AuthRouteOptions): void {
  api.post('/auth/login', async (c) => {
    const input = await readJson(c, loginInput, options.jsonBytes);
    const now = options.clock();
    const attempt = { username: input.username, address: clientAddress(c, options.trustProxy) };
    throttledOrGoOn(options, attempt, now);
    const account = await findAccountForSignIn(options.accounts, input.username);
    const matches = await verifyPassword(
      input.password,
      account?.passwordHash ?? (await dummyPasswordHash()),
    );
    if (!account || !matches) {
      options.throttle.recordFailure(attempt, now);
      throw new AppError('login-failed');
    }
    options.throttle.recordSuccess(attempt);
    const previous = readSessionCookie(c, options.cookie);
    if (previous) await options.accounts.endSession(previous);
    await options.accounts.endStaleSessions(now, options.lifetime.idleMs);
    await startSession(c, options, account.ownerId, now);
    return c.json({ username: account.username });
  });
}

/**
 * Behind the sign-in check: POST /api/auth/logout ends this session on the server and clears
 * the cookie; PUT /api/auth/password `{currentPassword, newPassword}` needs the current password
 * (failures count towards the login limit), ends every session of the account (a stolen one
 * too) and starts a new one for this browser.
 */
export function accountRoutes(options: AuthRouteOptions): RegisterRoutes {
  return (api) => {
    api.post('/auth/logout', async (c) => {
      const account = c.get('account');
      if (account) await options.accounts.endSession(account.sessionToken);
      clearSessionCookie(c, options.cookie);
      return c.json({ signedOut: true });
    });

    api.put('/auth/password', async (c) => {
      const account = c.get('account');
      if (!account) throw new AppError('usage', { message: 'No account is signed in' });
      const input = await readJson(c, passwordInput, options.jsonBytes);
      const now = options.clock();
      const attempt = { username: account.username, address: clientAddress(c, options.trustProxy) };
      throttledOrGoOn(options, attempt, now);
      const problem = passwordProblem(input.newPassword);
      if (problem)
        throw new AppError('password-invalid', { reason: problem, ...passwordLengthLimits });
      const stored = await options.accounts.findByOwner(account.ownerId);
      if (!stored || !(await verifyPassword(input.currentPassword, stored.passwordHash))) {
        options.throttle.recordFailure(attempt, now);
        throw new AppError('current-password-wrong');
      }
      await options.accounts.changePassword(
        account.ownerId,
        await hashPassword(input.newPassword),
        now.toISOString(),
      );
      await startSession(c, options, account.ownerId, now);
      return c.json({ username: account.username });
    });
  };
}
