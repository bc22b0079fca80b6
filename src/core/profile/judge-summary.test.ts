import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeSummary } from './judge-summary.js';

/** Playbook §2: a substantive summary has at least one concrete sentence on what the person does or offers. */
describe('judgeSummary', () => {
  const cases: [string, string, string[]][] = [
    [
      "Ik help zzp'ers met hun boekhouding, zodat ze meer tijd overhouden voor hun klanten.",
      'ok',
      [],
    ],
    ['I help small firms cut their IT costs by moving them to the cloud.', 'ok', []],
    ['Sinds 2012 verpleegkundige op de intensive care van Isala in Zwolle.', 'ok', []],
    ['A motivated team player who loves a challenge.', 'weak', ['summary-slogans']],
    ['Gedreven teamspeler die houdt van een uitdaging.', 'weak', ['summary-slogans']],
    // German capitalises every noun: capitals are no names there.
    ['Teamplayer mit Leidenschaft für Innovation und Wachstum.', 'weak', ['summary-slogans']],
    ['Ich leite seit 2015 den Einkauf bei der Bosch GmbH in Stuttgart.', 'ok', []],
    ['Ik ben een gedreven teamspeler.', 'weak', ['summary-too-short']],
    // A greeting with an offer of help is good manners, not a statement of what one does.
    [
      'Hartelijk dank voor uw bezoek aan mijn profiel. Waarmee zou ik u mogen helpen?',
      'weak',
      ['summary-slogans'],
    ],
    ['Thanks for visiting my profile. How can I help you today?', 'weak', ['summary-slogans']],
    ['', 'missing', ['summary-missing']],
  ];
  for (const [summary, status, findings] of cases) {
    it(`judges "${summary.slice(0, 50)}" ${status}`, () => {
      assert.deepEqual(judgeSummary(summary), { status, findings });
    });
  }

  it('still finds the concrete sentence after a greeting and a question', () => {
    const summary =
      'Thanks for visiting my profile. How can I help you? I design websites for local shops.';
    assert.deepEqual(judgeSummary(summary), { status: 'ok', findings: [] });
  });

  it('does not know a summary nobody gave', () => {
    assert.deepEqual(judgeSummary(undefined), { status: 'unknown', findings: [] });
  });
});

describe('judgeSummary in the third person', () => {
  it('takes a concrete sentence about oneself in the third person as substantive', () => {
    for (const summary of [
      'Kees is een ervaren installateur die zonnepanelen plaatst en boeren adviseert over opslag.',
      'Anna ist Architektin, die Holzhäuser für Familien im Allgäu plant und baut.',
      'Marco è un consulente che aiuta le cantine a esportare in Germania.',
    ]) {
      assert.deepEqual(judgeSummary(summary), { status: 'ok', findings: [] }, summary);
    }
  });
});

describe('judgeSummary in French, Spanish, Italian and Portuguese', () => {
  it('takes a sentence with an offer verb or years of experience as concrete', () => {
    for (const summary of [
      'Crio campanhas de e-mail para lojas de vinho.',
      'Fabrico móveis de madeira maciça por encomenda.',
      'Imparto clases de guitarra a adultos principiantes.',
      'Insegno pianoforte ai bambini delle scuole medie.',
      'Je rédige les rapports annuels des fondations culturelles.',
      'Sou contabilista há quinze anos em Braga.',
    ]) {
      assert.deepEqual(judgeSummary(summary), { status: 'ok', findings: [] }, summary);
    }
  });
});
