import type { UserLanguage } from '../../core/i18n/languages.js';
import type { InvitationRecordError } from '../../core/invitation/parse-invitation-record.js';
import type { TriageResult, TriageVerdict } from '../../core/triage/triage-result.js';
import type { TerminalStyle } from './terminal-style.js';
import { sanitizeForTerminal } from './terminal-style.js';

const verdictOrder: TriageVerdict[] = ['caution', 'accept', 'review', 'ignore'];

const headings: Record<TriageVerdict, Record<UserLanguage, string>> = {
  caution: { nl: 'VOORZICHTIG: niet accepteren', en: 'CAUTION: do not accept' },
  accept: { nl: 'ACCEPTEREN en meteen antwoorden', en: 'ACCEPT and reply right away' },
  review: { nl: 'BEKIJKEN: eerst het profiel nalopen', en: 'REVIEW: check the profile first' },
  ignore: { nl: 'NEGEREN', en: 'IGNORE' },
};

const labels = {
  reply: { nl: 'Antwoord', en: 'Reply' },
  note: {
    nl: { none: 'geen notitie', generic: 'onpersoonlijk', personal: 'persoonlijk' },
    en: { none: 'no note', generic: 'impersonal', personal: 'personal' },
  },
  errors: { nl: 'Niet te lezen', en: 'Could not read' },
  line: { nl: 'regel', en: 'line' },
  summary: { nl: 'uitnodigingen', en: 'invitations' },
} as const;

function colourFor(verdict: TriageVerdict, style: TerminalStyle): (text: string) => string {
  return { caution: style.red, accept: style.green, review: style.yellow, ignore: style.dim }[
    verdict
  ];
}

/** The human view: grouped by verdict, most urgent first, with reasons and the reply to paste. */
export function renderTriageTable(
  results: readonly TriageResult[],
  errors: readonly InvitationRecordError[],
  language: UserLanguage,
  style: TerminalStyle,
): string {
  const out: string[] = [];
  const clean = sanitizeForTerminal;
  for (const verdict of verdictOrder) {
    const group = results.filter((result) => result.verdict === verdict);
    if (group.length === 0) continue;
    const colour = colourFor(verdict, style);
    out.push(colour(style.bold(`${headings[verdict][language]} (${group.length})`)));
    for (const result of group) {
      const noteLabel = labels.note[language][result.noteKind];
      out.push(
        `  ${style.bold(clean(result.name))}  ${style.dim(`#${clean(result.id)} · ${noteLabel} · ${result.language}`)}`,
      );
      for (const reason of result.reasons) out.push(`    - ${clean(reason.text)}`);
      if (result.reply) {
        out.push(`    ${style.cyan(`${labels.reply[language]}:`)}`);
        for (const line of result.reply.split('\n')) out.push(`      ${clean(line)}`);
      }
      out.push('');
    }
  }
  if (errors.length > 0) {
    out.push(style.red(style.bold(`${labels.errors[language]} (${errors.length})`)));
    for (const error of errors) {
      out.push(
        `  #${clean(error.id)} ${labels.line[language]} ${error.line}: ${clean(error.error.field)} ${clean(error.error.message)}`,
      );
    }
    out.push('');
  }
  const counts = verdictOrder
    .map(
      (verdict) =>
        [verdict, results.filter((result) => result.verdict === verdict).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`)
    .join(', ');
  out.push(
    style.dim(`${results.length} ${labels.summary[language]}${counts ? `: ${counts}` : ''}`),
  );
  return `${out.join('\n')}\n`;
}
