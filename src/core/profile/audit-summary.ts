import type { UserLanguage } from '../i18n/languages.js';
import { summaryAdvice } from './audit-texts.js';
import { judgeSummary } from './judge-summary.js';
import type { SummaryFinding } from './profile-check.js';
import { maxSummaryChars } from './profile-check.js';
import type { SummaryParts } from './summary-parts.js';
import { findSummaryParts } from './summary-parts.js';

/**
 * Playbook §3 on the About text: greet the visitor and offer help, then a few lines on what you
 * offer, then a short profile sketch; within LinkedIn's 2,600 characters, with the offer in the
 * part shown before "see more".
 */

/** LinkedIn shows about 270-320 characters of the About text before "see more" (docs/formats.md). */
export const seeMorePreviewChars = 300;

export type SummaryAuditFinding =
  | SummaryFinding
  | 'summary-no-welcome'
  | 'summary-no-help-offer'
  | 'summary-no-offer'
  | 'summary-no-pitch'
  | 'summary-point-after-see-more';

/** `unknown`: not given; `missing`: empty; `weak`: any finding; `good`: none. */
export type AuditVerdict = 'good' | 'weak' | 'missing' | 'unknown';

export interface AuditFinding<Code extends string> {
  code: Code;
  /** What is wrong and what to do, in the user's language. */
  advice: string;
}

export interface SummaryAudit {
  verdict: AuditVerdict;
  findings: AuditFinding<SummaryAuditFinding>[];
  /** Characters, as LinkedIn counts them (UTF-16 code units); 0 when unknown. */
  chars: number;
  /** Which of the three parts were found; absent when there is no summary. */
  parts?: {
    welcome: boolean;
    offer: boolean;
    pitch: boolean;
    /** The offer ends within the first `seeMorePreviewChars` (or the whole text is that short); false without an offer. */
    offerBeforeSeeMore: boolean;
  };
}

export function auditSummary(summary: string | undefined, language: UserLanguage): SummaryAudit {
  const basic = judgeSummary(summary);
  if (summary === undefined || basic.status === 'unknown') {
    return { verdict: 'unknown', findings: [], chars: 0 };
  }
  const chars = summary.length;
  const finding = (code: SummaryAuditFinding, facts = {}): AuditFinding<SummaryAuditFinding> => ({
    code,
    advice: summaryAdvice[code][language]({ chars, previewChars: seeMorePreviewChars, ...facts }),
  });
  if (basic.status === 'missing') {
    return { verdict: 'missing', findings: [finding('summary-missing')], chars };
  }

  const parts: SummaryParts = findSummaryParts(summary);
  // Slogans or too short: judgeSummary found no concrete sentence, so neither an offer nor a
  // sketch can be there, whatever words matched.
  const substantive = basic.status === 'ok';
  const offer = substantive && parts.offer;
  const pitch = substantive && parts.pitch;
  const offerBeforeSeeMore =
    offer &&
    (chars <= seeMorePreviewChars || (parts.offerEndsAt ?? Infinity) <= seeMorePreviewChars);

  const codes: AuditFinding<SummaryAuditFinding>[] = [];
  if (!parts.helpOffer) {
    codes.push(finding(parts.greeting ? 'summary-no-help-offer' : 'summary-no-welcome'));
  }
  for (const code of basic.findings) if (code !== 'summary-too-long') codes.push(finding(code));
  if (!offer) codes.push(finding('summary-no-offer'));
  if (offer && !offerBeforeSeeMore) {
    codes.push(finding('summary-point-after-see-more', { offerEndsAt: parts.offerEndsAt }));
  }
  if (!pitch) codes.push(finding('summary-no-pitch'));
  if (chars > maxSummaryChars) codes.push(finding('summary-too-long'));

  return {
    verdict: codes.length === 0 ? 'good' : 'weak',
    findings: codes,
    chars,
    parts: { welcome: parts.helpOffer, offer, pitch, offerBeforeSeeMore },
  };
}
