import { draftReply } from '../compose/draft-reply.js';
import type { FollowUpKind } from '../compose/reply-phrasings.js';
import type { DetectedLanguage, DraftLanguage, UserLanguage } from '../i18n/languages.js';
import type { Invitation } from '../invitation/invitation.js';
import type { NoteClassification } from '../invitation-note/classify-invitation-note.js';
import { classifyInvitationNote } from '../invitation-note/classify-invitation-note.js';
import type { LanguageScorer } from '../language/detect-language.js';
import { detectLanguage } from '../language/detect-language.js';
import { detectRegister } from '../language/detect-register.js';
import { firstNameOf } from '../language/first-name.js';
import type { HeadlineJudgement, SummaryJudgement } from '../profile/profile-check.js';
import { judgeHeadline } from '../profile/judge-headline.js';
import { judgeSummary } from '../profile/judge-summary.js';
import { detectScamSignals } from '../safety/detect-scam-signals.js';
import { normalizeForMatching } from '../text/normalize-for-matching.js';
import type { UserSettings } from '../settings/user-settings.js';
import { describeReason, describeSignal } from './triage-texts.js';
import type {
  ProfileCheck,
  ReasonCode,
  TriageReason,
  TriageResult,
  TriageSignal,
  TriageVerdict,
} from './triage-result.js';

export interface TriageContext {
  settings: Pick<UserSettings, 'language' | 'signature'>;
  /** The n-gram language scorer (eld in the shell); without it only function words decide. */
  scoreLanguage?: LanguageScorer;
}

/** Below this many connections a profile supports (never makes) a caution (playbook §5). */
const fewConnections = 50;

/**
 * Playbook §2 and §5: caution first, then the note, then the profile. Every verdict carries
 * its reasons, and every accept a drafted reply in the note's language (else the profile's,
 * else the user's).
 */
export function triageInvitation(invitation: Invitation, context: TriageContext): TriageResult {
  const { from } = invitation;
  const userLanguage = context.settings.language;
  const note = classifyInvitationNote(invitation.message, { recipientFirstName: undefined });
  const language = languageOf(invitation, note, context.scoreLanguage);
  const headline = judgeHeadline(from.headline);
  const summary = judgeSummary(from.summary);
  const profileCheck: ProfileCheck = {
    photo: from.hasPhoto === undefined ? 'unknown' : from.hasPhoto ? 'ok' : 'missing',
    headline: headline.status,
    summary: summary.status,
  };
  const reasons: TriageReason[] = [];
  const reason = (code: ReasonCode, facts?: Parameters<typeof describeReason>[2]): void => {
    reasons.push({ code, text: describeReason(code, userLanguage, facts) });
  };

  const detected = detectScamSignals({
    message: invitation.message,
    headline: from.headline,
    summary: from.summary,
  });
  const signals: TriageSignal[] = detected.map((signal) => ({
    code: signal.code,
    text: describeSignal(signal.code, userLanguage),
    evidence: signal.evidence,
  }));

  const result = (verdict: TriageVerdict, followUp: FollowUpKind | null): TriageResult => ({
    id: invitation.id,
    name: from.name,
    verdict,
    noteKind: note.kind,
    followUp,
    language,
    profileCheck,
    reasons,
    signals,
    reply:
      followUp === null
        ? null
        : draftReply({
            kind: followUp,
            language: replyLanguage(language, userLanguage),
            register: registerOf(invitation.message, language),
            recipientName: from.name,
            seed: `${invitation.id}\u0000${from.name}\u0000${invitation.message ?? ''}`,
            ...(context.settings.signature ? { signature: context.settings.signature } : {}),
          }),
  });

  if (signals.length > 0) {
    const quotes = signals
      .map((signal) => {
        const evidence = signal.evidence[0];
        const field = evidence ? textOf(invitation, evidence.field) : '';
        return `${signal.text} ("${evidence ? quoteClause(field, evidence) : ''}")`;
      })
      .join('; ');
    reason('scam-signals', { signals: quotes });
    if (from.connections !== undefined && from.connections < fewConnections) {
      reason('few-connections', { count: from.connections });
    }
    if (from.mutualConnections === 0) reason('no-mutual-connections');
    return result('caution', null);
  }

  if (note.kind === 'personal') {
    const hook = note.hooks[0];
    reason('note-personal', hook ? { quote: quoteClause(invitation.message ?? '', hook) } : {});
    return result('accept', 'offer-help');
  }

  explainImpersonalNote(note, invitation.message ?? '', reason);
  const failures = profileFailures(invitation, profileCheck, headline, summary);
  if (failures.length > 0) {
    for (const failure of failures) reason(failure.code, { quote: failure.quote });
    return result('ignore', null);
  }
  if (
    profileCheck.photo === 'ok' &&
    profileCheck.headline === 'ok' &&
    profileCheck.summary === 'ok'
  ) {
    reason('profile-complete');
    return result('accept', 'ask-reason');
  }
  if (profileCheck.photo === 'unknown') reason('check-photo');
  if (profileCheck.headline === 'unknown') reason('check-headline');
  if (profileCheck.summary === 'unknown') reason('check-summary');
  return result('review', null);
}

