import type { ErrorCode } from '../core/errors/app-error.js';
import { AppError, isAppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import type { Localized } from '../core/i18n/languages.js';
import { hasChangelogGap } from '../core/linkedin-sync/changelog-event.js';
import type { Store } from '../store/store.js';
import type { LinkedInApiOptions } from './linkedin-api.js';
import { linkedInApiVersion } from './linkedin-api.js';
import type { TokenSource } from './linkedin-token.js';
import type { SyncSummary } from './sync-summary.js';
import { syncWithLinkedIn } from './sync-with-linkedin.js';

/**
 * The hourly changelog poll of `netwerk serve` (docs/sync.md, "For the server"): while a token
 * is there, read the changelog since the cursor about once an hour (LinkedIn's recommendation),
 * never two polls at once, and report each outcome. A failed poll loses nothing (the cursor
 * stays) and says why; polling goes on, so a renewed token or a lifted limit is picked up.
 */

export const defaultPollIntervalMs = 60 * 60 * 1000;

export type PollResult =
  | { outcome: 'synced'; at: string; summary: SyncSummary }
  | { outcome: 'not-linked'; at: string }
  | { outcome: 'failed'; at: string; error: { code: string; message: Localized } };

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ChangelogPollingOptions {
  store: Store;
  tokenSource: TokenSource;
  clock?: () => Date;
  intervalMs?: number;
  onResult?: (result: PollResult) => void;
  /** The API client's options (base URL for tests, fetch, sleep, retry); the token comes from tokenSource. */
  api?: Omit<LinkedInApiOptions, 'token'>;
  timers?: Timers;
  /** Before the first poll; by default what is left of the interval since the last sync. */
  firstPollDelayMs?: number;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A poll never keeps the process alive on its own.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A failure in both languages, for the web app's status line. */
export function describeSyncFailure(
  code: string,
  details: Record<string, string | number | undefined> = {},
): Localized {
  try {
    const error = new AppError(code as ErrorCode, { version: linkedInApiVersion, ...details });
    return { nl: describeError(error, 'nl'), en: describeError(error, 'en') };
  } catch {
    return {
      nl: 'De synchronisatie met LinkedIn liep op een onverwachte fout; er is niets verloren. Draai `netwerk sync --debug` in een terminal om te zien waarom.',
      en: 'The sync with LinkedIn hit an unexpected error; nothing was lost. Run `netwerk sync --debug` in a terminal to see why.',
    };
  }
}

/** Starts polling; the returned function stops it and waits for a poll under way. */
export function startChangelogPolling(options: ChangelogPollingOptions): () => Promise<void> {
  const clock = options.clock ?? (() => new Date());
  const intervalMs = options.intervalMs ?? defaultPollIntervalMs;
  const timers = options.timers ?? realTimers;
  let stopped = false;
  let handle: unknown;
  let running: Promise<void> | undefined;

  const schedule = (delayMs: number): void => {
    if (stopped) return;
    handle = timers.setTimeout(
      () => {
        handle = undefined;
        running = pollOnce().finally(() => {
          running = undefined;
        });
      },
      Math.max(0, delayMs),
    );
  };

  async function pollOnce(): Promise<void> {
    let next = intervalMs;
    let result: PollResult;
    try {
      const token = await options.tokenSource.read();
      if (token === undefined) {
        result = { outcome: 'not-linked', at: clock().toISOString() };
      } else {
        const summary = await syncWithLinkedIn({
          store: options.store,
          api: { ...options.api, token: token.token },
          clock,
          domains: [],
        });
        result = { outcome: 'synced', at: clock().toISOString(), summary };
      }
    } catch (error) {
      const code = isAppError(error) ? error.code : 'unexpected';
      const details = isAppError(error) ? error.details : {};
      // LinkedIn asked for a longer pause than the interval: give it.
      const retryAfter = Number(details.retryAfterSeconds ?? 0) * 1000;
      if (retryAfter > next) next = retryAfter;
      result = {
        outcome: 'failed',
        at: clock().toISOString(),
        error: { code, message: describeSyncFailure(code, details) },
      };
    }
    try {
      options.onResult?.(result);
    } finally {
      schedule(next);
    }
  }

  void (async () => {
    let delay = options.firstPollDelayMs;
    if (delay === undefined) {
      const state = await options.store.getSyncState().catch(() => undefined);
      const last = state?.lastSyncAt ? Date.parse(state.lastSyncAt) : Number.NaN;
      delay = Number.isNaN(last) ? 0 : Math.max(0, last + intervalMs - clock().getTime());
    }
    schedule(delay);
  })();

  return async () => {
    stopped = true;
    if (handle !== undefined) timers.clearTimeout(handle);
    await running;
  };
}

export interface SyncStatus {
  linked: boolean;
  /** Where the token comes from: the environment or the token file. */
  tokenFrom: 'env' | 'file' | null;
  lastSyncAt: string | null;
  lastSnapshotAt: string | null;
  lastAttemptAt: string | null;
  /** The last attempt's failure, in both languages; null after a sync that succeeded. */
  lastError: { code: string; at: string; message: Localized } | null;
  /** The next changelog `startTime` (ISO 8601). */
  changelogCursor: string | null;
  /** The changelog keeps 28 days: older than that, events may be missing (a snapshot fills in). */
  changelogGap: boolean;
}

/** What the web app shows about the sync: linked or not, the last sync time, the last failure. */
export async function readSyncStatus(options: {
  store: Store;
  tokenSource: TokenSource;
  clock?: () => Date;
}): Promise<SyncStatus> {
  const now = (options.clock ?? (() => new Date()))();
  const state = await options.store.getSyncState();
  let token: Awaited<ReturnType<TokenSource['read']>>;
  try {
    token = await options.tokenSource.read();
  } catch {
    token = undefined;
  }
  return {
    linked: token !== undefined,
    tokenFrom: token?.origin ?? null,
    lastSyncAt: state.lastSyncAt,
    lastSnapshotAt: state.lastSnapshotAt,
    lastAttemptAt: state.lastAttemptAt,
    lastError: state.lastError
      ? {
          code: state.lastError.code,
          at: state.lastError.at,
          message: describeSyncFailure(state.lastError.code),
        }
      : null,
    changelogCursor:
      state.changelogCursor === null ? null : new Date(state.changelogCursor).toISOString(),
    changelogGap: hasChangelogGap(state.lastSyncAt, now),
  };
}
