// The worker thread of a large import: reads, inflates and parses the export while the main
// thread maps rows and writes them (docs/decisions/0012). Talks to read-export-in-worker.ts:
// batches go through a MessagePort, and two shared counters (produced, consumed) pace them.
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { isAppError } from '../core/errors/app-error.js';
import type { ReadExportOptions } from './read-export.js';
import { readExport } from './read-export.js';

/** Batches ahead of the main thread: enough to overlap, and they wait serialised, off-heap. */
const maxInFlight = 4;

interface ReaderData {
  path: string;
  options: ReadExportOptions;
  port: MessagePort;
  signals: SharedArrayBuffer;
}

const { path, options, port, signals } = workerData as ReaderData;
const counters = new Int32Array(signals);

function send(message: unknown): void {
  for (;;) {
    const consumed = Atomics.load(counters, 1);
    if (Atomics.load(counters, 0) - consumed < maxInFlight) break;
    Atomics.wait(counters, 1, consumed);
  }
  port.postMessage(message);
  Atomics.add(counters, 0, 1);
  Atomics.notify(counters, 0);
}

try {
  for await (const event of readExport(path, options)) send({ event });
  send({ done: true });
} catch (error) {
  send(
    isAppError(error)
      ? { appError: { code: error.code, details: error.details, cause: String(error.cause ?? '') } }
      : { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  );
}
port.close();
