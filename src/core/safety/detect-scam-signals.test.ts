import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectScamSignals } from './detect-scam-signals.js';
import type { ScamSignalCode } from './scam-signal-patterns.js';

const codesIn = (message: string): ScamSignalCode[] =>
  detectScamSignals({ message }).map((s) => s.code);

describe('detectScamSignals', () => {
  it('catches the lucrative and touching approaches of playbook §5 in English', () => {
    const scams: [ScamSignalCode, string][] = [
      [
        'unsolicited-funding',
        'Greetings, our fund offers project loans at 1.5% interest, write me on Telegram',
      ],
      [
        'unsolicited-funding',
        'I am a private lender and we provide funding for viable business projects worldwide.',
      ],
      [
        'unsolicited-funding',
        'Our investors are looking for profitable projects to fund in Europe. Funding is available immediately.',
      ],
      [
        'outsized-returns',
        'Let me show you how I make 30% returns per week with bitcoin trading. Guaranteed profit!',
      ],
      [
        'outsized-returns',
        'Hi dear, I am a forex trading mentor. Would you like to earn passive income?',
      ],
      [
        'windfall',
        'I am contacting you regarding the inheritance of my late client who shares your surname.',
      ],
      [
        'windfall',
        'You will receive 40% of the total funds for assisting in the transfer of US$12.5 million.',
      ],
      [
        'romance-or-flattery',
        'Hello beautiful, your smile caught my attention. I am a widower looking for a serious relationship.',
      ],
      [
        'romance-or-flattery',
        'I am a US Army doctor deployed in Syria and would like to get to know you better as a friend.',
      ],
      [
        'job-fee-or-easy-money',
        'Work from home and earn $500 per day, no experience needed! Only a small registration fee.',
      ],
      [
        'job-fee-or-easy-money',
        'Part-time job: like videos and rate products, earn 300 USD daily.',
      ],
      [
        'money-or-identity-request',
        'To release the payment please send a copy of your passport and your bank details.',
      ],
      [
        'money-or-identity-request',
        'I need a favour, can you buy some Apple gift cards for a client? I will refund you.',
      ],
      ['off-platform-contact', 'Please contact me on WhatsApp +44 7700 900123 for more details.'],
      ['off-platform-contact', 'Kindly reach me on my private email jameswilson1962@gmail.com'],
      [
        'impersonation',
        'LinkedIn Security Team: your account will be suspended within 24 hours. Verify your account here.',
      ],
      [
        'impersonation',
        'Hi, this is my new number, I lost my phone. Can you help me with something urgent?',
      ],
      ['suspicious-link', 'Check out this exclusive opportunity: bit.ly/3xYzAbC'],
      ['suspicious-link', 'Please confirm your profile at https://linkedln-verify.com/login'],
      ['suspicious-link', 'Your parcel is waiting, pay the fee at dhl-track-parcel.xyz'],
      ['suspicious-link', 'Verify your payment at https://secure.paypal-login.net/verify'],
      ['suspicious-link', 'Your order is on hold: amaz0n-verify.com'],
      ['windfall', 'WINNER! Your mobile number has been awarded with a £2000 prize. Claim now.'],
      [
        'windfall',
        'You have won a guaranteed £1000 cash prize, call our office to claim your prize.',
      ],
      ['windfall', 'I am contacting you about a business transaction of mutual benefit.'],
      ['windfall', 'I need a trustworthy person to receive a consignment containing $4.2M.'],
      [
        'money-or-identity-request',
        'Your parcel could not be delivered. Pay the customs fee of $1.99.',
      ],
      ['romance-or-flattery', 'Hello dear, I saw your profile and I am interested in you.'],
      ['off-platform-contact', 'Please write me at my email so we can talk more.'],
      [
        'urgency-or-secrecy',
        'I have a confidential business proposal for you. Kindly keep this strictly confidential.',
      ],
    ];
    const missed = scams.filter(([code, message]) => !codesIn(message).includes(code));
    assert.deepEqual(missed, []);
  });

  it('catches the same signals in Dutch, German, French, Spanish, Italian and Portuguese', () => {
    const scams = [
      'Goedendag, als kapitaalverschaffer bieden wij leningen tegen 2% rente voor uw projecten.',
      'Stuur mij een bericht op WhatsApp, dan vertel ik je hoe je met crypto handel passief inkomen verdient.',
      'Ik ben een weduwe en zoek een serieuze relatie. Je hebt een mooie glimlach.',
      'Wij bieden financiering voor uw project. Stuur ons een kopie van uw paspoort en uw bankgegevens.',
      'Sehr geehrter Herr, wir bieten Darlehen zu einem niedrigen Zins von 2% an. Kontaktieren Sie mich auf Telegram.',
      'Sie sind Begünstigter einer Erbschaft. Bitte senden Sie uns Ihre Bankverbindung.',
      'Bonjour, je suis prêteur privé et j’offre des prêts à un taux de 2% à toute personne sérieuse.',
      'Vous êtes bénéficiaire de la somme de 2.500.000 euros. Contactez-moi sur WhatsApp.',
      'Hola, ofrecemos préstamos con un interés del 2% a particulares y empresas.',
      'Eres muy hermosa, busco una relación seria. Escríbeme por WhatsApp.',
      'Buongiorno, offriamo prestiti con un tasso di interesse del 2%. Mi contatti su Telegram.',
      'Sei bellissima, cerco una relazione seria. Scrivimi su WhatsApp.',
      'Olá, oferecemos empréstimos com taxa de juros de 2% ao ano. Fale comigo no WhatsApp.',
      'Você é muito linda, procuro um relacionamento sério.',
    ];
    const missed = scams.filter((message) => codesIn(message).length === 0);
    assert.deepEqual(missed, []);
  });

  it('sees through look-alike letters used to slip past filters', () => {
    // "WhatsApp" with a Cyrillic а, "Telegram" with a Cyrillic е
    assert.ok(codesIn('Write me on Wh\u0430tsApp').includes('off-platform-contact'));
    assert.ok(codesIn('Contact me on T\u0435legram').includes('off-platform-contact'));
  });

  it('finds signals in the headline and summary, not only the note', () => {
    const signals = detectScamSignals({
      headline: 'Capital Provider | Funding available for projects worldwide',
      summary: 'We offer loans at 2% interest to companies and individuals.',
    });
    const fields = new Set(signals.flatMap((s) => s.evidence.map((e) => e.field)));
    assert.deepEqual([...fields].sort(), ['headline', 'summary']);
  });

  it('gives the exact words that triggered a signal, with their offsets in the original text', () => {
    const message = 'Hi, write me on Telegram please';
    const [signal] = detectScamSignals({ message });
    assert.ok(signal);
    const [evidence] = signal.evidence;
    assert.ok(evidence);
    assert.equal(evidence.field, 'message');
    assert.equal(evidence.text, 'Telegram');
    assert.equal(message.slice(evidence.start, evidence.end), 'Telegram');
  });

  it('quotes a phrase that several patterns of one signal match in pieces once, as a whole', () => {
    const message = 'Good day, our fund offers project loans at 1.5% interest. Reply on Telegram.';
    const funding = detectScamSignals({ message }).find((s) => s.code === 'unsolicited-funding');
    assert.ok(funding);
    assert.equal(funding.evidence.length, 1);
    const [span] = funding.evidence;
    assert.ok(span);
    assert.equal(message.slice(span.start, span.end), span.text);
    assert.match(span.text, /fund offers project loans at 1\.5% interest/);
  });

  it('raises no signal for honest notes and profiles, whatever their location or title', () => {
    const honest = [
      'Hoi Karin, fijn je vanmiddag te ontmoeten bij de lunchlezing van de Kamer van Koophandel in Breda',
      'Hi Karin, I see you lead the payments team at Bunq; I would like to learn how you handle on-call',
      'Hi Karin, we help firms like yours cut IT costs by 30%, open to a chat?',
      'Hello from Lagos! I am a civil engineer working on bridge inspections and enjoyed your talk on drones.',
      'Hi, I am an angel investor in Dubai and read your post about climate tech. Happy to connect.',
      'Congratulations on closing your Series A, I follow fintech in London closely.',
      'I lead the mortgage lending team at ING and saw your article on first-time buyers.',
      'Thanks for the great discussion on funding models for open source at FOSDEM.',
      'Wij zijn beiden lid van de vereniging Bouwend Nederland, leuk om te connecten.',
      'Bonjour, nous nous sommes rencontrés au salon de l’immobilier à Paris hier.',
      "Hi Sam, I'm recruiting for a data engineering role at Adyen in Amsterdam; would you be open to a chat?",
      'Read our case study at https://www.dhl.com/nl and on aws.amazon.com, or at https://www.amazon.co.uk/x.',
      "Congratulations, you've been awarded a €2M ERC grant! I read the news in NRC.",
      'Congrats, you won the Dutch Startup Award last week!',
      'Email me at my work email if easier.',
      'I saw the box with 3 prototypes at your booth yesterday.',
    ];
    const alarms = honest.filter((message) => codesIn(message).length > 0);
    assert.deepEqual(alarms, []);
    assert.deepEqual(
      detectScamSignals({
        headline: 'Angel Investor | Partner at Northzone',
        summary: 'I invest in early-stage B2B software companies in the Nordics and the Benelux.',
      }),
      [],
    );
  });
});
