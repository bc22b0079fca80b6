import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftLanguages } from '../i18n/languages.js';
import { draftEventNote } from './draft-event-note.js';
import { lintInvitationNote } from './lint-invitation-note.js';

describe('draftEventNote', () => {
  it('names the event and the topic, within both limits, and passes lint in every language', () => {
    for (const language of draftLanguages) {
      for (const limit of [300, 200]) {
        const note = draftEventNote(
          { name: 'Karin de Vries', topic: 'warmtepompen in oude huizen' },
          'de Dag van de Logistiek',
          { language, limit, signature: 'Mvg Robert Vos' },
        );
        assert.ok(note, `${language} ${limit}`);
        assert.ok(note.chars <= limit);
        assert.match(note.text, /Dag van de Logistiek/);
        assert.match(note.text, /warmtepompen/);
        const lint = lintInvitationNote(note.text, {
          limit,
          language: 'en',
          recipientName: 'Karin de Vries',
          signature: 'Mvg Robert Vos',
        });
        assert.equal(lint.ok, true, `${language}: ${JSON.stringify(lint.findings)} ${note.text}`);
      }
    }
  });
});
