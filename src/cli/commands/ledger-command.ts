import { AppError } from '../../core/errors/app-error.js';
import type { Ledger, LedgerEntry, LedgerItem } from '../../core/give-and-take/build-ledger.js';
import type { GiftKind } from '../../core/give-and-take/gift.js';
import { giftKinds } from '../../core/give-and-take/gift.js';
import { describeGiftCounts } from '../../core/give-and-take/give-back.js';
import type { UserLanguage } from '../../core/i18n/languages.js';
import { openStore } from '../../store/open-store.js';
import { loadLedger, loadLedgerEntry } from '../../use-cases/ledger.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';

const kindWords: Record<UserLanguage, Record<GiftKind, string>> = {
  en: {
    recommendation: 'recommendation',
    introduction: 'introduction',
    endorsement: 'endorsement',
    help: 'offer of help',
  },
  nl: {
    recommendation: 'aanbeveling',
    introduction: 'introductie',
    endorsement: 'onderschrijving',
    help: 'hulpaanbod',
  },
};

/** `netwerk ledger [PERSON]`: who gave what, most owed first, with what to give back. */
export const registerLedgerCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('ledger')
    .description(
      t({
        nl: 'geven en nemen: wat je per persoon gaf en kreeg, wie je iets terug kunt geven en hoe',
        en: 'give and take: what you gave and got per person, whom to give back to and how',
      }),
    )
    .argument('[person]', t({ nl: 'profiel-URL of naam', en: 'profile URL or name' }))
    .option(
      '--limit <n>',
      t({
        nl: 'hoeveel mensen (standaard 20; 0 = iedereen)',
        en: 'how many people (default 20; 0 = everyone)',
      }),
      '20',
    )
    .action(
      kit.action((context, person: string | undefined, options: { limit?: string }) =>
        runLedger(context, person, options.limit),
      ),
    );
};

async function runLedger(
  context: CliContext,
  person: string | undefined,
  limitText: string | undefined,
): Promise<ExitCode> {
  const limit = Number(limitText ?? '20');
  if (!Number.isInteger(limit) || limit < 0) {
    throw new AppError('usage', {
      message:
        context.language === 'nl'
          ? `--limit ${limitText}: geef een aantal (0 = iedereen)`
          : `--limit ${limitText}: give a number (0 = everyone)`,
    });
  }
  const store = await openStore(context.databaseLocation);
  try {
    const ledgerContext = { store, settings: context.settings, now: context.now };
    if (person !== undefined) {
      const entry = await loadLedgerEntry(ledgerContext, person);
      if (context.json) writeJson(context, entry);
      else context.io.stdout.write(renderEntry(entry, context));
    } else {
      const ledger = await loadLedger(ledgerContext);
      if (context.json) writeJson(context, ledger);
      else context.io.stdout.write(renderLedger(ledger, limit, context));
    }
  } finally {
    await store.close();
  }
  return 0;
}

