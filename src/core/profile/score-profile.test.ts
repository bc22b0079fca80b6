import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HeadlineAudit } from './audit-headline.js';
import type { SummaryAudit } from './audit-summary.js';
import { scoreProfile } from './score-profile.js';

const headline = (verdict: HeadlineAudit['verdict'], codes: string[] = []): HeadlineAudit =>
  ({
    verdict,
    findings: codes.map((code) => ({ code, advice: '' })),
    rewrites: [],
    chars: 0,
  }) as HeadlineAudit;
const summary = (verdict: SummaryAudit['verdict'], codes: string[] = []): SummaryAudit =>
  ({ verdict, findings: codes.map((code) => ({ code, advice: '' })), chars: 0 }) as SummaryAudit;

describe('scoreProfile (the formula in docs/formats.md, "Audit")', () => {
  it('gives 100 to a good photo, headline and summary', () => {
    assert.deepEqual(
      scoreProfile({ photo: 'good', headline: headline('good'), summary: summary('good') }),
      {
        score: 100,
        scoredParts: ['photo', 'headline', 'summary'],
      },
    );
  });

  it('gives 0 when all three are missing', () => {
    const score = scoreProfile({
      photo: 'missing',
      headline: headline('missing', ['headline-missing']),
      summary: summary('missing', ['summary-missing']),
    });
    assert.equal(score.score, 0);
  });

  it('weighs the three parts equally and subtracts each finding from its part', () => {
    // photo group 0.3; headline job-seeking 1 - 0.5; summary no welcome and no pitch 1 - 0.2 - 0.2
    const score = scoreProfile({
      photo: 'group',
      headline: headline('weak', ['headline-job-seeking']),
      summary: summary('weak', ['summary-no-welcome', 'summary-no-pitch']),
    });
    assert.equal(score.score, Math.round((100 * (0.3 + 0.5 + 0.6)) / 3));
  });

  it('never lets a part go below zero', () => {
    const score = scoreProfile({
      headline: headline('weak', [
        'headline-job-seeking',
        'headline-title-pile',
        'headline-slogan',
      ]),
      summary: summary('good'),
    });
    assert.equal(score.score, 50);
  });

  it('leaves out the parts nobody gave instead of guessing them', () => {
    assert.deepEqual(
      scoreProfile({
        photo: 'blurred',
        headline: headline('unknown'),
        summary: summary('unknown'),
      }),
      {
        score: 50,
        scoredParts: ['photo'],
      },
    );
    assert.deepEqual(
      scoreProfile({
        photo: 'not-checked',
        headline: headline('good'),
        summary: summary('unknown'),
      }),
      { score: 100, scoredParts: ['headline'] },
    );
  });

  it('has no score when nothing was audited', () => {
    assert.deepEqual(scoreProfile({ headline: headline('unknown'), summary: summary('unknown') }), {
      score: undefined,
      scoredParts: [],
    });
  });
});
