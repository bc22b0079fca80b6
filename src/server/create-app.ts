import type { Context } from 'hono';
import { Hono } from 'hono';
import { isUserLanguage } from '../core/i18n/languages.js';
import { maxPhotoBytes } from '../core/profile/photo-limits.js';
import { importExport } from '../import/import-export.js';
import type { AppCaches, AppEnv, AppOptions, RequestScope, UploadLimits } from './app-options.js';
import { errorResponse } from './http-errors.js';
import { ImportJobs } from './import-jobs.js';
import { InboxCache } from './inbox-cache.js';
import { OwnerMemo } from './owner-memo.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import type { NetworkCharts } from '../use-cases/network-charts.js';
import { hostGuard, originGuard, tokenExchange, tokenGuard } from './request-guards.js';
import type { RouteDeps } from './route-deps.js';
import { registerImportRoutes } from './routes/import-routes.js';
import { registerInboxRoutes } from './routes/inbox-routes.js';
import { registerNetworkRoutes } from './routes/network-routes.js';
import { registerProfileRoutes } from './routes/profile-routes.js';
import { registerSessionRoutes } from './routes/session-routes.js';
import { registerSettingsRoutes } from './routes/settings-routes.js';
import { registerSyncRoutes } from './routes/sync-routes.js';
import { securityHeaders } from './security-headers.js';
import { serveWebApp } from './static-files.js';

export const defaultUploadLimits: UploadLimits = {
  // The export ZIP: large archives with years of messages run to a few hundred MB.
  exportBytes: 2 * 1024 ** 3,
  photoBytes: maxPhotoBytes,
  jsonBytes: 256 * 1024,
};

/** The API's feature areas; a new one (intros) is one more line here. */
const routeModules = [
  registerSessionRoutes,
  registerSettingsRoutes,
  registerSyncRoutes,
  registerImportRoutes,
  registerInboxRoutes,
  registerNetworkRoutes,
  registerProfileRoutes,
];

/** Empty caches for one app; pass them to `createApp` to drop entries from outside (a sync). */
export function createAppCaches(scorer?: LanguageScorer): AppCaches {
  return {
    inbox: new InboxCache(scorer),
    charts: new OwnerMemo<NetworkCharts>(),
    lists: new OwnerMemo<unknown>(),
  };
}

function scopeResolver(options: AppOptions): (c: Context) => Promise<RequestScope> {
  if (options.scopeFor) {
    const scopeFor = options.scopeFor;
    return async (c) => scopeFor(c);
  }
  const { store, settings } = options;
  if (!store || !settings) throw new Error('createApp needs `store` and `settings`, or `scopeFor`');
  return async () => ({ store, settings });
}

/**
 * The HTTP API and the web app (issue 7). Every request passes the guards (host, origin, token,
 * security headers); every /api route gets its store and settings from one place, `scopeFor`,
 * where the shared server (issue 8) scopes them to the signed-in owner.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const clock = options.clock ?? (() => new Date());
  const cookieName = options.cookieName ?? 'netwerk_session';
  const resolveScope = scopeResolver(options);
  const { token } = options;
  const authenticate =
    options.authenticate ?? (token !== undefined ? tokenGuard(token, cookieName) : undefined);
  if (!authenticate) throw new Error('createApp needs `token` or `authenticate`');
  const { inbox, charts, lists } = options.caches ?? createAppCaches(options.scorer);
  const runImport =
    options.runImport ??
    ((path, scope, progress) => importExport(path, scope.store, { worker: true, progress }));
  const deps: RouteDeps = {
    clock,
    limits: { ...defaultUploadLimits, ...options.limits },
    inbox,
    charts,
    lists,
    jobs: new ImportJobs(runImport, clock, (scope) => {
      inbox.invalidate(scope.store);
      charts.invalidate(scope.store);
      lists.invalidate(scope.store);
    }),
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(options.scorer ? { scorer: options.scorer } : {}),
    ...(options.uploadDir ? { uploadDir: options.uploadDir } : {}),
    ...(options.sync ? { sync: options.sync } : {}),
    analyzePhoto:
      options.analyzePhoto ??
      (async (bytes) => {
        // The vision stack (wasm models) loads on the first photo only.
        const { analyzePhoto } = await import('../vision/analyze-photo.js');
        return analyzePhoto(bytes, { label: 'photo' });
      }),
  };

  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders());
  app.use('*', hostGuard(options.allowedHosts));
  const origins = options.allowedOrigins ?? options.allowedHosts.map((host) => `http://${host}`);
  app.use('*', originGuard(origins, token));
  if (token !== undefined) app.use('*', tokenExchange(token, cookieName));

  const api = new Hono<AppEnv>();
  // Before the sign-in check: a handler that answers ends the chain there.
  options.publicRoutes?.(api);
  api.use('*', authenticate);
  api.use('*', async (c, next) => {
    const scope = await resolveScope(c);
    c.set('scope', scope);
    const asked = c.req.header('x-netwerk-language');
    c.set('language', isUserLanguage(asked) ? asked : scope.settings.load().language);
    await next();
  });
  for (const register of [...routeModules, ...(options.routes ?? [])]) register(api, deps);
  api.notFound((c) => c.json({ error: { code: 'not-found', message: 'No such API route.' } }, 404));
  app.route('/api', api);

  if (options.staticDir) app.use('*', serveWebApp(options.staticDir));
  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    const asked = c.req.header('x-netwerk-language');
    const language = isUserLanguage(asked) ? asked : (c.get('language') ?? 'en');
    return errorResponse(c, error, language);
  });
  return app;
}
