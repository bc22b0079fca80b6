import type { UserLanguage } from '../i18n/languages.js';
import type { AuditFinding, AuditVerdict } from './audit-summary.js';
import { headlineAdvice } from './audit-texts.js';
import { proposeHeadlines } from './propose-headlines.js';
import type { CurrentPosition } from './profile-facts.js';
import { judgeHeadline } from './judge-headline.js';
import type { HeadlineFinding } from './profile-check.js';

/**
 * Playbook §2 and §3 on the headline, for the user's own profile: a role or function with an
 * organisation or field, or a strong one-liner. The findings are judgeHeadline's (the same rules
 * triage applies to an inviter); unlike triage, the audit also fails a headline over LinkedIn's
 * 220 characters, since the user can fix it.
 */
export type HeadlineAuditFinding = HeadlineFinding;

export interface HeadlineAudit {
  verdict: AuditVerdict;
  findings: AuditFinding<HeadlineAuditFinding>[];
  /** Two or three headlines built from the current position; empty without one. */
  rewrites: string[];
  chars: number;
}

export interface HeadlineAuditInput {
  headline: string | undefined;
  position?: CurrentPosition;
  industry?: string;
  /** The About text, where "what you do for whom" may be found for the rewrites. */
  summary?: string;
  /** The language for advice. */
  language: UserLanguage;
  /** The language the rewrites are written in (the profile's; else the user's). */
  rewriteLanguage: UserLanguage;
}

export function auditHeadline(input: HeadlineAuditInput): HeadlineAudit {
  const { headline, language } = input;
  const basic = judgeHeadline(headline);
  const chars = headline?.length ?? 0;
  const findings = basic.findings.map((code) => ({
    code,
    advice: headlineAdvice[code][language]({ chars }),
  }));
  const verdict: AuditVerdict =
    basic.status === 'unknown'
      ? 'unknown'
      : basic.status === 'missing'
        ? 'missing'
        : findings.length > 0
          ? 'weak'
          : 'good';
  const rewrites = input.position
    ? proposeHeadlines({
        position: input.position,
        ...(input.industry ? { industry: input.industry } : {}),
        ...(input.summary ? { summary: input.summary } : {}),
        ...(headline ? { current: headline } : {}),
        language: input.rewriteLanguage,
      })
    : [];
  return { verdict, findings, rewrites, chars };
}
