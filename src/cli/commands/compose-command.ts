import { Option } from 'commander';
import { composeInvitationNotes } from '../../core/compose/compose-invitation-notes.js';
import { lintInvitationNote } from '../../core/compose/lint-invitation-note.js';
import type { HookContext } from '../../core/compose/note-phrasings.js';
import { AppError } from '../../core/errors/app-error.js';
import type { DraftLanguage } from '../../core/i18n/languages.js';
import { noteLimitFor } from '../../core/settings/user-settings.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';
import { parseLimitOption } from './limit-option.js';

interface ComposeOptions {
  to?: string;
  hook?: string;
  context?: HookContext;
  pointer?: string;
  limit?: string;
}

export const registerComposeCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('compose')
    .description(
      t({
        nl: 'schrijf persoonlijke uitnodigingsnotities binnen de limiet (naam, haakje, vraag, dank, ondertekening)',
        en: 'draft personal invitation notes within the limit (name, hook, ask, thanks, sign-off)',
      }),
    )
    .requiredOption('--to <name>', t({ nl: 'naam van de ontvanger', en: "the recipient's name" }))
    .requiredOption(
      '--hook <text>',
      t({
        nl: 'wat jullie delen, in je eigen woorden (bijv. "de lunchlezing van de KvK in Breda")',
        en: 'what you share, in your own words (e.g. "the HR Tech Forum in Rotterdam")',
      }),
    )
    .addOption(
      new Option('--context <kind>', t({ nl: 'soort haakje', en: 'kind of hook' }))
        .choices(['event', 'content', 'mutual', 'organisation', 'other'])
        .default('other'),
    )
    .option(
      '--pointer <text>',
      t({
        nl: 'verwijzing naar je eigen werk of passie',
        en: 'a pointer to your own work or passion',
      }),
    )
    .option(
      '--limit <chars>',
      t({
        nl: 'tekenlimiet: 300 of 200 (standaard: je account)',
        en: 'character limit: 300 or 200 (default: your account)',
      }),
    )
    .action(
      kit.action((context, options: ComposeOptions) => runCompose(context, options), {
        allowDraftLanguage: true,
      }),
    );
};

function runCompose(context: CliContext, options: ComposeOptions): ExitCode {
  const to = options.to?.trim() ?? '';
  const hook = options.hook?.trim() ?? '';
  if (!to || !hook) {
    throw new AppError('usage', {
      message:
        context.language === 'nl'
          ? '--to en --hook mogen niet leeg zijn'
          : '--to and --hook must not be empty',
    });
  }
  const limit = parseLimitOption(options.limit, noteLimitFor(context.settings), context.language);
  const language: DraftLanguage = context.languageFlag ?? context.settings.language;
  const signature = context.settings.signature ?? context.settings.name;
  const drafts = composeInvitationNotes({
    to,
    hook,
    context: options.context ?? 'other',
    language,
    limit,
    ...(options.pointer ? { pointer: options.pointer } : {}),
    ...(signature ? { signature } : {}),
  }).map((draft) => ({
    ...draft,
    findings: lintInvitationNote(draft.text, {
      limit,
      recipientName: to,
      language: context.language,
      ...(signature ? { signature } : {}),
    }).findings,
  }));
  const { stdout, stderr } = context.io;
  if (context.json) {
    stdout.write(`${JSON.stringify({ drafts, limit, language }, null, 2)}\n`);
  } else {
    const label = context.language === 'nl' ? 'Concept' : 'Draft';
    const chars = context.language === 'nl' ? 'tekens' : 'characters';
    drafts.forEach((draft, index) => {
      stdout.write(
        `${context.out.bold(`${label} ${index + 1}`)} ${context.out.dim(`(${draft.chars}/${limit} ${chars})`)}\n`,
      );
      stdout.write(`${sanitizeForTerminal(draft.text)}\n`);
      for (const finding of draft.findings)
        stdout.write(context.out.yellow(`  ! ${finding.text}\n`));
      stdout.write('\n');
    });
  }
  if (drafts.length === 0) {
    stderr.write(
      context.language === 'nl'
        ? `Geen concept past binnen ${limit} tekens: maak het haakje korter.\n`
        : `No draft fits within ${limit} characters: shorten the hook.\n`,
    );
    return 1;
  }
  if (!signature) {
    stderr.write(
      context.language === 'nl'
        ? 'Tip: zet je naam en ondertekening in de configuratie (`netwerk config init --signature ...`).\n'
        : 'Tip: put your name and signature in the config (`netwerk config init --signature ...`).\n',
    );
  }
  return 0;
}
