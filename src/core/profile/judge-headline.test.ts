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
    ['Passionate about people and innovation', 'weak', ['headline-slogan']],
    ['Gepassioneerd door mensen en verbinding', 'weak', ['headline-slogan']],
    ['Passionate nurse at Isala', 'ok', []],
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

/**
 * An outside check (issue 6) ran fresh headlines in seven languages through `netwerk audit`;
 * these tables hold the kinds it found misjudged, in other words than the batch's.
 */
describe('judgeHeadline in seven languages', () => {
  it('fails job-seeking headlines whatever the language', () => {
    for (const headline of [
      'Ready for a new challenge',
      'Exploring career opportunities in logistics',
      'Available from June as interim controller',
      'Klaar voor een volgende stap',
      'Vanaf april beschikbaar als interim-manager',
      'Derzeit auf Stellensuche',
      'Ich suche eine Festanstellung im Controlling',
      'Offen für neue Chancen',
      'Ouverte aux nouveaux défis',
      "À l'écoute du marché",
      'Abierta a nuevas propuestas',
      'En busca de empleo en hostelería',
      'Aperta a nuove proposte',
      "Alla ricerca di un'opportunità nel marketing",
      'Aberta a novos desafios',
      'À procura de emprego na área de vendas',
      // words between "open to" and what is sought
      'Open to exciting new leadership roles',
      'Offen für spannende neue Aufgaben',
      'Aperto a interessanti proposte',
      'Aberta a boas propostas',
      'Graduate seeking a career in renewable energy',
    ]) {
      assert.ok(judgeHeadline(headline).findings.includes('headline-job-seeking'), headline);
    }
  });

  it('does not fail those who help job seekers', () => {
    for (const headline of [
      'Karrierecoach | Begleitung bei der Jobsuche',
      'Ayudo a personas en busca de empleo',
      'Conselheira de carreira para pessoas em busca de emprego',
    ]) {
      assert.deepEqual(judgeHeadline(headline), { status: 'ok', findings: [] }, headline);
    }
  });

  it('fails piles of titles and abstract buzzwords in any language', () => {
    for (const headline of [
      'Founder | Thinker | Doer',
      'Gründerin | Visionärin | Macherin',
      'Innovatie | Leiderschap | Energie',
      'Fondatrice | Penseuse | Conférencière',
      'Emprendedora | Pensadora | Oradora',
      'Imprenditrice | Visionaria | Speaker',
      'Empreendedora | Visionária | Palestrante',
      // a buzzword as the tail of a compound
      'Querdenkerin | Gründerin | Macherin',
      'Freethinker | Changemaker | Keynotespeaker',
      // personal traits instead of a role
      'Klantgericht | Creatief | Betrouwbaar',
      'Zielorientiert | Neugierig | Ehrgeizig',
      'Créative | Curieuse | Dynamique',
      'Results-driven | Analytical | Growth Hacker',
    ]) {
      assert.equal(judgeHeadline(headline).status, 'weak', headline);
    }
  });

  it('keeps a title with its organisation or field next to buzzwords', () => {
    for (const headline of [
      'Head of Innovation at ING',
      'Strategy | Innovation | Growth at Acme',
      'Creative Director at Ogilvy',
      'Copywriter | Content strategist | Creative',
    ]) {
      assert.deepEqual(judgeHeadline(headline), { status: 'ok', findings: [] }, headline);
    }
  });

  it('fails any one-word headline (a role, a field or just an employer) but a field-and-role compound', () => {
    for (const headline of [
      'Fotograaf',
      'Werkstudentin',
      'Étudiante',
      'Estudiante',
      'Studentessa',
      'Vertrieb',
      'Google',
      'Rabobank',
      'KPMG',
    ]) {
      assert.deepEqual(
        judgeHeadline(headline),
        { status: 'weak', findings: ['headline-vague'] },
        headline,
      );
    }
    for (const headline of ['Belastingadviseur', 'Steuerberaterin', 'Huisarts', 'Webdesigner']) {
      assert.deepEqual(judgeHeadline(headline), { status: 'ok', findings: [] }, headline);
    }
  });
});
