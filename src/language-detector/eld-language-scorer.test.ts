import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { LanguageScorer } from '../core/language/detect-language.js';
import { detectLanguage } from '../core/language/detect-language.js';
import { loadEldLanguageScorer } from './eld-language-scorer.js';

let scorer: LanguageScorer;
before(async () => {
  scorer = await loadEldLanguageScorer();
});

const notes: [string, string][] = [
  ['en', 'Hello, we met at the meetup in Amsterdam.'],
  ['en', "I'd like to add you to my professional network on LinkedIn."],
  ['en', 'Thanks for the chat at ProductCamp Utrecht!'],
  ['en', 'Hi Eva, Marieke van Dam suggested I reach out about your work on warehouse robotics.'],
  [
    'nl',
    'Hoi Karin, fijn je vanmiddag te ontmoeten bij de lunchlezing van de Kamer van Koophandel in Breda',
  ],
  ['nl', 'Ik wil je graag toevoegen aan mijn netwerk.'],
  ['nl', 'Bedankt voor het gesprek op ProductCamp Utrecht!'],
  [
    'nl',
    'Hoi Pieter, via Anja de Vries kreeg ik je naam; zij zei dat jij veel weet van warmtenetten.',
  ],
  ['de', 'Hallo Frau Müller, ich habe Ihren Vortrag auf der Logistik-Messe in Hamburg gehört.'],
  ['de', 'Servus Sepp, schön dich kennenzulernen!'],
  ['de', 'Danke für das Gespräch auf dem ProductCamp Utrecht!'],
  ['fr', 'Bonjour Claire, ravi de vous avoir rencontrée au salon VivaTech hier.'],
  ['fr', "Salut Marc, Julie m'a parlé de toi."],
  ['es', 'Hola Lucía, encantado de conocerte ayer en el congreso de Valencia.'],
  ['es', 'Buenos días, me gustaría contactar contigo.'],
  ['it', 'Ciao Giulia, ho letto il tuo articolo sul Sole 24 Ore.'],
  ['it', 'Buongiorno, vorrei aggiungerti alla mia rete professionale.'],
  ['pt', 'Olá João, foi um prazer conhecê-lo ontem no evento da AICEP em Lisboa.'],
  ['pt', 'Bom dia, gostaria de adicioná-lo à minha rede profissional.'],
];

describe('language detection with eld', () => {
  it('tells the seven draft languages apart on short notes with names and places in them', () => {
    const wrong = notes
      .map(([expected, note]) => ({ expected, got: detectLanguage(note, scorer), note }))
      .filter((result) => result.got !== result.expected);
    assert.deepEqual(wrong, []);
  });

  it('says und for text without letters to go on', () => {
    assert.equal(detectLanguage('👍', scorer), 'und');
    assert.equal(detectLanguage('12345', scorer), 'und');
  });
});
