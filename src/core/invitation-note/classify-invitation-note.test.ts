import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NoteKind } from './classify-invitation-note.js';
import { classifyInvitationNote } from './classify-invitation-note.js';

type Case = [kind: NoteKind, note: string];

function assertKinds(cases: readonly Case[]): void {
  const wrong = cases
    .map(([expected, note]) => ({ expected, note, got: classifyInvitationNote(note).kind }))
    .filter((c) => c.got !== c.expected);
  assert.deepEqual(
    wrong,
    [],
    `misclassified:\n${wrong.map((w) => `  ${w.expected} <- ${w.got}: ${w.note}`).join('\n')}`,
  );
}

describe('classifyInvitationNote', () => {
  it('rules the playbook borderline notes as the playbook does', () => {
    assertKinds([
      [
        'personal',
        'Hoi Karin, fijn je vanmiddag te ontmoeten bij de lunchlezing van de Kamer van Koophandel in Breda',
      ],
      [
        'personal',
        'Hi Karin, Joris Smit told me you rebuilt the onboarding at your hospital; could I ask you two questions?',
      ],
      [
        'personal',
        "Hi Karin, I see you lead the payments team at Bunq; I'd like to learn how you handle on-call",
      ],
      ['generic', "Hi Karin, we're both in logistics, let's connect"],
      ['generic', "Hi Karin, your profile caught my eye and I'd be glad to have you in my network"],
      ['generic', 'Hi Karin, I have an exciting opportunity that matches your background'],
      ['generic', 'Hi Karin, we help firms like yours cut IT costs by 30%, open to a chat?'],
      [
        'generic',
        "Hi Karin, will you be at the Dutch Logistics Fair? Let's discuss how we can grow your sales",
      ],
      ['generic', "I'd like to add you to my professional network on LinkedIn. - Peter"],
    ]);
  });

  it("calls the playbook's own example note personal", () => {
    const note =
      'Hoi Saskia, ik heb vanavond met plezier jouw heldere & duidelijke opiniestuk in NRC gelezen. Mag ik je uitnodigen om te connecten? Dankjewel. Op mijn blog punt rovosmanagement punt nl/?cat=2 lees je over mijn passie (diversiteit). Graag tot ziens.\nMvg Robert Vos';
    const result = classifyInvitationNote(note);
    assert.equal(result.kind, 'personal');
    assert.ok(
      result.hooks.some((hook) => hook.kind === 'content' && hook.text.includes('opiniestuk')),
    );
  });

  it('treats an empty, blank or absent note as none', () => {
    for (const note of [undefined, '', '   ', '\n\t', '...']) {
      assert.equal(classifyInvitationNote(note).kind, 'none', JSON.stringify(note));
    }
  });

  it('recognises the verified English default, straight or curly, with a name or signature', () => {
    for (const note of [
      "I'd like to add you to my professional network on LinkedIn.",
      'I’d like to add you to my professional network on LinkedIn.',
      "I'd like to add you to my professional network on LinkedIn. - Peter",
      "I'd like to add you to my professional network on LinkedIn. – Joe Blow",
      "Hi Anna, I'd like to add you to my professional network on LinkedIn.",
      "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nJan de Vries",
      "I'd like to add you to my professional network.",
      "I'd like to add you to my LinkedIn network",
    ]) {
      const result = classifyInvitationNote(note);
      assert.equal(result.kind, 'generic', note);
      assert.equal(result.isDefaultText, true, note);
    }
  });

  it('recognises default-like phrasing in every supported language', () => {
    for (const note of [
      'Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.',
      'Beste Jan, graag wil ik u toevoegen aan mijn netwerk. Met vriendelijke groet, Els',
      'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
      'Hallo Tom, ich würde mich gerne mit dir vernetzen. Viele Grüße, Jana',
      'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.',
      'Bonjour, je vous invite à rejoindre mon réseau professionnel.',
      'Me gustaría añadirte a mi red profesional de LinkedIn.',
      'Hola Ana, me gustaría contactar contigo. Saludos',
      'Vorrei aggiungerti alla mia rete professionale su LinkedIn.',
      'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.',
    ]) {
      const result = classifyInvitationNote(note);
      assert.equal(result.kind, 'generic', note);
      assert.equal(result.isDefaultText, true, note);
    }
  });

  it('keeps a default sentence personal when the note adds a shared specific', () => {
    const result = classifyInvitationNote(
      "I'd like to add you to my professional network. We met yesterday at the Dutch Design Week panel on circular packaging.",
    );
    assert.equal(result.kind, 'personal');
    assert.equal(result.isDefaultText, false);
  });

  it('does not let a first name alone make a note personal', () => {
    assertKinds([
      ['generic', 'Hi Karin'],
      ['generic', 'Hoi Karin!'],
      ['generic', 'Dear Mr. Jansen,'],
      ['generic', 'Hallo Sabine, Grüße, Tom'],
      ['generic', 'Hi Karin, hope you are well. Best, Tom'],
    ]);
  });

  it('treats mail-merge templates with unfilled fields as generic', () => {
    assertKinds([
      ['generic', 'Hi {first_name}, I loved your article about supply chains!'],
      ['generic', 'Dear %FIRSTNAME%, we met at the conference in Berlin.'],
      ['generic', 'Hello [Name], great meeting you at the summit yesterday.'],
    ]);
  });

  it('finds meetings, named content, referrals, shared organisations and upcoming events in English', () => {
    assertKinds([
      [
        'personal',
        'Great meeting you at ProductCamp Utrecht yesterday, thanks for the tip about the roadmap tool.',
      ],
      ['personal', 'Hi Sam, thanks for the chat after your keynote at Web Summit.'],
      [
        'personal',
        'Hello Priya, we spoke briefly during the coffee break at the HR Tech Forum in Rotterdam.',
      ],
      [
        'personal',
        'Hi Lisa, I read your article in the FD on hybrid work and shared it with my team.',
      ],
      [
        'personal',
        'Loved your podcast episode with Arjen Lubach about media literacy. Would be glad to connect.',
      ],
      [
        'personal',
        'Hi Tom, we both worked at Philips in Eindhoven around 2015. Would be great to reconnect!',
      ],
      [
        'personal',
        'Hi Eva, Marieke van Dam suggested I reach out about your work on warehouse robotics.',
      ],
      [
        'personal',
        'Hi Noor, we are both registered for the Lean Six Sigma workshop in Zwolle next week.',
      ],
      [
        'personal',
        'Hello Mark, fellow TU Delft alumni here; I saw your talk on bridge monitoring at the alumni day.',
      ],
      [
        'personal',
        'Hi Ben, our mutual friend Ahmed Yilmaz said you know everything about heat pumps in old houses.',
      ],
    ]);
  });

  it('finds the same kinds of hooks in Dutch', () => {
    assertKinds([
      [
        'personal',
        'Hoi Mark, leuk je gisteren te spreken op de Dag van de Logistiek in Veenendaal!',
      ],
      ['personal', 'Beste Ingrid, dank voor het gesprek tijdens de borrel van Young Capital.'],
      [
        'personal',
        'Hoi Pieter, via Anja de Vries kreeg ik je naam; zij zei dat jij veel weet van warmtenetten.',
      ],
      [
        'personal',
        'Hallo Fatima, we werkten allebei bij Rabobank in Utrecht, leuk om weer contact te hebben.',
      ],
      [
        'personal',
        'Hoi Jeroen, ik las je column in de Volkskrant over de woningmarkt en ben benieuwd naar je bronnen.',
      ],
      [
        'personal',
        'Beste Sandra, we hebben elkaar vorige week op de Vakbeurs Energie in Gorinchem ontmoet.',
      ],
      ['personal', 'Hoi Kees, tot volgende week bij de training van Schouten & Nelissen!'],
      ['generic', 'Hoi Kees, ik zag je profiel en wil graag mijn netwerk uitbreiden.'],
      [
        'generic',
        'Beste Kees, wij helpen bedrijven zoals het uwe de kosten van energie te verlagen. Vrijblijvend gesprek?',
      ],
      ['generic', 'Hallo, we zitten allebei in de zorg, laten we connecten.'],
    ]);
  });

  it('finds hooks in German, French, Spanish, Italian and Portuguese', () => {
    assertKinds([
      [
        'personal',
        'Hallo Frau Müller, ich habe Ihren Vortrag auf der Logistik-Messe in Hamburg gehört und würde mich gern vernetzen.',
      ],
      [
        'personal',
        'Lieber Jonas, schön, dich gestern beim Barcamp in Köln kennengelernt zu haben!',
      ],
      ['personal', 'Guten Tag Herr Weber, Jan Bakker hat mir empfohlen, mich bei Ihnen zu melden.'],
      ['personal', 'Bonjour Claire, ravi de vous avoir rencontrée au salon VivaTech hier.'],
      [
        'personal',
        "Bonjour Marc, Julie Moreau m'a parlé de votre projet de logistique urbaine à Lyon.",
      ],
      ['personal', 'Hola Lucía, encantado de conocerte ayer en el congreso de Valencia.'],
      [
        'personal',
        'Hola Pablo, leí tu artículo en Expansión sobre la logística del último kilómetro.',
      ],
      ['personal', 'Ciao Giulia, ho letto il tuo articolo sul Sole 24 Ore sulla logistica urbana.'],
      [
        'personal',
        "Buongiorno Marco, è stato un piacere conoscerla ieri all'evento di Assolombarda.",
      ],
      ['personal', 'Olá João, foi um prazer conhecê-lo ontem no evento da AICEP em Lisboa.'],
      [
        'personal',
        'Olá Ana, li o seu artigo no Expresso sobre energia solar e gostaria de trocar ideias.',
      ],
      [
        'generic',
        'Hallo, ich möchte mein Netzwerk erweitern und würde mich über eine Vernetzung freuen.',
      ],
      ['generic', 'Bonjour, votre profil a retenu mon attention. Au plaisir d’échanger.'],
      ['generic', 'Hola, tu perfil me llamó la atención, me gustaría ampliar mi red.'],
      ['generic', 'Ciao, vorrei ampliare la mia rete con professionisti come te.'],
      ['generic', 'Olá, seu perfil chamou minha atenção e gostaria de expandir minha rede.'],
    ]);
  });

  it('treats pitches and recruiter templates as generic even when they mention a name or event', () => {
    assertKinds([
      [
        'generic',
        'Hi Karin, our platform helps HR teams like yours cut hiring costs by 40%. Can I show you a 15-minute demo?',
      ],
      [
        'generic',
        'Hi Karin, I came across your profile and I am hiring for an exciting role that fits your background.',
      ],
      [
        'generic',
        'Hoi Karin, wij helpen ondernemers met hun boekhouding. Zullen we een vrijblijvend gesprek plannen?',
      ],
      [
        'generic',
        'Hello Karin, I read your post on LinkedIn. We help companies like yours grow revenue. Open to a quick call?',
      ],
    ]);
  });

  it('keeps a pitch generic when the sender will be at the same event, but not a meeting already held', () => {
    assertKinds([
      [
        'generic',
        'Hoi Karin, ik ga ook naar de beurs volgende maand, wij helpen bedrijven met hun standbouw. Vrijblijvend gesprek?',
      ],
      [
        'personal',
        'Hoi Karin, volgende week zit ik ook bij de Masterclass Circulair Bouwen in Nijmegen. Tot dan!',
      ],
      [
        'personal',
        'Hi Karin, great meeting you at the Logistics Fair yesterday. As promised: we help firms like yours cut freight costs by 20%.',
      ],
    ]);
  });

  it('reads doing something together with a named thing as personal, however it is worded', () => {
    assertKinds([
      ['personal', 'Hi Karin, we both volunteered at the Amstel Gold Race finish line in 2019.'],
      ['personal', 'Hoi Karin, we hebben samen de Nijmeegse Vierdaagse uitgelopen, weet je nog?'],
      ['personal', "Salut Karin, on a monté ensemble le stand de l'EPFL au salon."],
      [
        'personal',
        'Hi Karin, your Substack on warehouse robotics is the best thing I read this month.',
      ],
      // A proposal, a field, a city, a follow or a pitch is not something the two share.
      ['generic', "Hi Karin, let's grow together: I help Philips and Shell with their branding."],
      ['generic', 'Hoi Karin, we werken allebei in de logistieke sector rond Venlo.'],
      ['generic', 'Hi Karin, we both follow Adam Grant, you would like my newsletter.'],
      ['generic', 'Hi Karin, I noticed your Utrecht office is growing fast.'],
    ]);
  });

  it('gives the words that made a note personal', () => {
    const result = classifyInvitationNote(
      'Hi Sam, Marieke van Dam suggested I reach out about heat pumps.',
    );
    assert.equal(result.kind, 'personal');
    const referral = result.hooks.find((hook) => hook.kind === 'referral');
    assert.ok(referral, 'a referral hook');
    assert.match(referral.text, /Marieke van Dam suggested/);
    assert.equal(
      'Hi Sam, Marieke van Dam suggested I reach out about heat pumps.'.slice(
        referral.start,
        referral.end,
      ),
      referral.text,
    );
  });

  it('does not read the greeted name as a referrer', () => {
    assert.equal(
      classifyInvitationNote('Hi Karin my boss told me to connect with people in retail').kind,
      'generic',
    );
  });
});
