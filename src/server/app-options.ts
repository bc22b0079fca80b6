import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { UserLanguage } from '../core/i18n/languages.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import type { ImportProgress } from '../import/import-export.js';
import type { ImportSummary } from '../import/import-summary.js';
import type { Store } from '../store/store.js';
import type { TokenSource } from '../sync/linkedin-token.js';
import type { NetworkCharts } from '../use-cases/network-charts.js';
import type { PhotoAnalysis } from '../vision/analyze-photo.js';
import type { InboxCache } from './inbox-cache.js';
import type { OwnerMemo } from './owner-memo.js';
import type { RegisterRoutes } from './route-deps.js';

/**
 * Where the user's settings live: the config file for `netwerk serve`, memory in tests, a row
 * per account on the shared server (loaded once per request, saved asynchronously). `save`
 * validates and throws an AppError (config-invalid, settings-invalid) on bad values.
 */
export interface SettingsAccess {
  load(): UserSettings;
  save(settings: UserSettings): void | Promise<void>;
}

/** What one request works on. The shared server resolves it from the signed-in account. */
export interface RequestScope {
  store: Store;
  settings: SettingsAccess;
}

/** Runs one import of an uploaded export; the default runs `importExport` with its reader worker. */
export type ImportRunner = (
  path: string,
  scope: RequestScope,
  progress: ImportProgress,
) => Promise<ImportSummary>;

export type PhotoAnalyzer = (bytes: Buffer) => Promise<PhotoAnalysis>;

export interface UploadLimits {
  /** The export ZIP (a large export with years of messages is a few hundred MB). */
  exportBytes: number;
  /** A profile photo: LinkedIn's own limit. */
  photoBytes: number;
  /** A JSON request body. */
  jsonBytes: number;
}

export interface AppOptions {
  /** The store of a single-user app; give `scopeFor` instead to scope per request. */
  store?: Store;
  settings?: SettingsAccess;
  /**
   * The one place a request gets its store and settings (issue 8: owner-scoped by session).
   * Defaults to `store` and `settings`.
   */
  scopeFor?: (c: Context) => Promise<RequestScope> | RequestScope;
  clock?: () => Date;
  /**
   * The per-launch secret in the printed URL; every /api call must carry it (cookie or bearer).
   * None on the shared server, which signs people in instead (`authenticate`).
   */
  token?: string;
  /**
   * Replaces the launch-key check of /api calls (the shared server: a session check that sets
   * `account`, for `scopeFor` to read). The Host and Origin guards stay.
   */
  authenticate?: MiddlewareHandler<AppEnv>;
  /** Routes answered before `authenticate` (the shared server's sign-in). */
  publicRoutes?: (api: Hono<AppEnv>) => void;
  /** More feature areas, behind the sign-in like the rest (the shared server's account routes). */
  routes?: readonly RegisterRoutes[];
  /** Host header values accepted (`127.0.0.1:4747`, `localhost:4747`): DNS rebinding. */
  allowedHosts: readonly string[];
  /**
   * Origins a POST, PUT or DELETE may come from; by default `http://` and each allowed host.
   * The shared server adds its public name's `https://` origin.
   */
  allowedOrigins?: readonly string[];
  /** The caches of triaged inboxes and charts, when the caller must drop them too (a sync). */
  caches?: AppCaches;
  /** The LinkedIn link of a single-user server: `GET /api/sync/status` reads it. */
  sync?: { tokenSource: TokenSource };
  /** The session cookie's name; per port, so two servers on one host do not clash. */
  cookieName?: string;
  /** The built web app (dist/web); none in API tests. */
  staticDir?: string;
  /** Where uploads are written while they are processed (default: the system temp dir). */
  uploadDir?: string;
  limits?: Partial<UploadLimits>;
  scorer?: LanguageScorer;
  /** The system time zone, when the settings name none. */
  timeZone?: string;
  runImport?: ImportRunner;
  analyzePhoto?: PhotoAnalyzer;
}

/** What the server keeps between requests per database and owner (ADR 0074). */
export interface AppCaches {
  inbox: InboxCache;
  charts: OwnerMemo<NetworkCharts>;
  /** The network page's lists (follow-ups, reconnects, stale sent invitations) per day. */
  lists: OwnerMemo<unknown>;
}

/** Who is signed in on the shared server, set by its session check. */
export interface SignedInAccount {
  ownerId: string;
  username: string;
  /** The session's token from the cookie: logout and a password change end it. */
  sessionToken: string;
}

/** The per-request values routes read (`c.get('scope')`, `c.get('language')`). */
export interface AppEnv {
  Variables: {
    scope: RequestScope;
    /** The language of the UI that asked: texts in responses are in this language. */
    language: UserLanguage;
    /** The shared server's signed-in account; undefined on a single-user server. */
    account: SignedInAccount | undefined;
  };
}
