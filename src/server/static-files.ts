import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** dist/web beside the running code: `dist/server/` when built, `src/server/` under tsx. */
export function defaultStaticDir(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return fileURLToPath(new URL(fromSource ? '../../dist/web/' : '../web/', import.meta.url));
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app: hashed files under /assets/ are cached for good, everything else is
 * revalidated; a path without a file (a page of the app) gets index.html. Nothing outside the
 * folder can be named (`..` is normalised away before the check).
 */
export function serveWebApp(root: string): MiddlewareHandler {
  const base = normalize(root.endsWith(sep) ? root : `${root}${sep}`);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const raw = new URL(c.req.url).pathname;
    if (raw.startsWith('/api/')) return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      return c.notFound();
    }
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base) || pathname.includes('\0')) return c.notFound();
    if (!(await isFile(file))) {
      // A page of the single-page app; a missing asset is a real 404.
      if (extname(pathname) !== '') return c.notFound();
      file = join(base, 'index.html');
      if (!(await isFile(file))) {
        return c.text('The web app is not built: run `npm run build`.', 503);
      }
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const immutable = pathname.startsWith('/assets/');
    return c.body(new Uint8Array(await readFile(file)), 200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
