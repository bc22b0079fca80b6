import { AppError } from '../../core/errors/app-error.js';
import { isPostgresUrl } from '../../store/database-location.js';
import { isLoopbackHost, isWildcardHost } from '../../server/start-server.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';

export const defaultPort = 4747;

export interface ServeOptions {
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

/** Until Ctrl+C (or SIGTERM): serves the app, then closes the server and the database. */
async function runServe(context: CliContext, options: ServeOptions): Promise<ExitCode> {
  const port = parsePort(options.port, context);
  checkServeOptions(context, options);
  // The server, its app and the database drivers load only now: other commands start sooner.
  const { runLocal, runSharedServer } = await import('./run-serve.js');
  return options.multiUser
    ? runSharedServer(context, options, port)
    : runLocal(context, options, port);
}
