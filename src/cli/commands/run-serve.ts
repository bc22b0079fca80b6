// `netwerk serve` once its options are checked: the single-user app or the shared server.
import { randomBytes } from 'node:crypto';
import { defaultUserSettings } from '../../core/settings/user-settings.js';
import { loadEldLanguageScorer } from '../../language-detector/eld-language-scorer.js';
import { AccountStore } from '../../store/accounts.js';
import { openStore } from '../../store/open-store.js';
import { configFileSettings } from '../../server/config-file-settings.js';
import { createApp, createAppCaches } from '../../server/create-app.js';
import { importInWorker } from '../../server/import-runner.js';
import { startLinkedInPolling } from '../../server/linkedin-polling.js';
import { createMultiUserApp } from '../../server/multi-user/create-multi-user-app.js';
import { openBrowser } from '../../server/open-browser.js';
import type { RunningServer } from '../../server/start-server.js';
import { isLoopbackHost, startServer } from '../../server/start-server.js';
import { warmUp } from '../../server/warm-up.js';
import { defaultStaticDir } from '../../server/static-files.js';
import { apiBaseFromEnvironment } from '../../sync/linkedin-api-base.js';
import { linkedInTokenStore } from '../../sync/linkedin-token.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode } from '../command-kit.js';
import { timeZoneOf } from '../todo-context.js';
import type { ServeOptions } from './serve-command.js';

