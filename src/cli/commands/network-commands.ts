import { AppError } from '../../core/errors/app-error.js';
import { invitationMarks } from '../../core/invitation/inviter-facts.js';
import type { InviterFacts, InviterFactsChange } from '../../core/invitation/inviter-facts.js';
import {
  listFollowups,
  listReconnects,
  listStaleSent,
  loadVisibility,
  markInviter,
  recordInviterFacts,
} from '../../use-cases/network-todo.js';
import type { InvitationStatus } from '../../use-cases/network-todo.js';
import { buildWeeklyPlan } from '../../use-cases/weekly-plan.js';
import type { CliContext } from '../cli-context.js';
import type { RegisterCommand } from '../command-kit.js';
import {
  renderFollowups,
  renderReconnects,
  renderStaleSent,
  renderVisibility,
  renderWeeklyPlan,
} from '../output/network-report.js';
import { withTodoContext } from '../todo-context.js';

const json = (context: CliContext, value: unknown): void => {
  context.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** The network to-do commands of playbook §6: inviter, followups, reconnect, sent, visibility, week. */
export const registerNetworkCommands: RegisterCommand = (program, kit) => {
  const { t } = kit;

  const inviter = program.command('inviter').description(
    t({
      nl: 'leg vast wat je op het profiel van een uitnodiger zag, of wat je ermee deed',
      en: 'record what you saw on an inviter’s profile, or what you did',
    }),
  );
  inviter
    .command('set')
    .description(
      t({
        nl: 'wat je op het profiel zag (foto, kop, samenvatting)',
        en: 'what you saw on the profile (photo, headline, summary)',
      }),
    )
    .argument('<who>', t({ nl: 'profiel-URL of naam', en: 'profile URL or name' }))
    .option(
      '--headline <text>',
      t({ nl: 'de kop (leeg: geen kop)', en: 'the headline (empty: none)' }),
    )
    .option(
      '--summary <text>',
      t({ nl: 'de samenvatting (leeg: geen)', en: 'the summary (empty: none)' }),
    )
    .option(
      '--photo <yes|no>',
      t({ nl: 'heeft het profiel een foto?', en: 'does the profile have a photo?' }),
    )
    .option(
      '--forget <facts>',
      t({
        nl: 'vergeet feiten, weer onbekend (nog niet gekeken): photo, headline, summary, met komma’s',
        en: 'forget facts, unknown again (not looked yet): photo, headline, summary, comma-separated',
      }),
    )
    .action(
      kit.action(
        async (
          context,
          who: string,
          options: { headline?: string; summary?: string; photo?: string; forget?: string },
        ) => {
          const given: InviterFacts = {
            ...(options.headline !== undefined ? { headline: options.headline } : {}),
            ...(options.summary !== undefined ? { summary: options.summary } : {}),
            ...(options.photo !== undefined
              ? { hasPhoto: parseYesNo(options.photo, context) }
              : {}),
          };
          const forgotten =
            options.forget !== undefined ? parseForget(options.forget, context) : [];
          const clash = forgotten.find((field) => given[field] !== undefined);
          if (clash) {
            throw new AppError('usage', {
              message:
                context.language === 'nl'
                  ? `--forget ${cliFactName[clash]}: geef die niet ook een waarde`
                  : `--forget ${cliFactName[clash]}: do not also give it a value`,
            });
          }
          const facts: InviterFactsChange = {
            ...given,
            ...Object.fromEntries(forgotten.map((field) => [field, null])),
          };
          if (Object.keys(facts).length === 0) {
            throw new AppError('usage', {
              message:
                context.language === 'nl'
                  ? 'geef --headline, --summary, --photo yes|no of --forget'
                  : 'give --headline, --summary, --photo yes|no or --forget',
            });
          }
          const found = await withTodoContext(context, (todo) =>
            recordInviterFacts(todo, who, facts),
          );
          if (context.json) json(context, { personKey: found.personKey, name: found.name, facts });
          else
            context.io.stdout.write(
              `${context.language === 'nl' ? 'Vastgelegd voor' : 'Recorded for'} ${found.name}. ${context.language === 'nl' ? 'Zie `netwerk triage`.' : 'See `netwerk triage`.'}\n`,
            );
          return 0 as const;
        },
      ),
    );
  inviter
    .command('mark')
    .description(
      t({
        nl: 'wat je op LinkedIn deed: accepted, ignored of reported; pending maakt dat ongedaan',
        en: 'what you did on LinkedIn: accepted, ignored or reported; pending undoes it',
      }),
    )
    .argument('<who>', t({ nl: 'profiel-URL of naam', en: 'profile URL or name' }))
    .argument('<mark>', 'accepted | ignored | reported | pending')
    .action(
      kit.action(async (context, who: string, mark: string) => {
        if (mark !== 'pending' && !(invitationMarks as readonly string[]).includes(mark)) {
          throw new AppError('usage', {
            message: `${mark}: ${context.language === 'nl' ? 'kies' : 'choose'} accepted, ignored, reported ${context.language === 'nl' ? 'of' : 'or'} pending`,
          });
        }
        const found = await withTodoContext(context, (todo) =>
          markInviter(todo, who, mark as InvitationStatus),
        );
        if (context.json) json(context, { personKey: found.personKey, name: found.name, mark });
        else context.io.stdout.write(`${found.name}: ${mark}\n`);
        return 0 as const;
      }),
    );

  program
    .command('followups')
    .description(
      t({
        nl: 'nieuwe connecties die nog geen bericht kregen, met een eerste bericht',
        en: 'new connections without a message yet, with a first message',
      }),
    )
    .option(
      '--days <n>',
      t({ nl: 'hoeveel dagen terug (standaard 60)', en: 'how many days back (default 60)' }),
      '60',
    )
    .action(
      kit.action(async (context, options: { days: string }) => {
        const days = Number(options.days);
        if (!Number.isInteger(days) || days < 0)
          throw new AppError('usage', { message: `--days ${options.days}` });
        const items = await withTodoContext(context, (todo) => listFollowups(todo, days));
        if (context.json) json(context, { days, followups: items });
        else context.io.stdout.write(renderFollowups(items, context.language, context.out, days));
        return 0 as const;
      }),
    );

  program
    .command('reconnect')
    .description(
      t({
        nl: 'stille maar waardevolle contacten, met een uitnodiging voor koffie of lunch',
        en: 'quiet but valuable contacts, with an invitation for coffee or lunch',
      }),
    )
    .option('--top <n>', t({ nl: 'hoeveel (standaard 20)', en: 'how many (default 20)' }), '20')
    .action(
      kit.action(async (context, options: { top: string }) => {
        const top = Number(options.top);
        if (!Number.isInteger(top) || top < 1)
          throw new AppError('usage', { message: `--top ${options.top}` });
        const items = await withTodoContext(context, (todo) => listReconnects(todo, top));
        if (context.json) json(context, { reconnects: items });
        else context.io.stdout.write(renderReconnects(items, context.language, context.out));
        return 0 as const;
      }),
    );

  program
    .command('sent')
    .description(
      t({
        nl: 'verstuurde uitnodigingen die na drie weken nog openstaan',
        en: 'sent invitations still pending after three weeks',
      }),
    )
    .action(
      kit.action(async (context) => {
        const items = await withTodoContext(context, (todo) => listStaleSent(todo));
        if (context.json) json(context, { sent: items });
        else context.io.stdout.write(renderStaleSent(items, context.language, context.out));
        return 0 as const;
      }),
    );

  program
    .command('visibility')
    .description(
      t({
        nl: 'je berichten, reacties en likes per week, de laatste 12 weken',
        en: 'your posts, comments and reactions per week, the last 12 weeks',
      }),
    )
    .action(
      kit.action(async (context) => {
        const visibility = await withTodoContext(context, (todo) => loadVisibility(todo));
        if (context.json) json(context, visibility);
        else context.io.stdout.write(renderVisibility(visibility, context.language, context.out));
        return 0 as const;
      }),
    );

  program
    .command('week')
    .description(
      t({
        nl: 'je netwerkplan voor deze week: alles hierboven in één overzicht',
        en: 'your networking plan for this week: all of the above in one digest',
      }),
    )
    .action(
      kit.action(async (context) => {
        const plan = await withTodoContext(context, (todo) => buildWeeklyPlan(todo));
        if (context.json) json(context, plan);
        else context.io.stdout.write(renderWeeklyPlan(plan, context.language, context.out));
        return 0 as const;
      }),
    );
};

const cliFactName: Record<keyof InviterFacts, string> = {
  hasPhoto: 'photo',
  headline: 'headline',
  summary: 'summary',
};

/** `--forget photo,headline`: the facts to make unknown again. */
function parseForget(value: string, context: CliContext): (keyof InviterFacts)[] {
  const byName = new Map(
    Object.entries(cliFactName).map(([field, name]) => [name, field as keyof InviterFacts]),
  );
  const fields: (keyof InviterFacts)[] = [];
  for (const name of value.split(',').map((part) => part.trim().toLowerCase())) {
    const field = byName.get(name);
    if (!field) {
      throw new AppError('usage', {
        message: `--forget ${value}: ${context.language === 'nl' ? 'kies uit' : 'choose from'} photo, headline, summary`,
      });
    }
    if (!fields.includes(field)) fields.push(field);
  }
  return fields;
}

function parseYesNo(value: string, context: CliContext): boolean {
  const answer = value.trim().toLowerCase();
  if (['yes', 'y', 'ja', 'j', 'true', '1'].includes(answer)) return true;
  if (['no', 'n', 'nee', 'false', '0'].includes(answer)) return false;
  throw new AppError('usage', {
    message: `--photo ${value}: ${context.language === 'nl' ? 'geef yes of no' : 'give yes or no'}`,
  });
}
