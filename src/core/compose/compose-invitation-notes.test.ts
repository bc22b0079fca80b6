import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DraftLanguage } from '../i18n/languages.js';
import { draftLanguages } from '../i18n/languages.js';
import { classifyInvitationNote } from '../invitation-note/classify-invitation-note.js';
import { composeInvitationNotes } from './compose-invitation-notes.js';
import { lintInvitationNote } from './lint-invitation-note.js';
import type { HookContext } from './note-phrasings.js';

const hooks: Record<DraftLanguage, Record<Exclude<HookContext, 'other'>, string>> = {
  nl: {
    event: 'de lunchlezing van de KvK in Breda',
    content: 'opiniestuk in NRC over diversiteit',
    mutual: 'Joris Smit',
    organisation: 'de Rotary Zwolle',
  },
  en: {
    event: 'the HR Tech Forum in Rotterdam',
    content: 'article in the FD on hybrid work',
    mutual: 'Joris Smit',
    organisation: 'the Dutch Design Association',
  },
  de: {
    event: 'der Hannover Messe',
    content: 'Ihr Artikel im Handelsblatt über Lieferketten',
    mutual: 'Jan Bakker',
    organisation: 'dem VDI Hamburg',
  },
  fr: {
    event: 'le salon VivaTech',
    content: 'article dans Les Échos sur les circuits courts',
    mutual: 'Claire Dubois',
    organisation: 'la CCI de Lyon',
  },
  es: {
    event: 'el congreso de Valencia',
    content: 'artículo en Expansión sobre logística',
    mutual: 'Marta López',
    organisation: 'la Cámara de Comercio de Madrid',
  },
  it: {
    event: 'il Salone del Mobile',
    content: 'il Suo articolo sul Sole 24 Ore',
    mutual: 'Marco Conti',
    organisation: 'Assolombarda',
  },
  pt: {
    event: 'o Web Summit em Lisboa',
    content: 'o seu artigo no Público sobre habitação',
    mutual: 'Inês Costa',
    organisation: 'a AICEP',
  },
};

describe('composeInvitationNotes', () => {
  it('drafts personal notes that pass lint, in every language and context, within 300 and 200', () => {
    const problems: string[] = [];
    for (const language of draftLanguages) {
      for (const [context, hook] of Object.entries(hooks[language])) {
        for (const limit of [300, 200]) {
          const drafts = composeInvitationNotes({
            to: 'Saskia de Boer',
            hook,
            context: context as HookContext,
            pointer: 'rovosmanagement.nl',
            language,
            limit,
            signature: 'Mvg Robert Vos',
          });
          if (drafts.length === 0) problems.push(`${language} ${context} ${limit}: no draft`);
          for (const draft of drafts) {
            const lint = lintInvitationNote(draft.text, {
              limit,
              language: 'en',
              recipientName: 'Saskia de Boer',
              signature: 'Mvg Robert Vos',
            });
            const errors = lint.findings.filter((f) => f.severity === 'error').map((f) => f.code);
            if (errors.length > 0 || draft.chars > limit || draft.chars !== draft.text.length) {
              problems.push(
                `${language} ${context} ${limit}: ${errors.join(',')} ${draft.chars} ${draft.text}`,
              );
            }
            if (!draft.text.includes('Saskia') || !draft.text.endsWith('Mvg Robert Vos'))
              problems.push(`${language}: name or signature missing`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('stays within both limits for long names and long hooks, and never drafts a default or generic text', () => {
    for (const language of draftLanguages) {
      for (const limit of [300, 200]) {
        const drafts = composeInvitationNotes({
          to: 'Dr. Maria-Alexandrina van Oldenbarnevelt-Schimmelpenninck tot Nijenhuis',
          hook: `${hooks[language].event} ${'en de uitgebreide nabespreking over de toekomst van de Europese maakindustrie en logistiek '.repeat(3)}`,
          context: 'event',
          language,
          limit,
          signature: 'Met vriendelijke groet, Robert Vos (Rovos Management)',
        });
        assert.ok(drafts.length > 0, `${language} ${limit}`);
        for (const draft of drafts) {
          assert.ok(draft.chars <= limit, `${language} ${limit}: ${draft.chars}`);
          assert.match(draft.text, /Maria-Alexandrina/);
          const note = classifyInvitationNote(draft.text);
          assert.equal(note.isDefaultText, false);
        }
      }
    }
  });

  it('offers up to three different drafts, the fullest first', () => {
    const drafts = composeInvitationNotes({
      to: 'Karin',
      hook: 'the HR Tech Forum in Rotterdam',
      context: 'event',
      pointer: 'rovos.nl',
      language: 'en',
      limit: 300,
    });
    assert.equal(drafts.length, 3);
    assert.equal(new Set(drafts.map((d) => d.text)).size, 3);
    assert.ok(drafts[0]!.chars >= drafts[2]!.chars);
    assert.match(drafts[0]!.text, /rovos\.nl/);
  });

  it('merges prepositions and articles as the language does', () => {
    const [french] = composeInvitationNotes({
      to: 'Claire',
      hook: 'le salon VivaTech',
      context: 'event',
      language: 'fr',
      limit: 300,
    });
    assert.match(french?.text ?? '', /lors du salon VivaTech/);
    const [portuguese] = composeInvitationNotes({
      to: 'João',
      hook: 'o Web Summit',
      context: 'event',
      language: 'pt',
      limit: 300,
    });
    assert.match(portuguese?.text ?? '', /no Web Summit/);
  });
});
