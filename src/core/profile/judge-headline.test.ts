import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeHeadline } from './judge-headline.js';

/**
 * Playbook §2: a clear headline states a role with an organisation or field, or is a strong
 * one-liner; it fails when empty, job-seeking, a pile of titles or a single vague word. Triage
 * ignores an impersonal invitation from a profile whose headline fails.
 */
describe('judgeHeadline', () => {
  const cases: [string, string, string[]][] = [
    // [headline, status, findings]
    ['Verpleegkundige bij Isala', 'ok', []],
    ['Freelance copywriter for B2B tech', 'ok', []],
    ['Sales Manager at Acme', 'ok', []],
    ['Ik help ondernemers aan meer klanten', 'ok', []],
    ['Helping SaaS founders hire their first engineers', 'ok', []],
    ['Career coach | helping people looking for their next job', 'ok', []],
    ['Loopbaancoach voor mensen op zoek naar een nieuwe baan', 'ok', []],
    ['Available for a challenging position', 'weak', ['headline-job-seeking']],
    ['Beschikbaar voor een uitdagende functie', 'weak', ['headline-job-seeking']],
    ['Op zoek naar een uitdagende functie', 'weak', ['headline-job-seeking']],
    ['Op zoek naar een nieuwe uitdaging', 'weak', ['headline-job-seeking']],
    ['Zoekt nieuwe uitdaging', 'weak', ['headline-job-seeking']],
    ['Looking for a challenging role', 'weak', ['headline-job-seeking']],
    ['Recent graduate seeking entry-level position', 'weak', ['headline-job-seeking']],
    ['Open to work', 'weak', ['headline-job-seeking']],
    ['Available', 'weak', ['headline-job-seeking']],
    ['Per direct beschikbaar', 'weak', ['headline-job-seeking']],
    ['CEO | Investor | Visionary', 'weak', ['headline-title-pile']],
    ['Ondernemer | Spreker | Auteur', 'weak', ['headline-title-pile']],
    ['Consultant', 'weak', ['headline-vague']],
    ['Marketing', 'weak', ['headline-vague']],
    ['', 'missing', ['headline-missing']],
    [' | ', 'missing', ['headline-missing']],
  ];
  for (const [headline, status, findings] of cases) {
    it(`judges "${headline}" ${status}${findings.length ? ` (${findings.join(', ')})` : ''}`, () => {
      assert.deepEqual(judgeHeadline(headline), { status, findings });
    });
  }

  it('does not know a headline nobody gave', () => {
    assert.deepEqual(judgeHeadline(undefined), { status: 'unknown', findings: [] });
  });

  it('notes a headline over 220 characters without failing it (triage cannot ask for a fix)', () => {
    const long = `Verpleegkundige bij Isala, ${'intensive care en spoedeisende hulp, '.repeat(6)}`;
    assert.ok(long.length > 220);
    assert.deepEqual(judgeHeadline(long), { status: 'ok', findings: ['headline-too-long'] });
  });
});

describe('judgeHeadline job-seeking in other languages', () => {
  it('catches plural and "active" variants in German and French', () => {
    for (const headline of [
      'Auf der Suche nach neuen Herausforderungen',
      "En recherche active d'emploi",
      'À la recherche de nouvelles opportunités',
    ]) {
      assert.deepEqual(judgeHeadline(headline).findings, ['headline-job-seeking'], headline);
    }
  });
});