const writeJson = (context: CliContext, value: unknown): void => {
  context.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

const signed = (balance: number): string => (balance > 0 ? `+${balance}` : String(balance));

function exchange(entry: LedgerEntry, language: UserLanguage): string {
  const nl = language === 'nl';
  const received = describeGiftCounts(entry.received, language) || (nl ? 'niets' : 'nothing');
  const given = describeGiftCounts(entry.given, language) || (nl ? 'niets' : 'nothing');
  return nl
    ? `je kreeg: ${received}; je gaf: ${given}`
    : `you got: ${received}; you gave: ${given}`;
}

function pointsLine(ledger: Ledger, language: UserLanguage): string {
  const points = giftKinds.map((kind) => `${kindWords[language][kind]} ${ledger.points[kind]}`);
  return language === 'nl'
    ? `punten: ${points.join(', ')}; saldo = wat jij kreeg min wat jij gaf; stand per ${ledger.asOf.slice(0, 10)}`
    : `points: ${points.join(', ')}; balance = what you got minus what you gave; as of ${ledger.asOf.slice(0, 10)}`;
}

function renderLedger(ledger: Ledger, limit: number, context: CliContext): string {
  const { language, out } = context;
  const nl = language === 'nl';
  if (ledger.people.length === 0) {
    return nl
      ? 'Nog niets gegeven of gekregen: importeer je export (netwerk import), met Endorsement_*_Info.csv en Recommendations_*.csv.\n'
      : 'Nothing given or received yet: import your export (netwerk import), with Endorsement_*_Info.csv and Recommendations_*.csv.\n';
  }
  const shown = limit === 0 ? ledger.people : ledger.people.slice(0, limit);
  const lines = [
    out.bold(
      nl
        ? 'Geven en nemen, wie je het meest schuldig bent eerst'
        : 'Give and take, most owed first',
    ),
    out.dim(pointsLine(ledger, language)),
    '',
  ];
  shown.forEach((entry, index) => {
    const about = [entry.position, entry.company].filter(Boolean).join(', ');
    lines.push(
      `${String(index + 1).padStart(2)}. ${out.bold(sanitizeForTerminal(entry.name))} ${out.cyan(signed(entry.balance))}${about ? out.dim(`  ${sanitizeForTerminal(about)}`) : ''}`,
      `    ${exchange(entry, language)}`,
    );
    if (entry.suggestion) lines.push(`    → ${sanitizeForTerminal(entry.suggestion.text)}`);
  });
  if (shown.length < ledger.people.length) {
    const more = ledger.people.length - shown.length;
    lines.push(
      '',
      out.dim(
        nl
          ? `Nog ${more} mensen: --limit 0 toont iedereen.`
          : `${more} more: --limit 0 shows everyone.`,
      ),
    );
  }
  const unmatched = [
    describeGiftCounts(ledger.unmatched.received, language),
    describeGiftCounts(ledger.unmatched.given, language),
  ];
  if (unmatched.some(Boolean)) {
    lines.push(
      '',
      out.dim(
        nl
          ? `Niet aan één connectie te koppelen (geen connectie, of een naam die twee connecties delen): ontvangen ${unmatched[0] || 'niets'}; gegeven ${unmatched[1] || 'niets'}.`
          : `Not tied to one connection (not connected, or a name two connections share): received ${unmatched[0] || 'nothing'}; given ${unmatched[1] || 'nothing'}.`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

function describeItem(item: LedgerItem, language: UserLanguage): string {
  const arrow = item.direction === 'received' ? '←' : '→';
  const detail = item.detail ? `: ${sanitizeForTerminal(item.detail)}` : '';
  return `${item.at ? item.at.slice(0, 10) : '          '}  ${arrow} ${kindWords[language][item.kind]}${detail}`;
}

function renderEntry(entry: LedgerEntry, context: CliContext): string {
  const { language, out } = context;
  const nl = language === 'nl';
  const about = [entry.position, entry.company].filter(Boolean).join(', ');
  const lines = [
    `${out.bold(sanitizeForTerminal(entry.name))}${about ? ` (${sanitizeForTerminal(about)})` : ''}${entry.profileUrl ? out.dim(`  ${sanitizeForTerminal(entry.profileUrl)}`) : ''}`,
    nl
      ? `Saldo ${signed(entry.balance)}: je kreeg ${entry.receivedPoints} punten (${describeGiftCounts(entry.received, language) || 'niets'}), je gaf ${entry.givenPoints} punten (${describeGiftCounts(entry.given, language) || 'niets'})`
      : `Balance ${signed(entry.balance)}: you got ${entry.receivedPoints} points (${describeGiftCounts(entry.received, language) || 'nothing'}), you gave ${entry.givenPoints} points (${describeGiftCounts(entry.given, language) || 'nothing'})`,
    '',
  ];
  if (entry.timeline.length === 0) {
    lines.push(nl ? 'Nog niets gegeven of gekregen.' : 'Nothing given or received yet.');
  } else {
    lines.push(out.dim(nl ? '← jij kreeg, → jij gaf' : '← you got, → you gave'));
    for (const item of entry.timeline) lines.push(describeItem(item, language));
  }
  if (entry.suggestion) lines.push('', `→ ${sanitizeForTerminal(entry.suggestion.text)}`);
  return `${lines.join('\n')}\n`;
}
