import { fixInvitationNote } from '../../core/compose/fix-invitation-note.js';
import { lintInvitationNote } from '../../core/compose/lint-invitation-note.js';
import { AppError } from '../../core/errors/app-error.js';
import { noteLimitFor } from '../../core/settings/user-settings.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';
import { parseLimitOption } from './limit-option.js';

interface LintOptions {
  to?: string;
  limit?: string;
  fix?: boolean;
}

export const registerLintCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('lint')
    .description(
      t({
        nl: 'controleer een uitnodigingsnotitie op lengte, haakje, vraag, naam, dank en ondertekening',
        en: 'check an invitation note for length, hook, ask, name, thanks and sign-off',
      }),
    )
    .argument(
      '[text]',
      t({
        nl: 'de notitie, of - om hem via stdin te lezen',
        en: 'the note, or - to read it from stdin',
      }),
    )
    .option('--to <name>', t({ nl: 'naam van de ontvanger', en: "the recipient's name" }))
    .option(
      '--limit <chars>',
      t({
        nl: 'tekenlimiet: 300 of 200 (standaard: je account)',
        en: 'character limit: 300 or 200 (default: your account)',
      }),
    )
    .option(
      '--fix',
      t({ nl: 'stel een versie binnen de limiet voor', en: 'propose a version within the limit' }),
    )
    .action(
      kit.action((context, text: string | undefined, options: LintOptions) =>
        runLint(context, text, options),
      ),
    );
};

async function runLint(
  context: CliContext,
  argument: string | undefined,
  options: LintOptions,
): Promise<ExitCode> {
  const text = argument === '-' ? await readStdin(context) : argument;
  if (text === undefined || text.trim() === '') {
    throw new AppError('usage', {
      message:
        context.language === 'nl'
          ? 'Geef de notitie als tekst, of - om hem via standaardinvoer te lezen'
          : 'Give the note as text, or - to read it from standard input',
    });
  }
  const note = text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  const limit = parseLimitOption(options.limit, noteLimitFor(context.settings), context.language);
  const signature = context.settings.signature;
  const result = lintInvitationNote(note, {
    limit,
    language: context.language,
    ...(options.to ? { recipientName: options.to } : {}),
    ...(signature ? { signature } : {}),
  });
  const fix = options.fix
    ? fixInvitationNote(note, {
        limit,
        ...(options.to ? { recipientName: options.to } : {}),
        ...(signature ? { signature } : {}),
      })
    : undefined;
  const cannotFix =
    context.language === 'nl'
      ? `Zonder naam, haakje, vraag en ondertekening te verliezen past de notitie niet binnen ${limit} tekens: maak het haakje zelf korter.`
      : `The note cannot fit within ${limit} characters without losing the name, hook, ask or sign-off: shorten the hook yourself.`;

  const { stdout, stderr } = context.io;
  if (context.json) {
    const output = {
      ...result,
      ...(fix?.fixed ? { fixed: fix.text, fixedChars: fix.chars, fixSteps: fix.steps } : {}),
      ...(fix && !fix.fixed ? { fixError: cannotFix } : {}),
    };
    stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    const out = context.out;
    const verdict = result.ok
      ? out.green('OK')
      : out.red(context.language === 'nl' ? 'NIET OK' : 'NOT OK');
    stdout.write(
      `${verdict} ${out.dim(`${result.chars}/${limit} ${context.language === 'nl' ? 'tekens' : 'characters'}`)}\n`,
    );
    for (const finding of result.findings) {
      const mark = finding.severity === 'error' ? out.red('✗') : out.yellow('!');
      stdout.write(`  ${mark} ${finding.code}: ${finding.text}\n`);
    }
    if (fix?.fixed) {
      stdout.write(
        `\n${out.bold(context.language === 'nl' ? 'Voorstel' : 'Suggestion')} ${out.dim(`(${fix.chars}/${limit})`)}\n${sanitizeForTerminal(fix.text)}\n`,
      );
    }
  }
  if (fix && !fix.fixed) stderr.write(`${cannotFix}\n`);
  return result.ok ? 0 : 1;
}

async function readStdin(context: CliContext): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of context.io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
