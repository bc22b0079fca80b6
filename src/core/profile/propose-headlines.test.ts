import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proposeHeadlines, whatForWhom } from './propose-headlines.js';

describe('proposeHeadlines', () => {
  it('builds "Title at Company | what you do for whom" from the position and the summary (en)', () => {
    const proposals = proposeHeadlines({
      position: { title: 'Sales Manager', company: 'Acme Cloud' },
      summary:
        'Thanks for visiting. How can I help you? I help small firms cut their IT costs by moving them to the cloud.',
      language: 'en',
    });
    assert.deepEqual(proposals, [
      'Sales Manager at Acme Cloud | Helping small firms cut their IT costs',
      'Helping small firms cut their IT costs | Sales Manager at Acme Cloud',
      'Sales Manager at Acme Cloud | Helping [whom] with [what]',
    ]);
  });

  it('builds "Titel bij Bedrijf | wat je voor wie doet" in Dutch, keeping the first person', () => {
    const proposals = proposeHeadlines({
      position: { title: 'Boekhouder', company: 'Cijferwerk' },
      industry: 'Accounting',
      summary:
        "Ik help zzp'ers met hun boekhouding, zodat ze meer tijd overhouden voor hun klanten.",
      language: 'nl',
    });
    assert.deepEqual(proposals, [
      "Boekhouder bij Cijferwerk | Ik help zzp'ers met hun boekhouding",
      "Ik help zzp'ers met hun boekhouding | Boekhouder bij Cijferwerk",
      'Boekhouder bij Cijferwerk | Accounting',
    ]);
  });

  it('falls back on the industry, then on a template to fill in', () => {
    assert.deepEqual(
      proposeHeadlines({
        position: { title: 'Verpleegkundige', company: 'Isala' },
        industry: 'Hospital & Health Care',
        language: 'nl',
      }),
      [
        'Verpleegkundige bij Isala',
        'Verpleegkundige bij Isala | Hospital & Health Care',
        'Verpleegkundige bij Isala | Ik help [wie] met [wat]',
      ],
    );
    assert.deepEqual(proposeHeadlines({ position: { title: 'Nurse' }, language: 'en' }), [
      'Nurse',
      'Nurse | Helping [whom] with [what]',
      '[What you do] for [whom] | Nurse',
    ]);
  });

  it('leaves out a proposal equal to the current headline', () => {
    const proposals = proposeHeadlines({
      position: { title: 'Nurse', company: 'Isala' },
      current: 'nurse at  Isala',
      language: 'en',
    });
    assert.ok(!proposals.some((p) => p.toLowerCase() === 'nurse at isala'), proposals.join(' / '));
    assert.equal(proposals.length, 2);
  });

  it('keeps every proposal within 220 characters, even with a very long company name', () => {
    const proposals = proposeHeadlines({
      position: {
        title: 'Senior Strategic Account Director for Northern and Western Europe',
        company: `${'Very Long Holding Name '.repeat(6)}B.V.`,
      },
      industry: 'Information Technology and Services',
      summary:
        'We help mid-sized logistics companies in the Benelux plan their routes and loads with software.',
      language: 'en',
    });
    assert.ok(proposals.length >= 2);
    for (const proposal of proposals)
      assert.ok(proposal.length <= 220, `${proposal.length}: ${proposal}`);
  });

  it('proposes nothing without a title', () => {
    assert.deepEqual(proposeHeadlines({ position: { title: '  ' }, language: 'en' }), []);
  });
});

describe('whatForWhom', () => {
  const cases: [string, 'nl' | 'en', string | undefined][] = [
    ['I design websites for local shops.', 'en', 'Designing websites for local shops'],
    [
      'We help SaaS founders hire their first engineers.',
      'en',
      'Helping SaaS founders hire their first engineers',
    ],
    [
      'How can I help you? I run payroll for small charities.',
      'en',
      'Running payroll for small charities',
    ],
    [
      'Als coach begeleid ik teams bij grote veranderingen.',
      'nl',
      'Ik begeleid teams bij grote veranderingen',
    ],
    [
      'Wij bouwen webwinkels voor bakkers, slagers en kaasboeren.',
      'nl',
      'Wij bouwen webwinkels voor bakkers',
    ],
    ['A motivated team player who loves a challenge.', 'en', undefined],
    ['Waarmee kan ik je helpen?', 'nl', undefined],
  ];
  for (const [summary, language, expected] of cases) {
    it(`reads "${summary}" as ${expected === undefined ? 'nothing' : `"${expected}"`}`, () => {
      assert.equal(whatForWhom(summary, language), expected);
    });
  }
});