async function waitForStop(): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** `netwerk serve`: one person, the launch key, the config file, the hourly LinkedIn poll. */
export async function runLocal(
  context: CliContext,
  options: ServeOptions,
  port: number,
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  const baseUrl = apiBaseFromEnvironment(context.io.env);
  const [store, scorer] = await Promise.all([
    openStore(context.databaseLocation),
    loadEldLanguageScorer(),
  ]);
  // A per-launch secret: whoever can read the printed URL may use the app, nobody else.
  const token = randomBytes(24).toString('base64url');
  const caches = createAppCaches(scorer);
  const tokenSource = linkedInTokenStore(context.io.env);
  let server: RunningServer;
  let app: ReturnType<typeof createApp> | undefined;
  try {
    server = await startServer(
      port,
      (allowedHosts) => {
        app = createApp({
          store,
          settings: configFileSettings(context.configPath),
          clock: () => new Date(),
          token,
          allowedHosts,
          cookieName: `netwerk_${allowedHosts[0]?.split(':')[1] ?? 'session'}`,
          staticDir: defaultStaticDir(),
          scorer,
          caches,
          sync: { tokenSource },
          timeZone: timeZoneOf(context),
          runImport: importInWorker(context.databaseLocation),
        });
        return app;
      },
      { host: options.host ?? '127.0.0.1' },
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  const stopPolling = startLinkedInPolling({
    store,
    tokenSource,
    caches,
    language: context.language,
    log: (line) => context.io.stderr.write(`${context.err.dim(line)}\n`),
    ...(baseUrl ? { api: { baseUrl } } : {}),
  });
  // Listen for Ctrl+C before saying where we are: a stop right after the address is heard.
  const stopped = waitForStop();
  const url = `${server.origin}/?token=${token}`;
  if (app) void warmUp(app, server.allowedHosts[0] ?? '', token);
  if (context.json) {
    context.io.stdout.write(`${JSON.stringify({ url, port: server.port })}\n`);
  } else {
    context.io.stdout.write(
      `${nl ? 'netwerk draait op' : 'netwerk is serving'} ${url}\n${context.out.dim(
        nl
          ? `Alleen vanaf deze computer bereikbaar. Database: ${store.location}. Stop met Ctrl+C.`
          : `Reachable from this computer only. Database: ${store.location}. Stop with Ctrl+C.`,
      )}\n`,
    );
  }
  const accounts = (await new AccountStore(store.database).list()).length;
  if (accounts > 0) {
    // Safe (the launch key's owner is `local`, no account's), but surely not what was meant.
    context.io.stderr.write(
      `${context.err.bold(nl ? 'LET OP' : 'NOTE')}: ${
        nl
          ? `deze database heeft ${accounts} account(s) van de gedeelde server. Zonder --multi-user toont netwerk alleen de eigen gegevens van deze computer, niets van die accounts; start met --multi-user om hen te bedienen.`
          : `this database has ${accounts} account(s) of the shared server. Without --multi-user netwerk shows only this computer's own data, nothing of those accounts; start with --multi-user to serve them.`
      }\n`,
    );
  }
  if (options.open) openBrowser(url);
  await stopped;
  await stopPolling();
  await server.close();
  await store.close();
  return 0;
}

/** `netwerk serve --multi-user`: accounts on PostgreSQL, sign-in, every route per owner. */
export async function runSharedServer(
  context: CliContext,
  options: ServeOptions,
  port: number,
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  const host = options.host ?? '127.0.0.1';
  const publicNames = (options.publicName ?? []).map((name) => name.toLowerCase());
  const [store, scorer] = await Promise.all([
    openStore(context.databaseLocation),
    loadEldLanguageScorer(),
  ]);
  let server: RunningServer;
  try {
    server = await startServer(
      port,
      (allowedHosts, allowedOrigins) =>
        createMultiUserApp({
          store,
          defaultSettings: { ...defaultUserSettings, language: context.language },
          // The port it got (--port 0 picks one): part of the cookie's name on loopback.
          port: Number(allowedHosts[0]?.split(':').at(-1) ?? port),
          // Off loopback, or under a public name, the cookie only travels over HTTPS.
          secureCookies: !isLoopbackHost(host) || publicNames.length > 0,
          trustProxy: options.trustProxy ?? false,
          allowedHosts,
          allowedOrigins,
          staticDir: defaultStaticDir(),
          scorer,
          timeZone: timeZoneOf(context),
          runImport: importInWorker(context.databaseLocation, { accountBound: true }),
        }),
      { host, publicNames },
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  const stopped = waitForStop();
  const accounts = await new AccountStore(store.database).list();
  const addresses = [server.origin, ...publicNames.map((name) => `https://${name}`)];
  if (context.json) {
    context.io.stdout.write(
      `${JSON.stringify({ url: `${server.origin}/`, port: server.port, mode: 'multi-user', publicNames, accounts: accounts.length })}\n`,
    );
  } else {
    context.io.stdout.write(
      `${nl ? 'netwerk (gedeeld) draait op' : 'netwerk (shared) is serving'} ${addresses.join(' ')}\n${context.out.dim(
        nl
          ? `${accounts.length} account(s); meld je aan met een account van \`netwerk user add\`. Database: ${store.location}. Stop met Ctrl+C.`
          : `${accounts.length} account(s); sign in with an account from \`netwerk user add\`. Database: ${store.location}. Stop with Ctrl+C.`,
      )}\n`,
    );
  }
  if (accounts.length === 0) {
    context.io.stderr.write(
      nl
        ? 'Nog geen accounts: maak er een met `netwerk user add NAAM --db …` (hetzelfde --db).\n'
        : 'No accounts yet: add one with `netwerk user add NAME --db …` (the same --db).\n',
    );
  }
  if (!isLoopbackHost(host)) {
    context.io.stderr.write(
      `${context.err.bold(nl ? 'LET OP' : 'WARNING')}: ${
        nl
          ? `netwerk luistert op ${host}:${server.port} en is bereikbaar vanaf andere computers. Zet er een TLS-proxy voor (https://): de sessiecookie is Secure en reist alleen over HTTPS.`
          : `netwerk listens on ${host}:${server.port} and is reachable from other machines. Put a TLS proxy in front (https://): the session cookie is Secure and travels over HTTPS only.`
      }\n`,
    );
  }
  if (publicNames.length > 0 && !options.trustProxy) {
    // Behind a proxy every sign-in comes from the proxy's address: 20 failures would lock all out.
    context.io.stderr.write(
      nl
        ? 'Let op: zit er een proxy voor netwerk, geef dan --trust-proxy, zodat de aanmeldlimiet per bezoeker telt en niet voor iedereen samen (X-Forwarded-For).\n'
        : 'Note: if a proxy sits in front of netwerk, add --trust-proxy so the sign-in limit counts per visitor, not for everyone at once (X-Forwarded-For).\n',
    );
  }
  await stopped;
  await server.close();
  await store.close();
  return 0;
}
