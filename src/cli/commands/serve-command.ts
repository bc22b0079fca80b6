import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors/app-error.js';
import { loadEldLanguageScorer } from '../../language-detector/eld-language-scorer.js';
import { openStore } from '../../store/open-store.js';
import { configFileSettings } from '../../server/config-file-settings.js';
import { createApp } from '../../server/create-app.js';
import { importInWorker } from '../../server/import-runner.js';
import { openBrowser } from '../../server/open-browser.js';
import { startServer } from '../../server/start-server.js';
import { warmUp } from '../../server/warm-up.js';
import { defaultStaticDir } from '../../server/static-files.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { timeZoneOf } from '../todo-context.js';

export const defaultPort = 4747;

interface ServeOptions {
  port: string;
  open?: boolean;
}

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

/** Until Ctrl+C (or SIGTERM): serves the app, then closes the server and the database. */
async function runServe(context: CliContext, options: ServeOptions): Promise<ExitCode> {
  const port = parsePort(options.port, context);
  const nl = context.language === 'nl';
  const [store, scorer] = await Promise.all([
    openStore(context.databaseLocation),
    loadEldLanguageScorer(),
  ]);
  // A per-launch secret: whoever can read the printed URL may use the app, nobody else.
  const token = randomBytes(24).toString('base64url');
  let server;
  let app: ReturnType<typeof createApp> | undefined;
  try {
    server = await startServer(port, (allowedHosts) => {
      app = createApp({
        store,
        settings: configFileSettings(context.configPath),
        clock: () => new Date(),
        token,
        allowedHosts,
        cookieName: `netwerk_${allowedHosts[0]?.split(':')[1] ?? 'session'}`,
        staticDir: defaultStaticDir(),
        scorer,
        timeZone: timeZoneOf(context),
        runImport: importInWorker(context.databaseLocation),
      });
      return app;
    });
  } catch (error) {
    await store.close();
    throw error;
  }
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
  if (options.open) openBrowser(url);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await store.close();
  return 0;
}
