// The worker thread of a web import (import-runner.ts): the whole import, mapping and database
// writes included, runs here on a connection of its own, so the server's thread only answers
// requests. Progress and the outcome go back as messages.
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../core/errors/app-error.js';
import { importExport } from '../import/import-export.js';
import { openStore } from '../store/open-store.js';

export interface ImportWorkerData {
  path: string;
  databaseLocation: string;
  ownerId: string;
  /** The owner is a shared server's account: the import fails if it was removed meanwhile. */
  accountBound?: boolean;
}

export type ImportWorkerMessage =
  | { type: 'file-started'; name: string; kind: string; bytes: number }
  | { type: 'file-progress'; name: string; rows: number; bytes: number }
  | { type: 'file-finished'; summary: unknown }
  | { type: 'done'; summary: unknown }
  | { type: 'app-error'; code: string; details: Record<string, string | number | undefined> }
  | { type: 'failure'; message: string };

const { path, databaseLocation, ownerId, accountBound } = workerData as ImportWorkerData;
const post = (message: ImportWorkerMessage): void => parentPort?.postMessage(message);

try {
  const store = await openStore(databaseLocation, ownerId, { accountBound: accountBound ?? false });
  try {
    const summary = await importExport(path, store, {
      worker: true,
      progress: {
        fileStarted: ({ name, kind, bytes }) => post({ type: 'file-started', name, kind, bytes }),
        fileProgress: ({ name, rows, bytes }) => post({ type: 'file-progress', name, rows, bytes }),
        fileFinished: (summary) => post({ type: 'file-finished', summary }),
      },
    });
    post({ type: 'done', summary });
  } finally {
    await store.close();
  }
} catch (error) {
  post(
    isAppError(error)
      ? { type: 'app-error', code: error.code, details: error.details }
      : {
          type: 'failure',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
  );
}
