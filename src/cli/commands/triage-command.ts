import { Option } from 'commander';
import type { InvitationRecordError } from '../../core/invitation/parse-invitation-record.js';
import type { LanguageScorer } from '../../core/language/detect-language.js';
import type { TriageResult } from '../../core/triage/triage-result.js';
import { triageInvitation } from '../../core/triage/triage-invitation.js';
import { openInvitationSource } from '../../input/read-invitations.js';
import { loadEldLanguageScorer } from '../../language-detector/eld-language-scorer.js';
import { triagePendingInvitations } from '../../use-cases/network-todo.js';
import type { CliContext } from '../cli-context.js';
import { withTodoContext } from '../todo-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { BufferedWriter } from '../output/line-writer.js';
import { renderTriageTable } from '../output/triage-table.js';

type OutputFormat = 'table' | 'json' | 'jsonl';

interface TriageOptions {
  format?: OutputFormat;
  all?: boolean;
}

export const registerTriageCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('triage')
    .description(
      t({
        nl: 'beoordeel binnengekomen uitnodigingen: oordeel, redenen en een antwoord om te plakken',
        en: 'triage incoming invitations: verdict, reasons and a reply to paste',
      }),
    )
    .argument(
      '[file]',
      t({
        nl: 'JSON Lines, JSON-array of Invitations.csv; - voor stdin',
        en: 'JSON Lines, a JSON array or Invitations.csv; - for stdin',
      }),
    )
    .addOption(
      new Option(
        '--format <format>',
        t({
          nl: 'uitvoer: table (terminal), json of jsonl (pijp)',
          en: 'output: table (terminal), json or jsonl (pipe)',
        }),
      ).choices(['table', 'json', 'jsonl']),
    )
    .option(
      '--all',
      t({
        nl: 'zonder bestand: ook uitnodigingen die je al afhandelde',
        en: 'without a file: also invitations you already handled',
      }),
    )
    .action(
      kit.action((context, file: string | undefined, options: TriageOptions) =>
        runTriage(context, file, options),
      ),
    );
};

async function runTriage(
  context: CliContext,
  file: string | undefined,
  options: TriageOptions,
): Promise<ExitCode> {
  if (file === undefined) return runTriageFromDatabase(context, options);
  const format: OutputFormat = context.json
    ? 'json'
    : (options.format ?? (context.io.stdout.isTTY ? 'table' : 'jsonl'));
  const source = await openInvitationSource(file, context.io.stdin, context.language);
  const { stdout, stderr } = context.io;

  let scorer: LanguageScorer | undefined;
  const results: TriageResult[] = [];
  const errors: InvitationRecordError[] = [];
  let skippedOutgoing = 0;
  let written = 0;

  const output = new BufferedWriter(stdout);
  const emit = async (value: TriageResult | InvitationRecordError): Promise<void> => {
    const json = JSON.stringify(value);
    if (format === 'jsonl') await output.write(`${json}\n`);
    else if (format === 'json') await output.write(`${written === 0 ? '[\n' : ',\n'}${json}`);
    written += 1;
  };

  for await (const record of source.records) {
    if (record.kind === 'skipped-outgoing') {
      skippedOutgoing += 1;
      continue;
    }
    if (record.kind === 'error') {
      errors.push(record.error);
      stderr.write(
        `${context.err.red('netwerk:')} ${source.label} ${context.language === 'nl' ? 'regel' : 'line'} ${record.error.line}: ${record.error.error.field} ${record.error.error.message}\n`,
      );
      if (format !== 'table') await emit(record.error);
      continue;
    }
    const { invitation } = record;
    if (!scorer && (invitation.message || invitation.from.headline || invitation.from.summary)) {
      scorer = await loadEldLanguageScorer();
    }
    const result = triageInvitation(invitation, {
      settings: context.settings,
      ...(scorer ? { scoreLanguage: scorer } : {}),
    });
    if (format === 'table') results.push(result);
    else await emit(result);
  }

  if (format === 'json') await output.write(written === 0 ? '[]\n' : '\n]\n');
  await output.flush();
  if (format === 'table')
    stdout.write(renderTriageTable(results, errors, context.language, context.out));
  if (skippedOutgoing > 0) {
    stderr.write(
      context.language === 'nl'
        ? `${skippedOutgoing} verstuurde uitnodigingen (OUTGOING) overgeslagen: triage gaat over binnengekomen uitnodigingen.\n`
        : `${skippedOutgoing} sent invitations (OUTGOING) skipped: triage is about incoming invitations.\n`,
    );
  }
  return errors.length > 0 ? 1 : 0;
}

/**
 * Without a file: the pending incoming invitations in the database (issue 4), with what the user
 * recorded about each inviter; handled ones only with --all.
 */
async function runTriageFromDatabase(
  context: CliContext,
  options: TriageOptions,
): Promise<ExitCode> {
  const format: OutputFormat = context.json
    ? 'json'
    : (options.format ?? (context.io.stdout.isTTY ? 'table' : 'jsonl'));
  const results = await withTodoContext(context, (todo) =>
    triagePendingInvitations(todo, { all: options.all === true }),
  );
  const { stdout, stderr } = context.io;
  if (format === 'table')
    stdout.write(renderTriageTable(results, [], context.language, context.out));
  else if (format === 'json') stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else for (const result of results) stdout.write(`${JSON.stringify(result)}\n`);
  if (results.length === 0) {
    stderr.write(
      context.language === 'nl'
        ? 'Geen openstaande uitnodigingen in de database. Importeer je LinkedIn-export (`netwerk import`) of geef een bestand.\n'
        : 'No pending invitations in the database. Import your LinkedIn export (`netwerk import`) or give a file.\n',
    );
  }
  return 0;
}
