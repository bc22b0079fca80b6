import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HeadlineAuditInput } from './audit-headline.js';
import { auditHeadline } from './audit-headline.js';

const audit = (headline: string | undefined, extra: Partial<HeadlineAuditInput> = {}) =>
  auditHeadline({ headline, language: 'en', rewriteLanguage: 'en', ...extra });

describe('auditHeadline', () => {
  const cases: [string, string, string[]][] = [
    // [headline, verdict, findings]
    ['Verpleegkundige bij Isala', 'good', []],
    ['Freelance copywriter for B2B tech', 'good', []],
    ['Ik help webwinkels aan meer terugkerende klanten', 'good', []],
    ['Beschikbaar voor een uitdagende functie', 'weak', ['headline-job-seeking']],
    ['Open to new opportunities', 'weak', ['headline-job-seeking']],
    ['CEO | Investor | Visionary', 'weak', ['headline-title-pile']],
    ['Ondernemer | Spreker | Auteur', 'weak', ['headline-title-pile']],
    ['Consultant', 'weak', ['headline-vague']],
    ['Adviseur', 'weak', ['headline-vague']],
    ['', 'missing', ['headline-missing']],
  ];
  for (const [headline, verdict, findings] of cases) {
    it(`judges "${headline}" ${verdict}`, () => {
      const result = audit(headline);
      assert.equal(result.verdict, verdict);
      assert.deepEqual(
        result.findings.map((f) => f.code),
        findings,
      );
    });
  }

  it('fails a headline over 220 characters, unlike triage, and says how long it is', () => {
    const headline = `Verpleegkundige bij Isala | ${'intensive care, spoedeisende hulp en ambulancezorg | '.repeat(4)}`;
    const result = auditHeadline({ headline, language: 'nl', rewriteLanguage: 'nl' });
    assert.equal(result.verdict, 'weak');
    assert.deepEqual(
      result.findings.map((f) => f.code),
      ['headline-too-long'],
    );
    assert.match(
      result.findings[0]!.advice,
      new RegExp(`telt ${headline.length} tekens; LinkedIn staat er 220 toe`),
    );
  });

  it('leaves a headline nobody gave unknown, but still proposes headlines from the position', () => {
    const result = audit(undefined, { position: { title: 'Nurse', company: 'Isala' } });
    assert.equal(result.verdict, 'unknown');
    assert.deepEqual(result.findings, []);
    assert.ok(result.rewrites.length >= 2);
  });

  it('proposes nothing without a current position', () => {
    assert.deepEqual(audit('Consultant').rewrites, []);
  });

  it('gives the advice in Dutch and in English', () => {
    const nl = auditHeadline({
      headline: 'Op zoek naar een nieuwe uitdaging',
      language: 'nl',
      rewriteLanguage: 'nl',
    });
    const en = auditHeadline({
      headline: 'Op zoek naar een nieuwe uitdaging',
      language: 'en',
      rewriteLanguage: 'nl',
    });
    assert.match(
      nl.findings[0]!.advice,
      /^Je kop zegt alleen dat je werk zoekt.*welke functie, en sinds wanneer/,
    );
    assert.match(
      en.findings[0]!.advice,
      /^Your headline only says you are looking for work.*which position, and since when/,
    );
  });
});
