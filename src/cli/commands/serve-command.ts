import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors/app-error.js';
import { defaultUserSettings } from '../../core/settings/user-settings.js';
import { loadEldLanguageScorer } from '../../language-detector/eld-language-scorer.js';
import { AccountStore } from '../../store/accounts.js';
import { isPostgresUrl } from '../../store/open-database.js';
import { openStore } from '../../store/open-store.js';
import { configFileSettings } from '../../server/config-file-settings.js';
import { createApp, createAppCaches } from '../../server/create-app.js';
import { importInWorker } from '../../server/import-runner.js';
import { startLinkedInPolling } from '../../server/linkedin-polling.js';
import { createMultiUserApp } from '../../server/multi-user/create-multi-user-app.js';
import { openBrowser } from '../../server/open-browser.js';
import type { RunningServer } from '../../server/start-server.js';
import { isLoopbackHost, isWildcardHost, startServer } from '../../server/start-server.js';
import { warmUp } from '../../server/warm-up.js';
import { defaultStaticDir } from '../../server/static-files.js';
import { apiBaseFromEnvironment } from '../../sync/linkedin-api-base.js';
import { linkedInTokenStore } from '../../sync/linkedin-token.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { timeZoneOf } from '../todo-context.js';

export const defaultPort = 4747;

interface ServeOptions {
  port: string;
  open?: boolean;
  multiUser?: boolean;
  host?: string;
  publicName?: string[];
  trustProxy?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const registerServeCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('serve')
    .description(
      t({
        nl: 'start de web-app op deze computer (alleen bereikbaar vanaf hier) en toon het adres',
        en: 'start the web app on this computer (reachable from here only) and print its address',
      }),
    )
    .option(
      '--port <n>',
      t({
        nl: `poort (standaard ${defaultPort}; 0 kiest een vrije)`,
        en: `port (default ${defaultPort}; 0 picks a free one)`,
      }),
      String(defaultPort),
    )
    .option('--open', t({ nl: 'open de app in je browser', en: 'open the app in your browser' }))
    .option(
      '--multi-user',
      t({
        nl: 'gedeelde server voor een team: accounts (netwerk user add) op PostgreSQL (--db postgres://…)',
        en: 'shared server for a team: accounts (netwerk user add) on PostgreSQL (--db postgres://…)',
      }),
    )
    .option(
      '--host <address>',
      t({
        nl: 'adres om op te luisteren (standaard 127.0.0.1; een ander alleen met --multi-user)',
        en: 'address to listen on (default 127.0.0.1; another only with --multi-user)',
      }),
    )
    .option(
      '--public-name <name>',
      t({
        nl: 'de naam waarmee mensen de server bereiken (die van de TLS-proxy), herhaalbaar',
        en: 'the name people reach the server by (the TLS proxy’s), repeatable',
      }),
      collect,
    )
    .option(
      '--trust-proxy',
      t({
        nl: 'een reverse proxy staat ervoor: lees het adres van de client uit X-Forwarded-For',
        en: 'a reverse proxy is in front: read the client’s address from X-Forwarded-For',
      }),
    )
    .action(kit.action((context, options: ServeOptions) => runServe(context, options)));
};

function parsePort(value: string, context: CliContext): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new AppError('usage', {
      message: `--port ${value}: ${context.language === 'nl' ? 'geef een poort van 0 tot 65535' : 'give a port from 0 to 65535'}`,
    });
  }
  return port;
}

const hostName =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/iu;

/** Refuses flag combinations that would expose a person's network or could not work. */
function checkServeOptions(context: CliContext, options: ServeOptions): void {
  const nl = context.language === 'nl';
  const usage = (message: string) => new AppError('usage', { message });
  const host = options.host ?? '127.0.0.1';
  if (!options.multiUser) {
    if (!isLoopbackHost(host)) {
      throw usage(
        nl
          ? `--host ${host} zou je netwerk openzetten voor andere computers, met alleen de sleutel in het adres ertussen. Alleen de gedeelde server (--multi-user, met accounts) luistert elders`
          : `--host ${host} would open your network to other machines with only the key in the address in between. Only the shared server (--multi-user, with accounts) listens elsewhere`,
      );
    }
    if (options.publicName || options.trustProxy) {
      throw usage(
        nl
          ? '--public-name en --trust-proxy horen bij de gedeelde server: voeg --multi-user toe'
          : '--public-name and --trust-proxy belong to the shared server: add --multi-user',
      );
    }
    return;
  }
  if (!isPostgresUrl(context.databaseLocation)) {
    throw usage(
      nl
        ? '--multi-user heeft PostgreSQL nodig (--db postgres://…): meerdere mensen importeren en lezen tegelijk, wat één SQLite-bestand niet aankan'
        : '--multi-user needs PostgreSQL (--db postgres://…): several people import and read at once, which one SQLite file cannot take',
    );
  }
  if (options.open) {
    throw usage(
      nl
        ? '--open hoort bij netwerk serve voor één persoon; open het adres van de gedeelde server zelf'
        : '--open belongs to the single-user netwerk serve; open the shared server’s address yourself',
    );
  }
  for (const name of options.publicName ?? []) {
    if (!hostName.test(name)) {
      throw usage(
        nl
          ? `--public-name ${name}: geef een naam als netwerk.example.nl (eventueel met :poort), zonder https://`
          : `--public-name ${name}: give a name such as netwerk.example.com (optionally with :port), without https://`,
      );
    }
  }
  if (isWildcardHost(host) && !options.publicName?.length) {
    throw usage(
      nl
        ? `--host ${host} luistert op elk adres: zeg met --public-name NAAM met welke naam mensen de server bereiken (anders weigert hij hun Host-header)`
        : `--host ${host} listens on every address: say with --public-name NAME which name people reach the server by (else their Host header is refused)`,
    );
  }
}

async function waitForStop(): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** Until Ctrl+C (or SIGTERM): serves the app, then closes the server and the database. */
async function runServe(context: CliContext, options: ServeOptions): Promise<ExitCode> {
  const port = parsePort(options.port, context);
  checkServeOptions(context, options);
  return options.multiUser
    ? runSharedServer(context, options, port)
    : runLocal(context, options, port);
}

/** `netwerk serve`: one person, the launch key, the config file, the hourly LinkedIn poll. */
async function runLocal(
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
async function runSharedServer(
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
  await stopped;
  await server.close();
  await store.close();
  return 0;
}