function explainImpersonalNote(
  note: NoteClassification,
  message: string,
  reason: (code: ReasonCode, facts?: { quote?: string }) => void,
): void {
  if (note.kind === 'none') return reason('note-none');
  const marker = (kind: string) => note.markers.find((m) => m.kind === kind);
  const template = marker('placeholder');
  if (template) return reason('note-template', { quote: template.text });
  const quote = (span: { start: number; end: number }) => ({ quote: quoteClause(message, span) });
  const defaultText = marker('default-text');
  if (note.isDefaultText && defaultText)
    return reason('note-default-text', { quote: defaultText.text });
  const pitch = marker('pitch') ?? marker('recruiting');
  if (pitch) return reason('note-pitch', quote(pitch));
  const generic = marker('fits-anyone') ?? defaultText;
  reason('note-generic', generic ? quote(generic) : {});
}

/** Playbook §2: any known failure of the three checks is a firm ignore. */
function profileFailures(
  invitation: Invitation,
  check: ProfileCheck,
  headline: HeadlineJudgement,
  summary: SummaryJudgement,
): { code: ReasonCode; quote?: string }[] {
  const failures: { code: ReasonCode; quote?: string }[] = [];
  if (check.photo === 'missing') failures.push({ code: 'photo-missing' });
  for (const finding of headline.findings) {
    if (finding === 'headline-too-long') continue;
    failures.push({
      code: finding,
      ...(invitation.from.headline ? { quote: invitation.from.headline } : {}),
    });
  }
  for (const finding of summary.findings) {
    if (finding === 'summary-too-long') continue;
    failures.push({ code: finding });
  }
  return failures;
}

/** The note's language when it has one, else the profile's (headline and summary), else `und`. */
function languageOf(
  invitation: Invitation,
  note: NoteClassification,
  scorer?: LanguageScorer,
): DetectedLanguage {
  if (note.kind !== 'none' && invitation.message) {
    const noteLanguage = detectLanguage(
      stripGreetingName(invitation.message, invitation.from.name),
      scorer,
    );
    if (noteLanguage !== 'und') return noteLanguage;
  }
  const profileText = [invitation.from.headline, invitation.from.summary]
    .filter(Boolean)
    .join('. ');
  return profileText ? detectLanguage(profileText, scorer) : 'und';
}

/** The inviter's own name says nothing about the language of the note. */
function stripGreetingName(message: string, name: string): string {
  const first = firstNameOf(name);
  return first.length > 1 ? message.split(first).join(' ') : message;
}

function replyLanguage(language: DetectedLanguage, userLanguage: UserLanguage): DraftLanguage {
  return language === 'und' ? userLanguage : language;
}

function registerOf(message: string | undefined, language: DetectedLanguage) {
  if (!message || language === 'und') return undefined;
  return detectRegister(normalizeForMatching(message), language);
}

function textOf(invitation: Invitation, field: 'message' | 'headline' | 'summary'): string {
  return (field === 'message' ? invitation.message : invitation.from[field]) ?? '';
}

/**
 * The words of a match, extended to the end of their clause (at most 60 more characters), so a
 * reason quotes "fijn je vanmiddag te ontmoeten bij de lunchlezing van de KvK" rather than
 * stopping mid-phrase.
 */
export function quoteClause(text: string, span: { start: number; end: number }): string {
  const rest = text.slice(span.end, span.end + 60);
  const clauseEnd = rest.search(/[.;!?,](?=\s|$)|\n/);
  let end = span.end + (clauseEnd === -1 ? rest.length : clauseEnd);
  if (clauseEnd === -1 && end < text.length) {
    const lastSpace = text.lastIndexOf(' ', end);
    if (lastSpace > span.end) end = lastSpace;
  }
  const quoted = text.slice(span.start, end).replace(/\s+/g, ' ').trim();
  return end < text.length && clauseEnd === -1 ? `${quoted}…` : quoted;
}
