import type { Transferable } from 'node:worker_threads';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { ErrorCode, ErrorDetails } from '../core/errors/app-error.js';
import { AppError } from '../core/errors/app-error.js';
import type { ReadEvent, ReadExportOptions } from './read-export.js';

type WorkerMessage =
  | { event: ReadEvent }
  | { done: true }
  | { appError: { code: ErrorCode; details: ErrorDetails; cause: string } }
  | { failure: string };

type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

/** Starts the reader worker; under tsx (tests, `npm run`) the TypeScript entry is registered first. */
function startWorker(workerData: object, transferList: Transferable[]): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./export-reader-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  // The reader holds one CSV record and a few batches: a small heap keeps memory flat.
  const options = {
    workerData,
    transferList,
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
  };
  if (!fromSource) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * The same events as readExport, produced in a worker thread: inflating and parsing run beside
 * the main thread's mapping and writing. A batch is taken off the port only when the main
 * thread is ready for it, so waiting batches stay serialised outside the JavaScript heap and
 * each batch is garbage before the next arrives. The worker stops when the consumer stops.
 */
export async function* readExportInWorker(
  path: string,
  options: ReadExportOptions,
): AsyncGenerator<ReadEvent> {
  const { port1, port2 } = new MessageChannel();
  const signals = new SharedArrayBuffer(8);
  const counters = new Int32Array(signals);
  const worker = startWorker({ path, options, port: port2, signals }, [port2]);
  let crashed: Error | undefined;
  worker.on('error', (error) => {
    crashed = error;
    Atomics.notify(counters, 0);
  });
  worker.on('exit', (code) => {
    if (code !== 0) crashed ??= new Error(`the export reader stopped with code ${code}`);
    Atomics.notify(counters, 0);
  });
  const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;
  let received = 0;
  try {
    for (;;) {
      const next = receiveMessageOnPort(port1) as { message: WorkerMessage } | undefined;
      if (next === undefined) {
        if (crashed) throw crashed;
        const wait = waitAsync(counters, 0, received);
        if (wait.async) await wait.value;
        continue;
      }
      received += 1;
      const message = next.message;
      if ('done' in message) return;
      if ('appError' in message) {
        const { code, details, cause } = message.appError;
        throw new AppError(code, details, { cause: new Error(cause) });
      }
      if ('failure' in message) throw new Error(message.failure);
      yield message.event;
      Atomics.add(counters, 1, 1);
      Atomics.notify(counters, 1);
    }
  } finally {
    port1.close();
    await worker.terminate();
  }
}
