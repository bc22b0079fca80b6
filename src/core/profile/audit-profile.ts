import type { UserLanguage } from '../i18n/languages.js';
import { detectLanguage } from '../language/detect-language.js';
import type { HeadlineAudit } from './audit-headline.js';
import { auditHeadline } from './audit-headline.js';
import type { SummaryAudit } from './audit-summary.js';
import { auditSummary } from './audit-summary.js';
import type { PhotoFacts } from './judge-photo.js';
import { judgePhoto } from './judge-photo.js';
import type { ProfileFacts } from './profile-facts.js';
import type { PhotoPartVerdict, ProfileScore } from './score-profile.js';
import { scoreProfile } from './score-profile.js';

/**
 * The profile audit (playbook §3, the user's own profile first): the photo, the headline and
 * the summary, each with a verdict and advice in the user's language, and one score.
 */
export interface ProfileAuditInput {
  facts: ProfileFacts;
  /** The measured photo, when a photo file was given. */
  photo?: PhotoFacts;
  language: UserLanguage;
}

export interface PhotoAudit {
  verdict: PhotoPartVerdict;
  advice: string;
}

export interface ProfileAudit extends ProfileScore {
  headline: HeadlineAudit;
  summary: SummaryAudit;
  /** Absent when nothing is known about the photo. */
  photo?: PhotoAudit;
  /** The language of the headline rewrites: the profile's when it is Dutch or English, else the user's. */
  rewriteLanguage: UserLanguage;
  /** True when every audited part is `good` (the CLI exits 0, else 1). */
  fine: boolean;
}

export function auditProfile(input: ProfileAuditInput): ProfileAudit {
  const { facts, language } = input;
  const rewriteLanguage = profileLanguage(facts) ?? language;
  const headline = auditHeadline({
    headline: facts.headline,
    ...(facts.position ? { position: facts.position } : {}),
    ...(facts.industry ? { industry: facts.industry } : {}),
    ...(facts.summary ? { summary: facts.summary } : {}),
    language,
    rewriteLanguage,
  });
  const summary = auditSummary(facts.summary, language);
  const photo = auditPhoto(input);
  const score = scoreProfile({ headline, summary, ...(photo ? { photo: photo.verdict } : {}) });
  const fine =
    [headline.verdict, summary.verdict].every((v) => v === 'good' || v === 'unknown') &&
    (photo === undefined || photo.verdict === 'good' || photo.verdict === 'not-checked');
  return { ...score, headline, summary, ...(photo ? { photo } : {}), rewriteLanguage, fine };
}

function auditPhoto({ photo, facts, language }: ProfileAuditInput): PhotoAudit | undefined {
  if (photo) return judgePhoto(photo, language);
  if (facts.hasPhoto === false) return { verdict: 'missing', advice: noPhotoAdvice[language] };
  if (facts.hasPhoto === true) return { verdict: 'not-checked', advice: uncheckedAdvice[language] };
  return undefined;
}

const noPhotoAdvice = {
  nl: 'Je profiel heeft geen foto: dat is als met een zak over je hoofd naar een netwerkborrel gaan. Upload een recent, herkenbaar portret van alleen jezelf.',
  en: 'Your profile has no photo: like walking into a networking event with a bag over your head. Upload a recent, recognisable portrait of just yourself.',
} satisfies Record<UserLanguage, string>;

const uncheckedAdvice = {
  nl: 'Je hebt een profielfoto geüpload, maar netwerk heeft hem niet gezien: geef het bestand mee om hem te laten controleren.',
  en: 'You have uploaded a profile photo, but netwerk has not seen it: give the file to have it checked.',
} satisfies Record<UserLanguage, string>;

function profileLanguage(facts: ProfileFacts): UserLanguage | undefined {
  const text = [facts.headline, facts.summary].filter(Boolean).join('. ');
  if (!text) return undefined;
  const detected = detectLanguage(text);
  return detected === 'nl' || detected === 'en' ? detected : undefined;
}
