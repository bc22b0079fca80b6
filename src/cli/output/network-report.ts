import type { UserLanguage } from '../../core/i18n/languages.js';
import type { StaleInvitation } from '../../core/network/find-stale-invitations.js';
import type { Visibility } from '../../core/network/weekly-visibility.js';
import type { FollowupWithDraft, ReconnectWithDraft } from '../../use-cases/network-todo.js';
import type { WeeklyPlan } from '../../use-cases/weekly-plan.js';
import type { TerminalStyle } from './terminal-style.js';
import { sanitizeForTerminal as clean } from './terminal-style.js';

const indent = (text: string, spaces: number): string =>
  text
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${clean(line)}`)
    .join('\n');

export function renderFollowups(
  items: readonly FollowupWithDraft[],
  language: UserLanguage,
  style: TerminalStyle,
  days: number,
): string {
  const nl = language === 'nl';
  if (items.length === 0)
    return `${nl ? `Geen nieuwe connecties zonder bericht in de laatste ${days} dagen.` : `No new connections without a message in the last ${days} days.`}\n`;
  const out = [
    style.bold(
      nl
        ? `Nieuwe connecties die nog een eerste bericht krijgen (${items.length})`
        : `New connections owed a first message (${items.length})`,
    ),
  ];
  for (const item of items) {
    const who =
      item.invitedBy === 'them'
        ? nl
          ? 'zij nodigden jou uit'
          : 'they invited you'
        : item.invitedBy === 'me'
          ? nl
            ? 'jij nodigde uit'
            : 'you invited them'
          : '';
    const role = [item.connection.position, item.connection.company].filter(Boolean).join(' · ');
    out.push(
      `  ${style.bold(clean(item.connection.name))}  ${style.dim([item.connection.connectedOn, role, who, item.voice.language].filter(Boolean).join(' · '))}`,
    );
    out.push(indent(item.draft, 6), '');
  }
  return `${out.join('\n')}\n`;
}

export function renderReconnects(
  items: readonly ReconnectWithDraft[],
  language: UserLanguage,
  style: TerminalStyle,
): string {
  const nl = language === 'nl';
  if (items.length === 0)
    return `${nl ? 'Niemand om weer op te zoeken: geen echte gesprekken die al zes maanden stil zijn.' : 'Nobody to look up again: no real conversations silent for six months.'}\n`;
  const out = [
    style.bold(
      nl
        ? `Tijd voor koffie of een lunch (${items.length})`
        : `Time for coffee or lunch (${items.length})`,
    ),
  ];
  for (const item of items) {
    const facts = nl
      ? `${item.sent} verstuurd, ${item.received} ontvangen · ${item.silentMonths} maanden stil · band ${item.tieStrength}`
      : `${item.sent} sent, ${item.received} received · silent ${item.silentMonths} months · tie ${item.tieStrength}`;
    out.push(`  ${style.bold(clean(item.name ?? item.personKey))}  ${style.dim(facts)}`);
    out.push(indent(item.draft, 6), '');
  }
  return `${out.join('\n')}\n`;
}

export function renderStaleSent(
  items: readonly StaleInvitation[],
  language: UserLanguage,
  style: TerminalStyle,
): string {
  const nl = language === 'nl';
  if (items.length === 0)
    return `${nl ? 'Geen verstuurde uitnodigingen die al drie weken openstaan.' : 'No sent invitations pending for three weeks.'}\n`;
  const out = [
    style.bold(
      nl
        ? `Onbeantwoorde uitnodigingen (${items.length}): trek ze in op LinkedIn`
        : `Unanswered invitations (${items.length}): withdraw them on LinkedIn`,
    ),
    style.dim(
      nl
        ? '  Na intrekken kun je dezelfde persoon tot drie weken niet opnieuw uitnodigen; veel openstaande uitnodigingen kunnen je account beperken.'
        : '  After a withdrawal LinkedIn blocks re-inviting the same person for up to three weeks; many open invitations can get your account restricted.',
    ),
  ];
  for (const item of items) {
    out.push(
      `  ${clean(item.invitation.name)}  ${style.dim(`${item.invitation.sentAt.slice(0, 10)} · ${item.daysPending} ${nl ? 'dagen' : 'days'}`)}`,
    );
  }
  return `${out.join('\n')}\n`;
}

export function renderVisibility(
  visibility: Visibility,
  language: UserLanguage,
  style: TerminalStyle,
): string {
  const nl = language === 'nl';
  const out = [
    style.bold(
      nl
        ? 'Zichtbaarheid per week (berichten · reacties · likes)'
        : 'Visibility per week (posts · comments · reactions)',
    ),
  ];
  for (const week of visibility.weeks) {
    const bar = '█'.repeat(Math.min(30, week.posts * 3 + week.comments * 2 + week.reactions));
    out.push(
      `  ${week.week}  ${String(week.posts).padStart(2)} · ${String(week.comments).padStart(2)} · ${String(week.reactions).padStart(3)}  ${style.cyan(bar)}`,
    );
  }
  if (visibility.nudge) {
    out.push(
      style.yellow(
        nl
          ? '  Je plaatste of reageerde de laatste twee weken niet: deel iets nuttigs of reageer op een bericht van een connectie.'
          : '  You did not post or comment in the last two weeks: share something useful or comment on a connection’s post.',
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

export function renderWeeklyPlan(
  plan: WeeklyPlan,
  language: UserLanguage,
  style: TerminalStyle,
): string {
  const nl = language === 'nl';
  const out = [
    style.bold(`${nl ? 'Netwerkplan voor week' : 'Networking plan for week'} ${plan.week.key}`),
    '',
  ];
  plan.actions.forEach((action, index) => out.push(`  ${index + 1}. ${action}`));
  out.push('');
  if (plan.invitations.items.length > 0) {
    out.push(style.bold(nl ? 'Uitnodigingen' : 'Invitations'));
    for (const item of plan.invitations.items)
      out.push(`  ${item.verdict.padEnd(7)} ${clean(item.name)}`);
    out.push('');
  }
  if (plan.followups.items.length > 0)
    out.push(renderFollowups(plan.followups.items, language, style, 60));
  if (plan.reconnects.items.length > 0)
    out.push(renderReconnects(plan.reconnects.items, language, style));
  if (plan.sent.items.length > 0) out.push(renderStaleSent(plan.sent.items, language, style));
  if (plan.giveBack.length > 0) {
    out.push(style.bold(nl ? 'Geven en nemen' : 'Giving and taking'));
    for (const suggestion of plan.giveBack)
      out.push(`  ${clean(suggestion.text)}`, style.dim(`    ${clean(suggestion.reason)}`));
    out.push('');
  }
  out.push(renderVisibility(plan.visibility, language, style));
  return `${out.join('\n')}\n`;
}
