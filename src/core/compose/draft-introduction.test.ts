import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectHelpOffers } from '../give-and-take/detect-help-offers.js';
import { draftLanguages } from '../i18n/languages.js';
import type { Register } from '../language/detect-register.js';
import { draftIntroduction, jointVoice, reasonSentence } from './draft-introduction.js';
import { introductionPhrasings } from './introduction-phrasings.js';

const anna = { name: 'Dr. Anna de Vries', position: 'Head of Payments', company: 'Bunq' };
const bob = { name: 'Bob Jansen', position: null, company: 'Isala' };

/** Forms that change with the writer's or the recipients' gender. */
const genderedForms =
  /\b(?:ravie?|ravi\(e\)|heureuse?|enchantée?|obrigad[oa]|encantad[oa]|content[oa]|lieta|lieto|l'une?\s+à\s+l'autre|los\s+dos|las\s+dos|entramb[ie]|ambos|ambas|um\s+ao\s+outro|uma\s+à\s+outra)\b/iu;

describe('draftIntroduction', () => {
  it('asks each side in their own language and introduces both in the one they share', () => {
    const drafts = draftIntroduction({
      a: { ...anna, language: 'nl' },
      b: { ...bob, language: 'nl', register: 'formal' },
      why: 'jullie werken allebei aan onboarding in de zorg',
      signature: 'Groet, Karin',
      seed: 'a|b',
    });
    assert.equal(drafts.askA.language, 'nl');
    assert.equal(drafts.askA.register, 'informal');
    assert.match(drafts.askA.text, /^Hoi Anna, /u);
    assert.match(drafts.askA.text, /Bob Jansen \(Isala\)/u);
    assert.match(drafts.askA.text, /Jullie werken allebei aan onboarding in de zorg\./u);
    assert.match(drafts.askA.text, /\n\nGroet, Karin$/u);
    assert.equal(drafts.askB.register, 'formal');
    assert.match(
      drafts.askB.text,
      /^Beste Bob, graag stel ik u voor aan Dr\. Anna de Vries \(Head of Payments, Bunq\)\./u,
    );
    // One side formal: the message to both is formal.
    assert.deepEqual(
      [drafts.introduction.language, drafts.introduction.register],
      ['nl', 'formal'],
    );
    assert.match(drafts.introduction.text, /^Beste Anna en Bob, /u);
  });

  it('writes to both in English when they speak different languages', () => {
    assert.deepEqual(jointVoice({ ...anna, language: 'de' }, { ...bob, language: 'nl' }), {
      language: 'en',
      register: 'informal',
    });
    assert.deepEqual(jointVoice({ ...anna, language: 'de' }, { ...bob, language: 'de' }), {
      language: 'de',
      register: 'formal',
    });
  });

  it('fills every slot in every language and register, without gendered forms', () => {
    const problems: string[] = [];
    for (const language of draftLanguages) {
      for (const register of ['formal', 'informal'] as Register[]) {
        const count = Math.max(
          introductionPhrasings[language][register].ask.length,
          introductionPhrasings[language][register].introduce.length,
        );
        for (let seed = 0; seed < count * 8; seed += 1) {
          const drafts = draftIntroduction({
            a: { ...anna, language, register },
            b: { ...bob, language, register },
            why: 'both of you rebuilt onboarding',
            seed: String(seed),
          });
          for (const draft of [drafts.askA, drafts.askB, drafts.introduction]) {
            const where = `${language}/${register}: ${draft.text}`;
            if (/[{}]/u.test(draft.text)) problems.push(`slot left: ${where}`);
            if (genderedForms.test(draft.text)) problems.push(`gendered: ${where}`);
            if (!draft.text.includes('Both of you rebuilt onboarding.'))
              problems.push(`no why: ${where}`);
            if (/ {2}| [,.]/u.test(draft.text)) problems.push(`spacing: ${where}`);
            if (draft.text.length > 500) problems.push(`too long (${draft.text.length}): ${where}`);
          }
          if (!drafts.askA.text.includes('Bob Jansen (Isala)'))
            problems.push(`no other: ${drafts.askA.text}`);
          if (
            !/Anna/u.test(drafts.introduction.text) ||
            !/Bob Jansen \(Isala\)/u.test(drafts.introduction.text)
          )
            problems.push(`names: ${drafts.introduction.text}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('introduces in words the ledger recognises as an introduction, in every language', () => {
    const missed: string[] = [];
    for (const language of draftLanguages) {
      for (const register of ['formal', 'informal'] as Register[]) {
        for (const text of introductionPhrasings[language][register].introduce) {
          if (!detectHelpOffers(text.replace(/\{\w+\}/gu, 'X')).has('introduction'))
            missed.push(`${language}/${register}: ${text}`);
        }
      }
    }
    assert.deepEqual(missed, []);
  });

  it('always drafts the same messages for the same pair', () => {
    const request = {
      a: { ...anna, language: 'en' as const },
      b: { ...bob, language: 'en' as const },
      why: 'you both work on payments',
      seed: 'u:linkedin.com/in/anna|u:linkedin.com/in/bob',
    };
    assert.deepEqual(draftIntroduction(request), draftIntroduction(request));
  });
});

describe('reasonSentence', () => {
  it('makes the reason one sentence', () => {
    assert.equal(reasonSentence('  you both  work on payments '), 'You both work on payments.');
    assert.equal(reasonSentence('Zij zoekt een mentor!'), 'Zij zoekt een mentor!');
    assert.equal(reasonSentence(''), '');
  });
});
