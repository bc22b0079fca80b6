import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SummaryAuditFinding } from './audit-summary.js';
import { auditSummary, seeMorePreviewChars } from './audit-summary.js';

/**
 * Playbook §3: greet the visitor and offer help, then what you offer, then a short profile
 * sketch; the offer before "see more", within 2,600 characters.
 */
const complete = {
  nl: "Hartelijk dank voor uw bezoek aan mijn profiel. Waarmee zou ik u mogen helpen? Ik help zzp'ers met hun boekhouding, zodat ze meer tijd overhouden voor hun klanten. Ik ben sinds 2012 zelfstandig boekhouder en werkte daarvoor tien jaar bij de Belastingdienst.",
  en: 'Thanks for visiting my profile. How can I help you? I help small firms cut their IT costs by moving them to the cloud. I am a former network engineer with 15 years of experience in retail IT.',
};

const codes = (summary: string | undefined, language: 'nl' | 'en' = 'en'): string[] =>
  auditSummary(summary, language).findings.map((finding) => finding.code);

describe('auditSummary', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`judges a ${language} summary with greeting, help, offer and sketch good`, () => {
      const audit = auditSummary(complete[language], language);
      assert.equal(audit.verdict, 'good', JSON.stringify(audit.findings));
      assert.deepEqual(audit.parts, {
        welcome: true,
        offer: true,
        pitch: true,
        offerBeforeSeeMore: true,
      });
      assert.equal(audit.chars, complete[language].length);
    });
  }

  const cases: [string, string, SummaryAuditFinding[]][] = [
    // [what, summary, findings]
    [
      'an offer alone lacks the welcome and the sketch (en)',
      'I help small firms cut their IT costs by moving them to the cloud.',
      ['summary-no-welcome', 'summary-no-pitch'],
    ],
    [
      'an offer alone lacks the welcome and the sketch (nl)',
      "Ik help zzp'ers met hun boekhouding, zodat ze meer tijd overhouden voor hun klanten.",
      ['summary-no-welcome', 'summary-no-pitch'],
    ],
    [
      'a greeting without an offer of help asks for one (nl)',
      'Welkom op mijn profiel! Ik ontwerp websites voor lokale winkels in Utrecht. Ik ben sinds 2015 zelfstandig webdesigner.',
      ['summary-no-help-offer'],
    ],
    [
      'a greeting without an offer of help asks for one (en)',
      'Thanks for stopping by! I design websites for local shops in Utrecht. I have worked as a freelance designer since 2015.',
      ['summary-no-help-offer'],
    ],
    [
      'the greeting formula alone offers nothing and sketches nobody (nl)',
      'Hartelijk dank voor uw bezoek aan mijn profiel. Waarmee zou ik u mogen helpen?',
      ['summary-slogans', 'summary-no-offer', 'summary-no-pitch'],
    ],
    [
      'a sketch without an offer asks what you offer (en)',
      'Thanks for visiting my profile. How can I help you? I am a nurse with 12 years of experience in intensive care at Isala in Zwolle.',
      ['summary-no-offer'],
    ],
    [
      'a sketch without an offer asks what you offer (nl)',
      'Welkom op mijn profiel, neem gerust contact op. Ik ben verpleegkundige met 12 jaar ervaring op de intensive care van Isala in Zwolle.',
      ['summary-no-offer'],
    ],
    [
      'slogans say nothing (en)',
      'A motivated team player who loves a challenge.',
      ['summary-no-welcome', 'summary-slogans', 'summary-no-offer', 'summary-no-pitch'],
    ],
    [
      'slogans say nothing (nl)',
      'Gedreven teamspeler die houdt van een uitdaging.',
      ['summary-no-welcome', 'summary-slogans', 'summary-no-offer', 'summary-no-pitch'],
    ],
  ];
  for (const [what, summary, findings] of cases) {
    it(`finds that ${what}`, () => {
      assert.deepEqual(codes(summary), findings);
      assert.equal(auditSummary(summary, 'en').verdict, 'weak');
    });
  }

  const offers: [string, boolean][] = [
    ['Thanks for visiting. I am a designer who builds webshops for bakeries in Utrecht.', true],
    ['Welkom! Ik ben een ontwerper die webwinkels voor bakkers in Utrecht bouwt.', true],
    ['Diensten: boekhouding, loonadministratie en belastingaangifte voor zzp’ers in Zwolle.', true],
    ['Our services include payroll and bookkeeping for 40 small firms in Leeds.', true],
    [
      "Thanks for visiting. I'd be happy to help you with anything at all, any time, anywhere.",
      false,
    ],
    ['Ik help je graag verder, stuur me gerust een bericht via LinkedIn of mail.', false],
  ];
  for (const [summary, offer] of offers) {
    it(`${offer ? 'finds' : 'finds no'} offer in "${summary.slice(0, 48)}..."`, () => {
      assert.equal(auditSummary(summary, 'en').parts?.offer, offer);
    });
  }

  it('calls an empty summary missing and asks for all three parts', () => {
    const audit = auditSummary('  ', 'nl');
    assert.equal(audit.verdict, 'missing');
    assert.deepEqual(
      audit.findings.map((f) => f.code),
      ['summary-missing'],
    );
    assert.match(
      audit.findings[0]!.advice,
      /begroet de bezoeker.*wat je te bieden hebt.*profielschets/,
    );
  });

  it('leaves a summary nobody gave unknown, without findings', () => {
    assert.deepEqual(auditSummary(undefined, 'en'), { verdict: 'unknown', findings: [], chars: 0 });
  });

  it('finds the offer made only after "see more" and says where it starts', () => {
    const longGreeting =
      'Thanks for visiting my profile, and welcome. How can I help you? ' +
      'Over the past years I have had the pleasure of meeting many wonderful people in many places. '.repeat(
        3,
      );
    const summary = `${longGreeting}I help small firms cut their IT costs by moving them to the cloud. I am a former network engineer.`;
    const audit = auditSummary(summary, 'en');
    assert.ok(audit.parts?.offer);
    assert.equal(audit.parts?.offerBeforeSeeMore, false);
    assert.deepEqual(codes(summary), ['summary-point-after-see-more']);
    const advice = audit.findings[0]!.advice;
    assert.match(advice, new RegExp(`first ${seeMorePreviewChars} characters`));
    assert.match(advice, /around character \d{3}/);
  });

  it('keeps the offer before "see more" when it comes right after the greeting in a long text', () => {
    const summary = `${complete.en} ${'Outside work I coach a youth football team in Utrecht. '.repeat(10)}`;
    assert.ok(summary.length > seeMorePreviewChars);
    assert.deepEqual(codes(summary), []);
  });

  it('flags a summary over 2,600 characters with its length, in Dutch and English', () => {
    const summary = `${complete.nl} ${'Daarnaast verzorg ik de jaarafsluiting voor stichtingen en verenigingen. '.repeat(40)}`;
    assert.ok(summary.length > 2600);
    const nl = auditSummary(summary, 'nl');
    assert.deepEqual(
      nl.findings.map((f) => f.code),
      ['summary-too-long'],
    );
    assert.match(
      nl.findings[0]!.advice,
      new RegExp(`telt ${summary.length.toLocaleString('nl-NL')} tekens.*2\\.600`),
    );
    assert.match(auditSummary(summary, 'en').findings[0]!.advice, /LinkedIn allows 2,600/);
  });

  it("gives each finding's advice in the user's language", () => {
    const summary = 'A motivated team player who loves a challenge.';
    const nl = auditSummary(summary, 'nl')
      .findings.map((f) => f.advice)
      .join(' ');
    const en = auditSummary(summary, 'en')
      .findings.map((f) => f.advice)
      .join(' ');
    assert.match(nl, /Begin met een begroeting.*Hartelijk dank voor uw bezoek/);
    assert.match(nl, /elevator pitch: wie je bent/);
    assert.match(en, /Open with a greeting.*Thanks for visiting my profile/);
    assert.match(en, /elevator pitch: who you are/);
  });
});

