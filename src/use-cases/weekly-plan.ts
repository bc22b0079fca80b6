import type { UserLanguage } from '../core/i18n/languages.js';
import type { IsoWeek } from '../core/network/iso-week.js';
import { isoWeekOf } from '../core/network/iso-week.js';
import type { Visibility } from '../core/network/weekly-visibility.js';
import type { TriageVerdict } from '../core/triage/triage-result.js';
import type {
  FollowupWithDraft,
  PendingTriage,
  ReconnectWithDraft,
  TodoContext,
} from './network-todo.js';
import {
  listFollowups,
  listReconnects,
  listStaleSent,
  loadVisibility,
  triagePendingInvitations,
} from './network-todo.js';
import type { StaleInvitation } from '../core/network/find-stale-invitations.js';
import type { GiveBackSuggestion } from '../core/give-and-take/give-back.js';
import { listGiveBackSuggestions } from './ledger.js';

export interface WeeklyPlan {
  week: IsoWeek;
  generatedAt: string;
  invitations: {
    pending: number;
    byVerdict: Record<TriageVerdict, number>;
    items: PendingTriage[];
  };
  followups: { count: number; items: FollowupWithDraft[] };
  reconnects: { count: number; items: ReconnectWithDraft[] };
  sent: { count: number; items: StaleInvitation[] };
  visibility: Visibility;
  /** Playbook §6, giving and taking: the three people you owe most, with what to give back. */
  giveBack: GiveBackSuggestion[];
  /** The plan in plain words, most urgent first, in the user's language. */
  actions: string[];
}

export const weeklyPlanLimits = {
  invitations: 10,
  followups: 5,
  reconnects: 3,
  sent: 5,
  giveBack: 3,
} as const;

/**
 * `netwerk week`: playbook §6 as one list for the week ahead. A caller that already triaged the
 * pending invitations (the web server keeps them) passes them as `pending`, unmarked ones only.
 */
export async function buildWeeklyPlan(
  context: TodoContext,
  options: { followupDays?: number; pending?: PendingTriage[] } = {},
): Promise<WeeklyPlan> {
  const [invitations, followups, reconnects, sent, visibility, giveBack] = await Promise.all([
    options.pending ?? triagePendingInvitations(context),
    listFollowups(context, options.followupDays ?? 60),
    listReconnects(context, weeklyPlanLimits.reconnects),
    listStaleSent(context),
    loadVisibility(context),
    listGiveBackSuggestions(context, weeklyPlanLimits.giveBack),
  ]);
  const byVerdict: Record<TriageVerdict, number> = { caution: 0, accept: 0, review: 0, ignore: 0 };
  for (const result of invitations) byVerdict[result.verdict] += 1;
  const plan: Omit<WeeklyPlan, 'actions'> = {
    week: isoWeekOf(context.now, context.timeZone),
    generatedAt: context.now.toISOString(),
    invitations: {
      pending: invitations.length,
      byVerdict,
      items: invitations.slice(0, weeklyPlanLimits.invitations),
    },
    followups: { count: followups.length, items: followups.slice(0, weeklyPlanLimits.followups) },
    reconnects: { count: reconnects.length, items: reconnects },
    sent: { count: sent.length, items: sent.slice(0, weeklyPlanLimits.sent) },
    visibility,
    giveBack,
  };
  return { ...plan, actions: describeActions(plan, context.settings.language) };
}

function describeActions(plan: Omit<WeeklyPlan, 'actions'>, language: UserLanguage): string[] {
  const nl = language === 'nl';
  const actions: string[] = [];
  const { byVerdict } = plan.invitations;
  if (byVerdict.caution > 0)
    actions.push(
      nl
        ? `Negeer en meld ${byVerdict.caution} verdachte uitnodiging(en).`
        : `Ignore and report ${byVerdict.caution} suspicious invitation(s).`,
    );
  if (byVerdict.accept > 0)
    actions.push(
      nl
        ? `Accepteer ${byVerdict.accept} uitnodiging(en) en stuur meteen het antwoord.`
        : `Accept ${byVerdict.accept} invitation(s) and send the reply right away.`,
    );
  if (byVerdict.review > 0)
    actions.push(
      nl
        ? `Bekijk het profiel bij ${byVerdict.review} uitnodiging(en) en leg vast wat je ziet (\`netwerk inviter set\`).`
        : `Look at the profile of ${byVerdict.review} inviter(s) and record what you see (\`netwerk inviter set\`).`,
    );
  if (byVerdict.ignore > 0)
    actions.push(
      nl
        ? `Negeer ${byVerdict.ignore} onpersoonlijke uitnodiging(en) met een zwak profiel.`
        : `Ignore ${byVerdict.ignore} impersonal invitation(s) from weak profiles.`,
    );
  if (plan.followups.count > 0)
    actions.push(
      nl
        ? `Stuur ${plan.followups.count} nieuwe connectie(s) een eerste bericht.`
        : `Send ${plan.followups.count} new connection(s) a first message.`,
    );
  if (plan.reconnects.count > 0)
    actions.push(
      nl
        ? `Nodig ${plan.reconnects.count} oude bekende(n) uit voor koffie of een lunch.`
        : `Invite ${plan.reconnects.count} old contact(s) for coffee or lunch.`,
    );
  if (plan.sent.count > 0)
    actions.push(
      nl
        ? `Trek ${plan.sent.count} onbeantwoorde uitnodiging(en) in (ouder dan drie weken).`
        : `Withdraw ${plan.sent.count} unanswered invitation(s) (older than three weeks).`,
    );
  for (const suggestion of plan.giveBack) actions.push(`${suggestion.text} (${suggestion.reason})`);
  if (plan.visibility.nudge)
    actions.push(
      nl
        ? 'Plaats een bericht of reageer op anderen: je was twee weken niet zichtbaar.'
        : 'Post something or comment on others: you were not visible for two weeks.',
    );
  if (actions.length === 0)
    actions.push(
      nl
        ? 'Niets dringends: tijd om iemand uit je netwerk te helpen.'
        : 'Nothing urgent: a good week to help someone in your network.',
    );
  return actions;
}
