import type { Context, Hono } from 'hono';
import type { LanguageScorer } from '../core/language/detect-language.js';
import type { TokenSource } from '../sync/linkedin-token.js';
import type { TodoContext } from '../use-cases/network-todo.js';
import type { AppEnv, PhotoAnalyzer, UploadLimits } from './app-options.js';
import type { ImportJobs } from './import-jobs.js';
import type { InboxCache } from './inbox-cache.js';
import type { OwnerMemo } from './owner-memo.js';
import type { NetworkCharts } from '../use-cases/network-charts.js';

/** What the route modules share: made once in createApp. */
export interface RouteDeps {
  clock: () => Date;
  limits: UploadLimits;
  inbox: InboxCache;
  /** The network charts per owner, day and time zone. */
  charts: OwnerMemo<NetworkCharts>;
  /** The network page's lists per owner, day, time zone, language and parameter. */
  lists: OwnerMemo<unknown>;
  jobs: ImportJobs;
  /** The system time zone, when the settings name none. */
  timeZone: string;
  scorer?: LanguageScorer;
  uploadDir?: string;
  analyzePhoto: PhotoAnalyzer;
  /** A single-user server's LinkedIn link (the sync status route); none on the shared server. */
  sync?: { tokenSource: TokenSource };
}

export type RegisterRoutes = (api: Hono<AppEnv>, deps: RouteDeps) => void;

/** The use cases' context for this request: its store, its settings in the UI's language. */
export function todoContextOf(c: Context<AppEnv>, deps: RouteDeps): TodoContext {
  const { store, settings } = c.get('scope');
  const loaded = settings.load();
  return {
    store,
    settings: { ...loaded, language: c.get('language') },
    now: deps.clock(),
    timeZone: loaded.timeZone ?? deps.timeZone,
    ...(deps.scorer ? { scorer: deps.scorer } : {}),
  };
}
