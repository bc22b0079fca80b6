import type { MiddlewareHandler } from 'hono';

/**
 * A strict Content-Security-Policy: scripts, styles and connections only from this origin, no
 * inline script or style, no eval, no framing. The Vite build complies (no inline code; assets
 * are files) and the charts draw SVG elements with presentation attributes, never inline styles.
 * Photo previews are `blob:` URLs made in the page.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', contentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (new URL(c.req.url).pathname.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}
