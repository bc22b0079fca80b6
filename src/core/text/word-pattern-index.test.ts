import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseInsensitiveHookSources } from '../invitation-note/personal-hook-patterns.js';
import { defaultLikeSources } from '../invitation-note/default-invitation-texts.js';
import { genericMarkerSources } from '../invitation-note/generic-note-patterns.js';
import { noteOnlyOffPlatformSources, scamSignalSources } from '../safety/scam-signal-patterns.js';
import { foldForMatching } from './normalize-for-matching.js';
import { leadingWords, WordPatternIndex } from './word-pattern-index.js';
import { wordSource } from './word-pattern.js';

/** Texts that exercise the patterns: every kind of note, scam and profile line, in seven languages. */
const corpus = [
  "I'd like to add you to my professional network on LinkedIn. - Peter",
  'Hoi Karin, fijn je vanmiddag te ontmoeten bij de lunchlezing van de Kamer van Koophandel in Breda',
  'Hi Karin, Joris Smit told me you rebuilt the onboarding at your hospital; could I ask you two questions?',
  "Hi Karin, I see you lead the payments team at Bunq; I'd like to learn how you handle on-call",
  'Greetings, our fund offers project loans at 1.5% interest, write me on Telegram or WhatsApp',
  'Write me at jameswilson1962@gmail.com or +44 7700 900123, my whatsapp is open; e-mail me',
  'Hello beautiful, your smile caught my attention. I am a widower looking for a serious relationship.',
  'Work from home and earn $500 per day, no experience needed! Only a small registration fee.',
  'You will receive 40% of the total funds for assisting in the transfer of US$12.5 million.',
  'LinkedIn Security Team: your account will be suspended. Verify your account. This is my new number.',
  'Goedendag, als kapitaalverschaffer bieden wij leningen tegen 2% rente voor uw projecten.',
  'Sehr geehrter Herr, wir bieten Darlehen zu einem niedrigen Zins von 2% an. Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.',
  "Bonjour, je suis prêteur privé et j'offre des prêts à un taux de 2%. Je souhaiterais vous ajouter à mon réseau professionnel.",
  'Hola, ofrecemos préstamos con un interés del 2%. Me gustaría añadirte a mi red profesional.',
  'Buongiorno, offriamo prestiti con un tasso del 2%. Vorrei aggiungerti alla mia rete professionale.',
  'Olá, oferecemos empréstimos com taxa de juros de 2%. Gostaria de adicioná-lo à minha rede profissional.',
  'We help companies like yours grow revenue. Open to a quick call? Exciting opportunity that matches your background.',
  'Great meeting you at ProductCamp yesterday; thanks for the chat after your keynote. See you at the summit next week.',
  'Ik las je column in de Volkskrant over de woningmarkt. We hebben elkaar vorige week ontmoet.',
  'Hi {first_name}, we are both registered for the workshop in Zwolle. Your post about hybrid work was great.',
  'Available for a challenging position | open to work | op zoek naar een nieuwe uitdaging',
  "I'm a forex trading mentor; guaranteed returns of 30% per week, passive income, bitcoin wallet",
];

const groups = {
  ...scamSignalSources,
  note: noteOnlyOffPlatformSources,
  ...caseInsensitiveHookSources,
  ...genericMarkerSources,
  'default-text': defaultLikeSources,
};

describe('WordPatternIndex', () => {
  it('finds every match a plain scan of each pattern finds', () => {
    const index = new WordPatternIndex(groups);
    const missing: string[] = [];
    for (const text of corpus) {
      const folded = foldForMatching(text);
      const found = index.find(folded);
      for (const [key, sources] of Object.entries(groups)) {
        for (const source of sources) {
          for (const match of folded.matchAll(new RegExp(wordSource(source), 'gu'))) {
            const spans = found.get(key as keyof typeof groups) ?? [];
            if (!spans.some((span) => span.start === match.index)) {
              missing.push(`${key} @${match.index} "${match[0]}" by ${source.slice(0, 60)}`);
            }
          }
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('reads the first words of a pattern, and whether they must be whole words', () => {
    assert.deepEqual(leadingWords('(?:we|i)\\s+help'), [
      { word: 'we', exact: true },
      { word: 'i', exact: true },
    ]);
    assert.deepEqual(leadingWords('loans?\\s+at'), [{ word: 'loan', exact: false }]);
    assert.deepEqual(leadingWords('whats\\s*app'), [{ word: 'whats', exact: false }]);
    assert.deepEqual(leadingWords('(?:this\\s+is\\s+)?my\\s+new'), [
      { word: 'this', exact: true },
      { word: 'my', exact: true },
    ]);
    assert.deepEqual(leadingWords('t\\.me'), [{ word: 't', exact: true }]);
    assert.deepEqual(leadingWords('wa\\.?me'), [{ word: 'wa', exact: false }]);
    assert.equal(leadingWords('[$€£]\\s?\\d+'), undefined);
  });
});
