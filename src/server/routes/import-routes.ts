import { streamSSE } from 'hono/streaming';
import { AppError } from '../../core/errors/app-error.js';
import type { Localized } from '../../core/i18n/languages.js';
import type { ImportJobView } from '../import-jobs.js';
import { receiveToFile } from '../receive-upload.js';
import type { RegisterRoutes } from '../route-deps.js';

/**
 * The name to keep for an upload (LinkedIn's archive name carries the export date): the last
 * path part, safe characters only, always `.zip`.
 */
export function uploadFileName(header: string | undefined): string {
  let name: string;
  try {
    name = decodeURIComponent(header ?? '');
  } catch {
    name = header ?? '';
  }
  name = (name.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(-120);
  if (!name.toLowerCase().endsWith('.zip')) name = `${name || 'export'}.zip`;
  return name.replace(/^\.+/, '') || 'export.zip';
}

/** A job the server does not know (it restarted, or forgot the job): in the UI's language. */
const noSuchImport = {
  nl: 'Deze import is niet (meer) bekend bij de server, bijvoorbeeld omdat netwerk serve opnieuw is gestart. Kijk bij Eerdere imports of hij klaar is, of importeer de ZIP opnieuw.',
  en: 'The server does not know this import (any more), for example because netwerk serve restarted. See Imports so far whether it finished, or import the ZIP again.',
} satisfies Localized;

/** At most this many progress events a second per listener: a big file reports every batch. */
const eventsPerSecond = 8;

/** Uploading an export, following its import, and what was imported before. */
export const registerImportRoutes: RegisterRoutes = (api, deps) => {
  api.post('/import', async (c) => {
    const scope = c.get('scope');
    if (deps.jobs.isRunning(scope.store.ownerId)) throw new AppError('import-busy');
    const source = uploadFileName(c.req.header('x-file-name'));
    const file = await receiveToFile(c.req.raw, {
      kind: 'export',
      limit: deps.limits.exportBytes,
      fileName: source,
      ...(deps.uploadDir ? { dir: deps.uploadDir } : {}),
    });
    const job = deps.jobs.start(scope, file, source);
    return c.json({ job }, 202);
  });

  api.get('/import/jobs/:id', (c) => {
    const job = deps.jobs.get(c.req.param('id'), c.get('scope').store.ownerId);
    if (!job) {
      return c.json(
        { error: { code: 'not-found', message: noSuchImport[c.get('language')] } },
        404,
      );
    }
    return c.json({ job });
  });

  /** Server-sent events: `progress` while it runs (throttled), then one `done` and the end. */
  api.get('/import/jobs/:id/events', (c) => {
    const id = c.req.param('id');
    const owner = c.get('scope').store.ownerId;
    if (!deps.jobs.get(id, owner)) {
      return c.json(
        { error: { code: 'not-found', message: noSuchImport[c.get('language')] } },
        404,
      );
    }
    return streamSSE(c, async (stream) => {
      let latest: ImportJobView | undefined = deps.jobs.get(id, owner);
      let changed: boolean | undefined;
      let wake: (() => void) | undefined;
      const unsubscribe = deps.jobs.subscribe(id, owner, (view) => {
        latest = view;
        changed = true;
        wake?.();
      });
      stream.onAbort(() => wake?.());
      try {
        while (latest && !stream.aborted) {
          changed = false;
          const finished = latest.status !== 'running';
          await stream.writeSSE({
            event: finished ? 'done' : 'progress',
            data: JSON.stringify({ job: latest }),
          });
          if (finished) break;
          if (!changed) {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
          }
          wake = undefined;
          await stream.sleep(1000 / eventsPerSecond);
        }
      } finally {
        unsubscribe?.();
      }
    });
  });

  api.get('/imports', async (c) => {
    const { store } = c.get('scope');
    const [imports, stats] = await Promise.all([store.listImports(), store.getStats()]);
    return c.json({
      imports: imports.map(({ seq, source, exportedOn, startedAt, finishedAt }) => ({
        seq,
        source,
        exportedOn,
        startedAt,
        finishedAt,
      })),
      stats,
    });
  });
};
