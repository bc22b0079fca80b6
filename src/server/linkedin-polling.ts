import type { UserLanguage } from '../core/i18n/languages.js';
import type { Store } from '../store/store.js';
import type { PollResult } from '../sync/changelog-polling.js';
import { startChangelogPolling } from '../sync/changelog-polling.js';
import type { LinkedInApiOptions } from '../sync/linkedin-api.js';
import type { TokenSource } from '../sync/linkedin-token.js';
import type { AppCaches } from './app-options.js';

/**
 * The hourly LinkedIn changelog poll of a single-user `netwerk serve` (issue 10, docs/sync.md
 * "For the server"): while a token is there, read the changelog about once an hour; after a
 * sync that changed rows, drop the owner's triaged inbox and charts so the pages show them. A
 * failed poll loses nothing (the cursor stays) and is said once on stderr, in the user's
 * language, never with the token; the web app shows it from `GET /api/sync/status`.
 */
export function startLinkedInPolling(options: {
  store: Store;
  tokenSource: TokenSource;
  caches: AppCaches;
  language: UserLanguage;
  log: (line: string) => void;
  clock?: () => Date;
  api?: Omit<LinkedInApiOptions, 'token'>;
  intervalMs?: number;
  onResult?: (result: PollResult) => void;
}): () => Promise<void> {
  const { store, caches } = options;
  return startChangelogPolling({
    store,
    tokenSource: options.tokenSource,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.api ? { api: options.api } : {}),
    ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
    onResult: (result) => {
      if (result.outcome === 'synced' && result.summary.seq !== null) {
        caches.inbox.invalidate(store);
        caches.charts.invalidate(store);
        caches.lists.invalidate(store);
      }
      if (result.outcome === 'failed') {
        options.log(
          `${options.language === 'nl' ? 'LinkedIn-synchronisatie mislukt' : 'LinkedIn sync failed'}: ${result.error.message[options.language]}`,
        );
      }
      options.onResult?.(result);
    },
  });
}
