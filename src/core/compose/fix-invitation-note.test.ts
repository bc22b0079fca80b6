import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixInvitationNote } from './fix-invitation-note.js';
import { lintInvitationNote } from './lint-invitation-note.js';

const playbookExample =
  'Hoi Saskia, ik heb vanavond met plezier jouw heldere & duidelijke opiniestuk in NRC gelezen. Mag ik je uitnodigen om te connecten? Dankjewel. Op mijn blog punt rovosmanagement punt nl/?cat=2 lees je over mijn passie (diversiteit). Graag tot ziens.\nMvg Robert Vos';

describe('fixInvitationNote', () => {
  it("brings the playbook's example within 200 characters, keeping the name, the newspaper piece, the ask and the sign-off", () => {
    const outcome = fixInvitationNote(playbookExample, { limit: 200, recipientName: 'Saskia' });
    assert.equal(outcome.fixed, true);
    assert.ok(outcome.chars <= 200, `${outcome.chars}`);
    assert.equal(outcome.text.length, outcome.chars);
    assert.match(outcome.text, /^Hoi Saskia,/);
    assert.match(outcome.text, /opiniestuk in NRC/);
    assert.match(outcome.text, /Mag ik je uitnodigen om te connecten\?/);
    assert.match(outcome.text, /Mvg Robert Vos$/);
    const relinted = lintInvitationNote(outcome.text, {
      limit: 200,
      language: 'nl',
      recipientName: 'Saskia',
    });
    assert.equal(relinted.ok, true, JSON.stringify(relinted.findings));
  });

  it('cuts the least valuable parts first and puts back what fits', () => {
    const outcome = fixInvitationNote(playbookExample, { limit: 200, recipientName: 'Saskia' });
    assert.deepEqual(outcome.steps.slice(0, 1), ['filler']);
    assert.doesNotMatch(outcome.text, /met plezier/);
    assert.doesNotMatch(outcome.text, /rovosmanagement/, 'the pointer goes before the thanks');
    assert.match(outcome.text, /Dankjewel\./);
    assert.match(
      outcome.text,
      /Graag tot ziens\./,
      'the closing fits again once the pointer is gone',
    );
  });

  it('shortens a long sign-off the way people do ("Mvg", "Best")', () => {
    const dutch = fixInvitationNote(
      'Hoi Karin, leuk je gisteren te spreken op de Dag van de Logistiek in Veenendaal over elektrische vrachtwagens. Zullen we connecten?\nMet vriendelijke groet,\nRobert Vos',
      { limit: 150, recipientName: 'Karin' },
    );
    assert.equal(dutch.fixed, true);
    assert.match(dutch.text, /Mvg/);
    const english = fixInvitationNote(
      'Hi Karin, great meeting you at the HR Tech Forum in Rotterdam on Tuesday about onboarding. Shall we connect? Thank you!\nKind regards,\nRobert Vos',
      { limit: 130, recipientName: 'Karin' },
    );
    assert.equal(english.fixed, true, JSON.stringify(english));
    assert.ok(english.chars <= 130);
    assert.match(english.text, /Best/);
    assert.match(english.text, /HR Tech Forum/);
  });

  it('leaves a note that fits alone, apart from tidying spaces', () => {
    const outcome = fixInvitationNote(
      'Hi Karin,  great meeting you at ProductCamp yesterday. Shall we connect?\nJan',
      { limit: 300 },
    );
    assert.equal(outcome.fixed, true);
    assert.equal(
      outcome.text,
      'Hi Karin, great meeting you at ProductCamp yesterday. Shall we connect?\nJan',
    );
  });

  it('says so when the essentials alone are too long', () => {
    const outcome = fixInvitationNote(
      'Hi Karin, great meeting you yesterday at the extremely long-named annual international conference on supply chain resilience, nearshoring, reshoring and the future of European manufacturing in Rotterdam. Shall we connect?\nJan',
      { limit: 120, recipientName: 'Karin' },
    );
    assert.equal(outcome.fixed, false);
    assert.ok(outcome.chars > 120);
  });
});
