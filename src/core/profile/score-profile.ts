import type { HeadlineAudit } from './audit-headline.js';
import type { SummaryAudit } from './audit-summary.js';
import type { PhotoVerdict } from './judge-photo.js';

/**
 * The profile score, 0-100 (docs/formats.md, "Audit", states the same formula):
 *
 *   score = round(100 x mean of the part scores of the parts that were audited)
 *
 * The parts are the photo, the headline and the summary, weighed equally: the playbook's triage
 * checks exactly these three. A part nobody gave (verdict `unknown`, or a photo that was
 * uploaded but not given as a file) is left out rather than guessed. Each part scores 0-1:
 * - headline: `good` 1, `missing` 0, else 1 minus `headlinePenalties` per finding, at least 0;
 * - summary: `good` 1, `missing` 0, else 1 minus `summaryPenalties` per finding, at least 0;
 * - photo: `photoScores` by verdict (`missing`: no photo was ever uploaded).
 */
export const headlinePenalties = {
  'headline-missing': 1,
  'headline-job-seeking': 0.5,
  'headline-title-pile': 0.5,
  'headline-vague': 0.5,
  'headline-slogan': 0.5,
  'headline-too-long': 0.25,
} as const satisfies Record<HeadlineAudit['findings'][number]['code'], number>;

export const summaryPenalties = {
  'summary-missing': 1,
  'summary-slogans': 0.3,
  'summary-too-short': 0.3,
  'summary-no-welcome': 0.2,
  'summary-no-help-offer': 0.1,
  'summary-no-offer': 0.3,
  'summary-no-pitch': 0.2,
  'summary-point-after-see-more': 0.1,
  'summary-too-long': 0.1,
} as const satisfies Record<SummaryAudit['findings'][number]['code'], number>;

export type PhotoPartVerdict = PhotoVerdict | 'missing' | 'not-checked';

export const photoScores = {
  good: 1,
  'low-resolution': 0.5,
  'too-dark': 0.5,
  blurred: 0.5,
  'face-too-small': 0.5,
  group: 0.3,
  'no-face': 0.2,
  drawing: 0.2,
  nsfw: 0,
  missing: 0,
  'not-checked': undefined,
} as const satisfies Record<PhotoPartVerdict, number | undefined>;

export interface ScoredParts {
  headline: HeadlineAudit;
  summary: SummaryAudit;
  photo?: PhotoPartVerdict;
}

export interface ProfileScore {
  /** 0-100, or undefined when no part was audited. */
  score: number | undefined;
  /** The parts the score is made of. */
  scoredParts: ('photo' | 'headline' | 'summary')[];
}

export function scoreProfile(parts: ScoredParts): ProfileScore {
  const scores: Partial<Record<'photo' | 'headline' | 'summary', number>> = {};
  if (parts.photo !== undefined) {
    const photo = photoScores[parts.photo];
    if (photo !== undefined) scores.photo = photo;
  }
  if (parts.headline.verdict !== 'unknown') {
    scores.headline = partScore(parts.headline.findings.map((f) => headlinePenalties[f.code]));
  }
  if (parts.summary.verdict !== 'unknown') {
    scores.summary = partScore(parts.summary.findings.map((f) => summaryPenalties[f.code]));
  }
  const scoredParts = (['photo', 'headline', 'summary'] as const).filter(
    (part) => scores[part] !== undefined,
  );
  if (scoredParts.length === 0) return { score: undefined, scoredParts: [] };
  const total = scoredParts.reduce((sum, part) => sum + (scores[part] ?? 0), 0);
  return { score: Math.round((100 * total) / scoredParts.length), scoredParts };
}

function partScore(penalties: readonly number[]): number {
  return Math.max(0, 1 - penalties.reduce((sum, penalty) => sum + penalty, 0));
}
