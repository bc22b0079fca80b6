import { readSyncStatus } from '../../sync/changelog-polling.js';
import type { RegisterRoutes } from '../route-deps.js';

/**
 * GET /api/sync/status: whether netwerk is linked to LinkedIn, when it last synced, and why the
 * last attempt failed (docs/sync.md, "For the server"). Never the token, nor where it is kept
 * beyond "env" or "file". Only a single-user server has a link: the token is the data dir's.
 */
export const registerSyncRoutes: RegisterRoutes = (api, deps) => {
  const { sync } = deps;
  if (!sync) return;
  api.get('/sync/status', async (c) =>
    c.json(
      await readSyncStatus({
        store: c.get('scope').store,
        tokenSource: sync.tokenSource,
        clock: deps.clock,
      }),
    ),
  );
};