/**
 * An outside check (issue 6) wrote fresh About texts in seven languages; every part was missed
 * in French, Spanish, Italian and Portuguese, and third-person texts lost their offer and
 * sketch. These are other texts of the same kinds.
 */
describe('auditSummary in seven languages and in the third person', () => {
  const good: [string, string][] = [
    [
      'de',
      'Herzlich willkommen! Was kann ich für Sie tun? Ich betreue Arztpraxen bei ihrer IT, vom Netzwerk bis zur Datensicherung. Seit über 10 Jahren arbeite ich als Systemadministrator, davor war ich bei Siemens.',
    ],
    [
      'fr',
      "Bonjour et merci pour votre visite ! N'hésitez pas à me contacter. Je conçois des jardins pour les particuliers et les copropriétés. Paysagiste depuis 2009, j'ai été chef de chantier pendant six ans.",
    ],
    [
      'es',
      'Hola, bienvenido a mi perfil. No dudes en escribirme. Asesoro a restaurantes en la gestión de sus compras y proveedores. Soy ingeniera industrial y trabajé ocho años en una cadena hotelera.',
    ],
    [
      'it',
      'Benvenuti sul mio profilo! Come posso esservi utile? Realizzo siti web e negozi online per artigiani e piccole imprese. Sono sviluppatore dal 2014 e ho lavorato tre anni in un’agenzia di Milano.',
    ],
    [
      'pt',
      'Olá, obrigada pela visita! Em que posso ajudar? Presto assessoria jurídica a startups: contratos, sociedades e investimentos. Sou advogada formada em Coimbra, com 12 anos de experiência.',
    ],
    [
      'en',
      'Hi, nice to meet you! Drop me a line if you need a hand. She designs kitchens for small restaurants. She has worked as a chef for nine years before retraining as an interior designer.',
    ],
  ];
  for (const [language, summary] of good) {
    it(`finds greeting and help, offer and sketch (${language})`, () => {
      const audit = auditSummary(summary, 'en');
      assert.equal(audit.verdict, 'good', JSON.stringify(audit.parts));
    });
  }

  const thirdPerson: [string, string][] = [
    [
      'nl',
      'Kees is een ervaren installateur die zonnepanelen plaatst bij boerderijen. Hij werkte vijftien jaar bij Eneco.',
    ],
    [
      'de',
      'Anna ist Architektin und entwirft Holzhäuser, sie berät Bauherren im Allgäu. Sie gründete ihr Büro vor acht Jahren.',
    ],
    [
      'es',
      'Lucía es fisioterapeuta y ayuda a corredores a recuperarse de lesiones. Tiene más de diez años de experiencia en clubes de atletismo.',
    ],
  ];
  for (const [language, summary] of thirdPerson) {
    it(`finds the offer and the sketch in a summary about oneself in the third person (${language})`, () => {
      const audit = auditSummary(summary, 'en');
      assert.deepEqual(
        audit.findings.map((finding) => finding.code),
        ['summary-no-welcome'],
        summary,
      );
    });
  }

  it('finds a Dutch offer with a less common verb (verhuren, onderhouden, plaatsen)', () => {
    const audit = auditSummary(
      'Wij plaatsen en onderhouden laadpalen bij bedrijven in Brabant. Ik ben sinds 2019 eigenaar.',
      'en',
    );
    assert.equal(audit.parts?.offer, true);
  });

  it('does not take German "es gibt" for the Spanish "es abogada" sketch', () => {
    const audit = auditSummary(
      'Es gibt viel zu tun. Ich helfe Handwerkern bei der Buchhaltung.',
      'en',
    );
    assert.equal(audit.parts?.pitch, false);
  });

  it('still finds no offer or sketch in slogans, in any language', () => {
    for (const summary of [
      'Persona dinámica y apasionada, siempre con ganas de aprender y superar nuevos retos.',
      'Personne dynamique et motivée, passionnée par les défis et le travail en équipe.',
      'Profissional proativo e apaixonado por desafios, sempre em busca de crescimento.',
    ]) {
      const audit = auditSummary(summary, 'en');
      assert.deepEqual(
        audit.parts,
        {
          welcome: false,
          offer: false,
          pitch: false,
          offerBeforeSeeMore: false,
        },
        summary,
      );
    }
  });
});
