import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectHelpOffers } from './detect-help-offers.js';
import type { HelpOfferKind } from './help-offer-patterns.js';

const offers: [string, HelpOfferKind][] = [
  // en
  ['Thanks for connecting! How can I help?', 'help'],
  ['Let me know if I can help with the tender.', 'help'],
  ['Happy to help, just send me the deck.', 'help'],
  ['Is there anything I can do for you?', 'help'],
  ['I can help you with the data model.', 'help'],
  ['Happy to introduce you to Sanne at Isala.', 'introduction'],
  ['Shall I introduce you to my former manager?', 'introduction'],
  ['Let me introduce you two: you both work on onboarding.', 'introduction'],
  ['I can put you in touch with their CTO.', 'introduction'],
  // nl
  ['Hoi, dank voor het accepteren! Waarmee kan ik je helpen?', 'help'],
  ['Als ik je ergens mee kan helpen, laat het gerust weten.', 'help'],
  ['Kan ik u ergens bij helpen?', 'help'],
  ['Ik help je graag met de aanbesteding.', 'help'],
  ['Kan ik iets voor je betekenen?', 'help'],
  ['Ik denk graag met je mee.', 'help'],
  ['Ik stel je graag voor aan Sanne de Boer.', 'introduction'],
  ['Zal ik je voorstellen aan mijn oud-collega?', 'introduction'],
  ['Zoals beloofd stel ik jullie aan elkaar voor.', 'introduction'],
  ['Ik breng je graag in contact met de inkoper.', 'introduction'],
  // de
  ['Wie kann ich Ihnen helfen?', 'help'],
  ['Wenn ich dir bei etwas helfen kann, sag Bescheid.', 'help'],
  ['Ich helfe Ihnen gern weiter.', 'help'],
  ['Ich würde Sie gern mit Anna Weber bekannt machen.', 'introduction'],
  ['Wie versprochen stelle ich euch einander vor.', 'introduction'],
  ['Ich kann Sie gern mit unserem Einkauf in Kontakt bringen.', 'introduction'],
  // fr
  ['Puis-je vous aider sur ce projet ?', 'help'],
  ["Si je peux t'aider, dis-le-moi.", 'help'],
  ['Je vous aiderai volontiers.', 'help'],
  ["J'aimerais vous mettre en relation avec Claire.", 'introduction'],
  ['Comme convenu, je vous mets en relation.', 'introduction'],
  ['Je peux vous présenter à notre directrice.', 'introduction'],
  // es
  ['¿En qué puedo ayudarte?', 'help'],
  ['Con gusto te ayudo con la propuesta.', 'help'],
  ['Me gustaría presentarte a Marta López.', 'introduction'],
  ['Puedo ponerte en contacto con el equipo.', 'introduction'],
  // it
  ['Come posso aiutarLa?', 'help'],
  ['Se posso darti una mano, scrivimi.', 'help'],
  ['Vorrei metterti in contatto con Marco.', 'introduction'],
  ['Ti presento Marco Rossi, il mio ex collega.', 'introduction'],
  // pt
  ['Em que posso ajudar?', 'help'],
  ['Se eu puder ajudar em alguma coisa, é só dizer.', 'help'],
  ['Posso colocar você em contato com a Inês.', 'introduction'],
];

const noOffers: string[] = [
  'Can you introduce me to Sanne Bakker at Isala? She leads the onboarding project.',
  'Could you help me with the tender?',
  "I can't help you with that, sorry.",
  'Kun je me voorstellen aan je manager?',
  'Kun jij mij helpen?',
  'Ik kan je helaas niet helpen.',
  'Können Sie mir helfen?',
  'Pouvez-vous m’aider ?',
  'Je voudrais vous présenter notre nouvelle offre.',
  'No puedo ayudarte esta semana.',
  '¿Me puedes ayudar?',
  'Vorrei presentarLe la nostra azienda.',
  'Ti presento il nostro nuovo prodotto.',
  'Non posso aiutarti, mi dispiace.',
  'Você pode me ajudar?',
  'Não posso ajudar agora.',
  '<p>We help firms like yours cut IT costs by 30%, open to a chat?</p>',
  'Sure, Tuesday 10:00 works. See you then 👍',
];

describe('detectHelpOffers', () => {
  it('finds first-person offers of help and introductions in seven languages', () => {
    const missed = offers.filter(([text, kind]) => !detectHelpOffers(text).has(kind));
    assert.deepEqual(missed, []);
  });

  it('ignores requests, refusals and sales pitches', () => {
    const found = noOffers.filter((text) => detectHelpOffers(text).size > 0);
    assert.deepEqual(found, []);
  });

  it('gives the words that showed the offer, with offsets into the message', () => {
    const text = 'Goed gesprek! Ik stel je graag voor aan Sanne.';
    const [span] = detectHelpOffers(text).get('introduction') ?? [];
    assert.equal(span?.text, 'Ik stel je graag voor aan');
    assert.equal(text.slice(span!.start, span!.end), span!.text);
  });

  it('reads the words of an HTML message, not its tags', () => {
    assert.ok(detectHelpOffers('<p>Hi Karin,</p><p>how can I help?</p>').has('help'));
  });
});
