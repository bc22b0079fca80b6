import { AppError } from '../../core/errors/app-error.js';
import type { IntroductionStatus } from '../../core/give-and-take/introduction.js';
import { introductionMarks } from '../../core/give-and-take/introduction.js';
import type { DraftLanguage } from '../../core/i18n/languages.js';
import type { StoredIntroduction } from '../../store/store.js';
import type { IntroducedPerson, IntroductionPlan } from '../../use-cases/introductions.js';
import {
  listIntroductionLog,
  markIntroductionStatus,
  planIntroduction,
} from '../../use-cases/introductions.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';
import { withTodoContext } from '../todo-context.js';

const languageNames: Record<DraftLanguage, { nl: string; en: string }> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  de: { nl: 'Duits', en: 'German' },
  fr: { nl: 'Frans', en: 'French' },
  es: { nl: 'Spaans', en: 'Spanish' },
  it: { nl: 'Italiaans', en: 'Italian' },
  pt: { nl: 'Portugees', en: 'Portuguese' },
};

/** `netwerk intro A B --why TEXT`, `netwerk intro list`, `netwerk intro mark ID STATUS`. */
export const registerIntroCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  const intro = program
    .command('intro')
    .description(
      t({
        nl: 'stel twee connecties aan elkaar voor: eerst ieder vragen of ze dat willen, dan de introductie',
        en: 'introduce two connections: first ask each whether they would like it, then the introduction',
      }),
    )
    .argument('[a]', t({ nl: 'profiel-URL of naam', en: 'profile URL or name' }))
    .argument('[b]', t({ nl: 'profiel-URL of naam', en: 'profile URL or name' }))
    .option(
      '--why <text>',
      t({
        nl: 'waarom ze elkaar moeten spreken, in je eigen woorden (komt letterlijk in de berichten)',
        en: 'why they should meet, in your own words (goes into the messages as written)',
      }),
    )
    .action(
      kit.action(
        (context, a: string | undefined, b: string | undefined, options: { why?: string }) =>
          runIntro(context, a, b, options.why),
        { allowDraftLanguage: true },
      ),
    );
  intro
    .command('list')
    .description(t({ nl: 'het logboek van je introducties', en: 'the log of your introductions' }))
    .action(
      kit.action(async (context) => {
        const log = await withTodoContext(context, (todo) => listIntroductionLog(todo));
        if (context.json) writeJson(context, log);
        else context.io.stdout.write(renderLog(log, context));
        return 0 as const;
      }),
    );
  intro
    .command('mark')
    .description(
      t({
        nl: 'wat er gebeurde: asked (gevraagd), accepted (beiden ja), declined (nee), done (voorgesteld)',
        en: 'what happened: asked, accepted (both said yes), declined, done (introduced)',
      }),
    )
    .argument(
      '<id>',
      t({ nl: 'het nummer uit `netwerk intro list`', en: 'the number from `netwerk intro list`' }),
    )
    .argument('<status>', introductionMarks.join(' | '))
    .action(
      kit.action(async (context, idText: string, status: string) => {
        const nl = context.language === 'nl';
        const id = Number(idText.replace(/^#/u, ''));
        if (!Number.isInteger(id) || id < 1) {
          throw new AppError('usage', {
            message: nl
              ? `${idText}: geef het nummer van een introductie`
              : `${idText}: give an introduction's number`,
          });
        }
        if (!(introductionMarks as readonly string[]).includes(status)) {
          throw new AppError('usage', {
            message: `${status}: ${nl ? 'kies' : 'choose'} ${introductionMarks.join(', ')}`,
          });
        }
        const marked = await withTodoContext(context, (todo) =>
          markIntroductionStatus(todo, id, status as Exclude<IntroductionStatus, 'drafted'>),
        );
        if (context.json) writeJson(context, marked);
        else context.io.stdout.write(`${describeEntry(marked, context)}\n`);
        return 0 as const;
      }),
    );
};

const writeJson = (context: CliContext, value: unknown): void => {
  context.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

async function runIntro(
  context: CliContext,
  a: string | undefined,
  b: string | undefined,
  why: string | undefined,
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  if (!a?.trim() || !b?.trim() || !why?.trim()) {
    throw new AppError('usage', {
      message: nl
        ? 'gebruik: netwerk intro A B --why "waarom ze elkaar moeten spreken" (of intro list, intro mark ID STATUS)'
        : 'usage: netwerk intro A B --why "why they should meet" (or intro list, intro mark ID STATUS)',
    });
  }
  const plan = await withTodoContext(context, (todo) =>
    planIntroduction(todo, { a, b }, why, {
      ...(context.languageFlag ? { language: context.languageFlag } : {}),
    }),
  );
  const draftLanguages = new Set(
    [plan.drafts.askA, plan.drafts.askB, plan.drafts.introduction].map((d) => d.language),
  );
  if (
    plan.whyLanguage !== 'und' &&
    [...draftLanguages].some((language) => language !== plan.whyLanguage)
  ) {
    const other = [...draftLanguages].filter((language) => language !== plan.whyLanguage);
    context.io.stderr.write(
      nl
        ? `Tip: --why lijkt ${languageNames[plan.whyLanguage].nl}, maar een bericht is in het ${other.map((l) => languageNames[l].nl).join(' en ')}; herschrijf die reden in die taal, of kies één taal met --lang.\n`
        : `Tip: --why reads as ${languageNames[plan.whyLanguage].en}, but a message is in ${other.map((l) => languageNames[l].en).join(' and ')}; rewrite the reason there, or choose one language with --lang.\n`,
    );
  }
  if (context.json) {
    writeJson(context, {
      introduction: plan.introduction,
      people: [plan.a, plan.b],
      drafts: plan.drafts,
      whyLanguage: plan.whyLanguage,
    });
  } else {
    context.io.stdout.write(renderPlan(plan, context));
  }
  return 0;
}

function voiceNote(person: IntroducedPerson, context: CliContext): string {
  const nl = context.language === 'nl';
  const name = languageNames[person.language][context.language];
  const from = {
    flag: nl ? 'gekozen met --lang' : 'chosen with --lang',
    messages: nl ? 'uit de berichten' : 'from their messages',
    user: nl ? 'jouw taal: geen berichten' : 'your language: no messages',
  }[person.languageSource];
  return `${name}, ${from}`;
}

const indent = (text: string): string =>
  `${sanitizeForTerminal(text)
    .split('\n')
    .map((line) => (line ? `   ${line}` : ''))
    .join('\n')}\n`;

function renderPlan(plan: IntroductionPlan, context: CliContext): string {
  const nl = context.language === 'nl';
  const { out } = context;
  const { id, status } = plan.introduction;
  const lines = [
    out.bold(
      `${nl ? 'Introductie' : 'Introduction'} #${id} (${status}): ${sanitizeForTerminal(plan.a.name)} ${nl ? 'en' : 'and'} ${sanitizeForTerminal(plan.b.name)}`,
    ),
    '',
    `1. ${nl ? 'Vraag eerst' : 'First ask'} ${sanitizeForTerminal(plan.a.name)} (${voiceNote(plan.a, context)}):`,
    indent(plan.drafts.askA.text),
    `2. ${nl ? 'Vraag' : 'Ask'} ${sanitizeForTerminal(plan.b.name)} (${voiceNote(plan.b, context)}):`,
    indent(plan.drafts.askB.text),
    `3. ${nl ? 'Zeiden beiden ja: één groepsbericht aan allebei' : 'Once both said yes: one group message to both'} (${languageNames[plan.drafts.introduction.language][context.language]}):`,
    indent(plan.drafts.introduction.text),
    out.dim(
      nl
        ? `Daarna: netwerk intro mark ${id} asked, dan accepted of declined, dan done.`
        : `Then: netwerk intro mark ${id} asked, then accepted or declined, then done.`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function describeEntry(entry: StoredIntroduction, context: CliContext): string {
  const at =
    {
      drafted: entry.createdAt,
      asked: entry.askedAt,
      accepted: entry.acceptedAt,
      declined: entry.declinedAt,
      done: entry.doneAt,
    }[entry.status] ?? entry.createdAt;
  return `#${entry.id}  ${entry.status.padEnd(8)}  ${at.slice(0, 10)}  ${sanitizeForTerminal(entry.a.name)} ${context.language === 'nl' ? 'en' : 'and'} ${sanitizeForTerminal(entry.b.name)}`;
}

function renderLog(log: readonly StoredIntroduction[], context: CliContext): string {
  const nl = context.language === 'nl';
  if (log.length === 0) {
    return nl
      ? 'Nog geen introducties. Begin met: netwerk intro A B --why "…"\n'
      : 'No introductions yet. Start with: netwerk intro A B --why "…"\n';
  }
  return log
    .map(
      (entry) =>
        `${describeEntry(entry, context)}\n${context.out.dim(`      ${sanitizeForTerminal(entry.why)}`)}\n`,
    )
    .join('');
}
