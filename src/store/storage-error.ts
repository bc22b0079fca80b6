import { AppError, isAppError } from '../core/errors/app-error.js';
import { storageFaultOf } from '../core/errors/storage-fault.js';

/**
 * The driver's error code: better-sqlite3's `SQLITE_…`, pg's SQLSTATE, or Node's `E…`, which a
 * connection to `localhost` may hide inside an AggregateError (one attempt per address).
 */
function driverCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errors, cause } = error as { code?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === 'string' && code !== '') return code;
  if (Array.isArray(errors) && errors.length > 0) return driverCodeOf(errors[0]);
  return cause === undefined ? undefined : driverCodeOf(cause);
}

/**
 * Any failure below the store's port becomes one storage error (exit code 3), with its cause
 * kept: a known driver code becomes a fault the user is told in their language, the driver's
 * own (English) first line stays as the reason for the rest.
 */
export function storageError(location: string, error: unknown): AppError {
  if (isAppError(error)) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const driverCode = driverCodeOf(error);
  const fault = storageFaultOf(driverCode);
  return new AppError(
    'storage-failed',
    { path: location, reason, ...(fault ? { fault, driverCode } : {}) },
    { cause: error },
  );
}
