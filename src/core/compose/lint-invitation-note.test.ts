import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LintCode } from './lint-invitation-note.js';
import { countNoteChars, lintInvitationNote } from './lint-invitation-note.js';

const playbookExample =
  'Hoi Saskia, ik heb vanavond met plezier jouw heldere & duidelijke opiniestuk in NRC gelezen. Mag ik je uitnodigen om te connecten? Dankjewel. Op mijn blog punt rovosmanagement punt nl/?cat=2 lees je over mijn passie (diversiteit). Graag tot ziens.\nMvg Robert Vos';
const good =
  'Hi Karin, great meeting you at ProductCamp Utrecht yesterday. May I invite you to connect? Thank you!\nBest, Robert';

const codes = (
  text: string,
  options: Partial<Parameters<typeof lintInvitationNote>[1]> = {},
): LintCode[] =>
  lintInvitationNote(text, { limit: 300, language: 'en', ...options }).findings.map(
    (finding) => finding.code,
  );

describe('lintInvitationNote', () => {
  it("passes the playbook's own example note at 300 characters", () => {
    assert.equal(countNoteChars(playbookExample), 262);
    const result = lintInvitationNote(playbookExample, {
      limit: 300,
      language: 'nl',
      recipientName: 'Saskia',
    });
    assert.equal(result.ok, true);
    assert.deepEqual(result.findings, []);
  });

  it('reports the exact count and limit when a note is too long, as an error', () => {
    const result = lintInvitationNote(playbookExample, { limit: 200, language: 'en' });
    assert.equal(result.ok, false);
    const finding = result.findings.find((f) => f.code === 'over-limit');
    assert.equal(finding?.severity, 'error');
    assert.match(finding?.text ?? '', /262 characters: 62 over the limit of 200/);
  });

  it('counts characters as a browser text field does: UTF-16 code units', () => {
    assert.equal(countNoteChars('é'), 1);
    assert.equal(countNoteChars('👋'), 2);
    assert.equal(countNoteChars('Hoi 👋🏽'), 8);
  });

  it('makes the default text, a mail-merge field, a missing hook and a missing ask errors', () => {
    const cases: [string, LintCode][] = [
      ["I'd like to add you to my professional network on LinkedIn.", 'default-text'],
      ['Ik wil je graag toevoegen aan mijn netwerk. Groet, Jan', 'default-text'],
      [
        'Hi {first_name}, great meeting you at the summit yesterday! Shall we connect? Thanks, Jan',
        'mail-merge',
      ],
      ['Hi Karin, your profile caught my eye. Shall we connect? Thanks!\nJan', 'no-hook'],
      [
        'Hoi Karin, we zitten allebei in de logistiek. Zullen we connecten? Dank je!\nJan',
        'no-hook',
      ],
      ['Hi Karin, great meeting you at ProductCamp Utrecht yesterday. Thank you!\nJan', 'no-ask'],
      [
        'Hoi Karin, leuk je gisteren te spreken op de Dag van de Logistiek. Dankjewel!\nMvg Jan',
        'no-ask',
      ],
    ];
    for (const [text, code] of cases) {
      const result = lintInvitationNote(text, { limit: 300, language: 'en' });
      const finding = result.findings.find((f) => f.code === code);
      assert.equal(finding?.severity, 'error', `${code}: ${text}`);
      assert.equal(result.ok, false, text);
    }
  });

  it('warns, without failing, about a missing name, thanks or sign-off, a pitch, links, emoji and shouting', () => {
    const cases: [string, LintCode, Partial<Parameters<typeof lintInvitationNote>[1]>][] = [
      [
        'Hi Karin, great meeting you at ProductCamp yesterday. May I invite you to connect? Thanks!\nJan',
        'no-name',
        { recipientName: 'Petra Jansen' },
      ],
      [
        'Great meeting you at ProductCamp yesterday. May I invite you to connect? Thanks!\nJan',
        'no-name',
        {},
      ],
      [
        'Hi Karin, great meeting you at ProductCamp yesterday. May I invite you to connect?\nJan',
        'no-thanks',
        {},
      ],
      [
        'Hoi Karin, leuk je gisteren te spreken op de Dag van de Logistiek. Zullen we connecten? Ik kijk er naar uit',
        'no-sign-off',
        {},
      ],
      [
        'Hi Karin, great meeting you at the HR Tech Forum yesterday. We help companies like yours cut hiring costs. Shall we connect? Thanks!\nJan',
        'sales-pitch',
        {},
      ],
      [
        'Hi Karin, great meeting you at ProductCamp yesterday, see www.a.com and https://b.nl/x. Shall we connect? Thanks!\nJan',
        'too-many-links',
        {},
      ],
      [
        'Hi Karin 👋 great meeting you at ProductCamp yesterday 🎉🎉 Shall we connect? Thanks! 🙏\nJan',
        'too-many-emoji',
        {},
      ],
      [
        'HI KARIN, GREAT MEETING YOU AT PRODUCTCAMP YESTERDAY. SHALL WE CONNECT? THANKS!\nJAN',
        'shouting',
        {},
      ],
    ];
    for (const [text, code, options] of cases) {
      const result = lintInvitationNote(text, { limit: 300, language: 'en', ...options });
      const finding = result.findings.find((f) => f.code === code);
      assert.equal(
        finding?.severity,
        'warning',
        `${code}: ${text} -> ${JSON.stringify(result.findings)}`,
      );
      assert.ok(
        result.findings.filter((f) => f.code !== code).every((f) => f.severity === 'warning'),
        `${code} only warnings`,
      );
      assert.equal(result.ok, true, text);
    }
  });

  it('finds nothing to say about a good note', () => {
    assert.deepEqual(codes(good, { recipientName: 'Karin Smit', signature: 'Best, Robert' }), []);
  });

  it('gives its advice in Dutch or English', () => {
    const nl = lintInvitationNote(
      'Hoi Karin, leuk je gisteren te spreken op de Dag van de Logistiek.\nJan',
      { limit: 300, language: 'nl' },
    );
    assert.match(nl.findings.find((f) => f.code === 'no-ask')?.text ?? '', /Mag ik je uitnodigen/);
    const en = lintInvitationNote('Hi Karin, great meeting you at ProductCamp yesterday.\nJan', {
      limit: 300,
      language: 'en',
    });
    assert.match(
      en.findings.find((f) => f.code === 'no-ask')?.text ?? '',
      /May I invite you to connect/,
    );
  });
});
