import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/**
 * The server's front door (docs/formats.md, "Web app", security model): it answers only to the
 * host names it was started for (DNS rebinding), state-changing requests must come from its own
 * origin (CSRF), and every /api call carries the per-launch token, as an HttpOnly SameSite=Strict
 * cookie set when the printed URL is opened, or as a bearer token for scripts.
 */

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requestHost(c: Context): string {
  return (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearerOf(c: Context): string | undefined {
  const header = c.req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

const plainError = (c: Context, status: 400 | 401 | 403 | 421, code: string, message: string) =>
  c.json({ error: { code, message } }, status);

/** Rejects a Host header that is not one of ours: a rebinding DNS name resolves to us but says so. */
export function hostGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return async (c, next) => {
    if (!allowed.has(requestHost(c))) {
      return plainError(c, 421, 'host-not-allowed', 'This server only answers to its own address.');
    }
    await next();
  };
}

/**
 * A POST, PUT or DELETE must say it comes from this very origin (`Origin`, else
 * `Sec-Fetch-Site: same-origin`). A bearer token is not sent by browsers on their own, so a
 * request carrying the launch key cannot be a forgery and may come without an Origin (a script,
 * curl). The shared server has no launch key: every change needs the Origin.
 */
export function originGuard(
  allowedOrigins: readonly string[],
  token: string | undefined,
): MiddlewareHandler {
  const origins = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    if (token !== undefined && sameSecret(bearerOf(c), token)) return next();
    const origin = c.req.header('origin');
    const fromHere =
      origin !== undefined
        ? origins.has(origin.toLowerCase())
        : c.req.header('sec-fetch-site') === 'same-origin';
    if (!fromHere) {
      return plainError(c, 403, 'origin-not-allowed', 'Requests must come from the netwerk page.');
    }
    await next();
  };
}

/** Every /api call needs the launch token: the cookie, or a bearer header. */
export function tokenGuard(token: string, cookieName: string): MiddlewareHandler {
  return async (c, next) => {
    if (sameSecret(getCookie(c, cookieName), token) || sameSecret(bearerOf(c), token)) {
      return next();
    }
    return plainError(
      c,
      401,
      'not-signed-in',
      'Open the address `netwerk serve` printed (it carries the key to this server).',
    );
  };
}

/**
 * The printed URL carries `?token=`: a valid token becomes the session cookie and the browser is
 * sent on without it, so the secret leaves the address bar and the history.
 */
export function tokenExchange(token: string, cookieName: string): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.query('token');
    if (given === undefined || !safeMethods.has(c.req.method)) return next();
    const url = new URL(c.req.url);
    url.searchParams.delete('token');
    if (sameSecret(given, token)) {
      setCookie(c, cookieName, token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
      });
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(`${url.pathname}${url.search}`, 303);
  };
}
