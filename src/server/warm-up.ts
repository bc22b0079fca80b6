import type { Hono } from 'hono';
import type { AppEnv } from './app-options.js';

/**
 * Triages the inbox and counts the network charts once right after start, while the browser is
 * still opening: the first visit then reads them from the caches. It goes through the app's own front door (host, bearer token),
 * like any request; a failure here is left for the page's own request to report.
 */
export async function warmUp(app: Hono<AppEnv>, host: string, token: string): Promise<void> {
  try {
    for (const path of ['/api/inbox', '/api/network/charts']) {
      const response = await app.request(`http://${host}${path}`, {
        headers: { host, authorization: `Bearer ${token}` },
      });
      await response.arrayBuffer();
    }
  } catch {
    // The inbox request of the page will say what is wrong.
  }
}
