import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../core/errors/app-error.js';
import { AppError } from '../core/errors/app-error.js';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { FileSummary, ImportSummary } from '../import/import-summary.js';
import type { ImportRunner } from './app-options.js';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker.js';

/** Starts the import worker; under tsx (tests, `npm run`) the TypeScript entry is registered first. */
function startImportWorker(data: ImportWorkerData): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./import-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/**
 * Runs each import in a worker thread of its own, on a database connection of its own (the
 * request's owner, the same location): the server's thread keeps answering while 400,000
 * messages are mapped and written, and the import's long transaction never queues the pages'
 * reads behind it (on SQLite the WAL lets them read the data as it was until the commit).
 * `accountBound` (the shared server): the owner is an account, and an import that outlives its
 * removal writes nothing (`account-removed`).
 */
export function importInWorker(
  databaseLocation: string,
  options: { accountBound?: boolean } = {},
): ImportRunner {
  return (path, scope, progress) =>
    new Promise<ImportSummary>((resolve, reject) => {
      const worker = startImportWorker({
        path,
        databaseLocation,
        ownerId: scope.store.ownerId,
        ...(options.accountBound ? { accountBound: true } : {}),
      });
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        outcome();
      };
      worker.on('message', (message: ImportWorkerMessage) => {
        switch (message.type) {
          case 'file-started':
            progress.fileStarted?.({
              name: message.name,
              kind: message.kind as ExportFileKind,
              bytes: message.bytes,
            });
            break;
          case 'file-progress':
            progress.fileProgress?.(message);
            break;
          case 'file-finished':
            progress.fileFinished?.(message.summary as FileSummary);
            break;
          case 'done':
            settle(() => resolve(message.summary as ImportSummary));
            break;
          case 'app-error':
            settle(() => reject(new AppError(message.code as ErrorCode, message.details)));
            break;
          case 'failure':
            settle(() => reject(new Error(message.message)));
            break;
        }
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`the import worker stopped with code ${code}`))),
      );
    });
}
