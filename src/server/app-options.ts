import type { Context, MiddlewareHandler } from 'hono';
import type { UserLanguage } from '../core/i18n/languages.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import type { ImportProgress } from '../import/import-export.js';
import type { ImportSummary } from '../import/import-summary.js';
import type { Store } from '../store/store.js';
import type { PhotoAnalysis } from '../vision/analyze-photo.js';

/**
 * Where the user's settings live: the config file for `netwerk serve`, memory in tests, (issue 8)
 * a row per account. `save` validates and throws an AppError (config-invalid) on bad values.
 */
export interface SettingsAccess {
  load(): UserSettings;
  save(settings: UserSettings): void;
}

/** What one request works on. Issue 8 resolves it from the signed-in account. */
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
  /** The per-launch secret in the printed URL; every /api call must carry it (cookie or bearer). */
  token: string;
  /**
   * Replaces the launch-key check of /api calls (issue 8: a session check that sets who is
   * signed in, for `scopeFor` to read). The Host and Origin guards stay.
   */
  authenticate?: MiddlewareHandler<AppEnv>;
  /** Host header values accepted (`127.0.0.1:4747`, `localhost:4747`): DNS rebinding. */
  allowedHosts: readonly string[];
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

/** The per-request values routes read (`c.get('scope')`, `c.get('language')`). */
export interface AppEnv {
  Variables: {
    scope: RequestScope;
    /** The language of the UI that asked: texts in responses are in this language. */
    language: UserLanguage;
  };
}
