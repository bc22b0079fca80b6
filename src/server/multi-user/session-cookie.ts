import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The shared server's session cookie (ADR 0081): HttpOnly (no script reads it), SameSite=Strict
 * (no other site sends it), Path=/, and Secure unless the server is plain HTTP on loopback. With
 * Secure the name carries the `__Host-` prefix, which browsers accept only from a secure origin
 * without a Domain: no sibling subdomain can plant or overwrite it.
 */
export interface SessionCookie {
  name: string;
  /** Secure on every response: `--host` is not loopback, or a public name is configured. */
  secure: boolean;
  /** The cookie's Max-Age: the session's absolute lifetime. */
  maxAgeSeconds: number;
}

export function sessionCookieFor(options: {
  secure: boolean;
  port: number;
  absoluteMs: number;
}): SessionCookie {
  return {
    name: options.secure ? '__Host-netwerk_session' : `netwerk_session_${options.port}`,
    secure: options.secure,
    maxAgeSeconds: Math.floor(options.absoluteMs / 1000),
  };
}

/** A TLS proxy in front says so; Secure is then set even when it was not configured. */
function arrivedOverHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

export function readSessionCookie(c: Context, cookie: SessionCookie): string | undefined {
  const value = getCookie(c, cookie.name);
  return value && /^[\w-]{20,200}$/u.test(value) ? value : undefined;
}

export function writeSessionCookie(c: Context, cookie: SessionCookie, token: string): void {
  setCookie(c, cookie.name, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: cookie.secure || arrivedOverHttps(c),
    maxAge: cookie.maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context, cookie: SessionCookie): void {
  deleteCookie(c, cookie.name, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: cookie.secure || arrivedOverHttps(c),
  });
}
