import { Command, CommanderError } from 'commander';
import type { AppError, ErrorCode } from '../core/errors/app-error.js';
import { isAppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import { languageFromEnvironment } from './cli-context.js';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './command-kit.js';
import { createCommandKit } from './command-kit.js';
import { commands } from './commands/index.js';
import { terminalStyleFor } from './output/terminal-style.js';

/** Usage and input errors end with 2, storage errors with 3 (README, "Exit codes"). */
const exitCodeFor = {
  usage: 2,
  'input-not-found': 2,
  'input-unreadable': 2,
  'input-format-unknown': 2,
  'config-invalid': 2,
  'config-exists': 2,
  'storage-failed': 3,
  'inviter-not-found': 2,
  'inviter-ambiguous': 2,
  'person-not-found': 2,
  'person-ambiguous': 2,
  'introduction-not-found': 2,
  'photo-not-image': 2,
  'photo-damaged': 2,
  'photo-too-large': 2,
  'profile-invalid': 2,
  'export-not-zip': 2,
  'export-damaged': 2,
  'export-no-linkedin-files': 2,
  'export-zip-bomb': 2,
  'export-undecodable': 2,
  'upload-too-large': 2,
  'import-busy': 2,
  'server-port-in-use': 2,
  // LinkedIn's API: all need the user (a new token, eligibility, an update, or later); docs/sync.md.
  'linkedin-not-linked': 2,
  'linkedin-token-rejected': 2,
  'linkedin-access-denied': 2,
  'linkedin-version-refused': 2,
  'linkedin-rate-limited': 2,
  'linkedin-unavailable': 2,
  'linkedin-request-failed': 2,
  'login-failed': 2,
  'login-throttled': 2,
  'password-invalid': 2,
  'current-password-wrong': 2,
  'settings-invalid': 2,
  'account-removed': 2,
} as const satisfies Record<ErrorCode, ExitCode>;

export const cliVersion = '0.1.0';

/** Finds a global flag's value before commander runs, so help and early errors speak the right language. */
function peekFlag(argv: readonly string[], name: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === `--${name}`) return argv[index + 1];
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  clock: () => Date = () => new Date(),
): Promise<ExitCode> {
  const language = languageFromEnvironment(peekFlag(argv, 'lang'), io.env);
  const debug = argv.includes('--debug');
  let exitCode: ExitCode = 0;
  const kit = createCommandKit(language, io, (code) => (exitCode = code), clock);
  const t = kit.t;

  const program = new Command('netwerk')
    .description(
      t({
        nl: 'Je LinkedIn-netwerk, persoonlijk en lokaal: uitnodigingen beoordelen, notities schrijven, je profiel doorlichten.',
        en: 'Your LinkedIn network, personal and local: triage invitations, write notes, audit your profile.',
      }),
    )
    .version(cliVersion, '-V, --version', t({ nl: 'toon de versie', en: 'show the version' }))
    .helpOption(
      '-h, --help',
      t({ nl: 'toon hulp bij een opdracht', en: 'show help for a command' }),
    )
    .helpCommand(false)
    .option(
      '--json',
      t({ nl: 'machineleesbare uitvoer (JSON) op stdout', en: 'machine output (JSON) on stdout' }),
    )
    .option(
      '--db <file|url>',
      t({ nl: 'databasebestand of postgres://-URL', en: 'database file or postgres:// URL' }),
    )
    .option('--config <file>', t({ nl: 'configuratiebestand (TOML)', en: 'config file (TOML)' }))
    .option(
      '--now <date>',
      t({
        nl: 'doe alsof het nu deze datum is (ISO), voor reproduceerbare resultaten',
        en: 'treat this ISO date as now, for reproducible results',
      }),
    )
    .option(
      '--lang <language>',
      t({
        nl: 'de taal waarin netwerk met je praat: nl of en (bij compose: de taal van de notitie, nl, en, de, fr, es, it of pt)',
        en: 'the language netwerk speaks to you: nl or en (for compose: the language of the note, nl, en, de, fr, es, it or pt)',
      }),
    )
    .option('--debug', t({ nl: 'toon stack traces bij fouten', en: 'show stack traces on errors' }))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(terminalStyleFor(io.stderr, io.env).red(text)),
    });

  for (const register of commands) register(program, kit);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, language, debug);
  }
}

function reportError(error: unknown, io: CliIo, language: 'nl' | 'en', debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version are successful outcomes; commander already printed them.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return 0;
    return 2;
  }
  const style = terminalStyleFor(io.stderr, io.env);
  if (isAppError(error)) {
    io.stderr.write(`${style.red('netwerk:')} ${describeError(error, language)}\n`);
    if (debug && error.stack) io.stderr.write(`${error.stack}\n${causeStack(error)}`);
    return exitCodeFor[error.code];
  }
  const message =
    language === 'nl'
      ? 'Onverwachte fout in netwerk. Draai de opdracht opnieuw met --debug en meld wat je ziet.'
      : 'Unexpected error in netwerk. Run the command again with --debug and report what you see.';
  io.stderr.write(`${style.red('netwerk:')} ${message}\n`);
  if (debug && error instanceof Error) io.stderr.write(`${error.stack ?? error.message}\n`);
  return 2;
}

function causeStack(error: AppError): string {
  const cause = error.cause;
  return cause instanceof Error && cause.stack ? `Caused by: ${cause.stack}\n` : '';
}
