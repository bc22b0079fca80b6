import type { UserLanguage } from '../../core/i18n/languages.js';
import type { StaleInvitation } from '../../core/network/find-stale-invitations.js';
import type { Visibility } from '../../core/network/weekly-visibility.js';
import type { FollowupWithDraft, ReconnectWithDraft } from '../../use-cases/network-todo.js';
import type { TriageVerdict } from '../../core/triage/triage-result.js';
import type { WeeklyPlan } from '../../use-cases/weekly-plan.js';
import type { TerminalStyle } from './terminal-style.js';
import { sanitizeForTerminal as clean } from './terminal-style.js';

const indent = (text: string, spaces: number): string =>
  text
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${clean(line)}`)
    .join('\n');

/** The week shows the first few of a list: say how many more there are and where. */
function moreLine(
  shown: number,
  total: number,
  command: string,
  language: UserLanguage,
  style: TerminalStyle,
): string[] {
  if (total <= shown) return [];
  const more = total - shown;
  return [
    style.dim(
      language === 'nl'
        ? `  … en nog ${more}: \`${command}\``
        : `  … and ${more} more: \`${command}\``,
    ),
    '',
  ];
}

export function renderFollowups(
  items: readonly FollowupWithDraft[],
  language: UserLanguage,
  style: TerminalStyle,
  days: number,
  total = items.length,
): string {
  const nl = language === 'nl';
  if (items.length === 0)
    return `${nl ? `Geen nieuwe connecties zonder bericht in de laatste ${days} dagen.` : `No new connections without a message in the last ${days} days.`}\n`;
  const out = [
    style.bold(
      nl
        ? `Nieuwe connecties die nog een eerste bericht krijgen (${total})`
        : `New connections owed a first message (${total})`,
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
  out.push(...moreLine(items.length, total, 'netwerk followups', language, style));
  return `${out.join('\n')}\n`;
}

export function renderReconnects(
  items: readonly ReconnectWithDraft[],
  language: UserLanguage,
  style: TerminalStyle,
  total = items.length,
): string {
  const nl = language === 'nl';
  if (items.length === 0)
    return `${nl ? 'Niemand om weer op te zoeken: geen echte gesprekken die al zes maanden stil zijn.' : 'Nobody to look up again: no real conversations silent for six months.'}\n`;
  const out = [
    style.bold(
      nl ? `Tijd voor koffie of een lunch (${total})` : `Time for coffee or lunch (${total})`,
    ),
  ];
  for (const item of items) {
    const facts = nl
      ? `${item.sent} verstuurd, ${item.received} ontvangen · ${item.silentMonths} maanden stil · band ${item.tieStrength}`
      : `${item.sent} sent, ${item.received} received · silent ${item.silentMonths} months · tie ${item.tieStrength}`;
    out.push(`  ${style.bold(clean(item.name ?? item.personKey))}  ${style.dim(facts)}`);
    out.push(indent(item.draft, 6), '');
  }
  out.push(...moreLine(items.length, total, 'netwerk reconnect', language, style));
  return `${out.join('\n')}\n`;
}

export function renderStaleSent(
  items: readonly StaleInvitation[],
  language: UserLanguage,
  style: TerminalStyle,
  total = items.length,
): string {
  const nl = language === 'nl';
  if (items.length === 0)
    return `${nl ? 'Geen verstuurde uitnodigingen die al drie weken openstaan.' : 'No sent invitations pending for three weeks.'}\n`;
  const out = [
    style.bold(
      nl
        ? `Onbeantwoorde uitnodigingen (${total}): trek ze in op LinkedIn`
        : `Unanswered invitations (${total}): withdraw them on LinkedIn`,
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
  out.push(...moreLine(items.length, total, 'netwerk sent', language, style));
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

const verdictWords: Record<UserLanguage, Record<TriageVerdict, string>> = {
  nl: { caution: 'voorzichtig', accept: 'accepteren', review: 'bekijken', ignore: 'negeren' },
  en: { caution: 'caution', accept: 'accept', review: 'review', ignore: 'ignore' },
};

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
    const { items, pending: count } = plan.invitations;
    out.push(style.bold(`${nl ? 'Uitnodigingen' : 'Invitations'} (${count})`));
    const width = Math.max(...items.map((item) => verdictWords[language][item.verdict].length));
    for (const item of items)
      out.push(`  ${verdictWords[language][item.verdict].padEnd(width)}  ${clean(item.name)}`);
    out.push(...moreLine(items.length, count, 'netwerk triage', language, style));
    if (count <= items.length) out.push('');
  }
  const { followups, reconnects, sent } = plan;
  if (followups.items.length > 0)
    out.push(renderFollowups(followups.items, language, style, 60, followups.count));
  if (reconnects.items.length > 0)
    out.push(renderReconnects(reconnects.items, language, style, reconnects.count));
  if (sent.items.length > 0) out.push(renderStaleSent(sent.items, language, style, sent.count));
  if (plan.giveBack.length > 0) {
    out.push(style.bold(nl ? 'Geven en nemen' : 'Giving and taking'));
    for (const suggestion of plan.giveBack)
      out.push(`  ${clean(suggestion.text)}`, style.dim(`    ${clean(suggestion.reason)}`));
    out.push('');
  }
  out.push(renderVisibility(plan.visibility, language, style));
  return `${out.join('\n')}\n`;
}
