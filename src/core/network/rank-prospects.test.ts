import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftProspectNote } from '../compose/draft-prospect-note.js';
import { lintInvitationNote } from '../compose/lint-invitation-note.js';
import { isProspectRowProblem, mapProspectRow } from './prospect-row.js';
import { rankPoints, rankProspects } from './rank-prospects.js';

const interests = {
  companies: ['Isala', 'Bunq'],
  industries: ['zorg'],
  keywords: ['onboarding', 'payments'],
  places: ['Zwolle'],
};

describe('rankProspects', () => {
  it('puts target companies, fields, keywords, places and warm introductions first, and explains each point', () => {
    const ranked = rankProspects(
      [
        { name: 'No Match', headline: 'Baker', company: 'Bakkerij Jansen', location: 'Assen' },
        { name: 'Warm Only', headline: 'Accountant', mutualConnections: 40 },
        {
          name: 'Karin de Vries',
          headline: 'Manager onboarding in de zorg',
          company: 'Isala',
          location: 'Zwolle',
          mutualConnections: 12,
          mutualName: 'Joris Smit',
        },
        { name: 'Tom Baker', headline: 'Head of Payments', company: 'Bunq', location: 'Amsterdam' },
      ],
      interests,
      'en',
    );
    assert.deepEqual(
      ranked.map((r) => r.prospect.name),
      ['Karin de Vries', 'Tom Baker', 'Warm Only', 'No Match'],
    );
    const karin = ranked[0]!;
    assert.deepEqual(
      karin.reasons.map((r) => r.code),
      ['company', 'industry', 'keyword', 'place', 'mutual-connections', 'mutual-name'],
    );
    assert.equal(karin.score, 100, 'capped at 100');
    assert.equal(ranked[1]!.score, rankPoints.company + rankPoints.keywordEach);
    assert.equal(ranked[3]!.score, 0);
    assert.ok(karin.reasons.every((reason) => reason.text.length > 0));
  });

  it('matches interests as whole words, whatever the case or accents', () => {
    const [ranked] = rankProspects(
      [{ name: 'A', headline: 'BUNQ payments lead', company: 'bunq' }],
      interests,
      'nl',
    );
    assert.deepEqual(
      ranked?.reasons.map((r) => r.code),
      ['company', 'keyword'],
    );
    const [none] = rankProspects(
      [{ name: 'B', headline: 'Onboardingsspecialist', company: 'Isalandia' }],
      interests,
      'nl',
    );
    assert.deepEqual(none?.reasons, []);
  });
});

describe('mapProspectRow', () => {
  it('reads the documented header and the common aliases', () => {
    assert.deepEqual(
      mapProspectRow({
        'First Name': 'Karin',
        'Last Name': 'de Vries',
        Title: 'Nurse',
        Organization: 'Isala',
        City: 'Zwolle',
        'Mutual Connections': '12 mutual',
        URL: 'https://x',
      }),
      {
        name: 'Karin de Vries',
        headline: 'Nurse',
        company: 'Isala',
        location: 'Zwolle',
        mutualConnections: 12,
        profileUrl: 'https://x',
      },
    );
  });

  it('names the field of a row it cannot read', () => {
    const noName = mapProspectRow({ headline: 'x' });
    assert.ok(isProspectRowProblem(noName) && noName.field === 'name');
    const badNumber = mapProspectRow({ name: 'A', mutualConnections: 'many' });
    assert.ok(isProspectRowProblem(badNumber) && badNumber.field === 'mutualConnections');
  });
});

describe('draftProspectNote', () => {
  it('asks a concrete question about their work and names the shared connection, as a note that passes lint', () => {
    const [karin] = rankProspects(
      [
        {
          name: 'Karin de Vries',
          headline: 'Manager onboarding',
          company: 'Isala',
          mutualName: 'Joris Smit',
        },
      ],
      interests,
      'nl',
    );
    for (const language of ['nl', 'en', 'de', 'fr', 'es', 'it', 'pt'] as const) {
      const note = draftProspectNote(karin!, { language, limit: 200, signature: 'Mvg Robert Vos' });
      assert.ok(note, language);
      assert.match(note.text, /Joris Smit/);
      assert.match(note.text, /Isala/);
      const lint = lintInvitationNote(note.text, {
        limit: 200,
        language: 'en',
        recipientName: 'Karin de Vries',
        signature: 'Mvg Robert Vos',
      });
      assert.equal(lint.ok, true, `${language}: ${JSON.stringify(lint.findings)} ${note.text}`);
    }
  });
});
