import type { DetectedLanguage } from '../i18n/languages.js';
import type { NoteKind } from '../invitation-note/classify-invitation-note.js';
import type { FollowUpKind } from '../compose/reply-phrasings.js';
import type { CheckStatus } from '../profile/profile-check.js';
import type { ScamSignalCode } from '../safety/scam-signal-patterns.js';
import type { SignalEvidence } from '../safety/detect-scam-signals.js';

export type TriageVerdict = 'accept' | 'ignore' | 'caution' | 'review';

/** Why a verdict was reached; codes are listed in docs/formats.md. */
export type ReasonCode =
  | 'scam-signals'
  | 'few-connections'
  | 'no-mutual-connections'
  | 'note-personal'
  | 'note-none'
  | 'note-default-text'
  | 'note-generic'
  | 'note-pitch'
  | 'note-template'
  | 'profile-complete'
  | 'photo-missing'
  | 'headline-missing'
  | 'headline-job-seeking'
  | 'headline-title-pile'
  | 'headline-vague'
  | 'headline-slogan'
  | 'summary-missing'
  | 'summary-slogans'
  | 'summary-too-short'
  | 'check-photo'
  | 'check-headline'
  | 'check-summary';

export interface TriageReason {
  code: ReasonCode;
  text: string;
}

export interface TriageSignal {
  code: ScamSignalCode;
  text: string;
  evidence: SignalEvidence[];
}

export interface ProfileCheck {
  photo: CheckStatus;
  headline: CheckStatus;
  summary: CheckStatus;
}

export interface TriageResult {
  id: string;
  name: string;
  verdict: TriageVerdict;
  noteKind: NoteKind;
  followUp: FollowUpKind | null;
  language: DetectedLanguage;
  profileCheck: ProfileCheck;
  reasons: TriageReason[];
  signals: TriageSignal[];
  reply: string | null;
}
