import type { UserLanguage } from '../i18n/languages.js';
import type { ScamSignalCode } from '../safety/scam-signal-patterns.js';
import type { ReasonCode } from './triage-result.js';

export interface ReasonFacts {
  /** Quoted words from the note or profile that led to the reason. */
  quote?: string;
  /** A count, such as the number of connections. */
  count?: number;
  /** Names of the signals found, already in the user's language. */
  signals?: string;
}

type Describe = (facts: ReasonFacts) => string;

const q = (facts: ReasonFacts): string => (facts.quote ? ` ("${facts.quote}")` : '');

/** Every reason in the user's words: what was seen and what it means for the verdict. */
const reasonTexts = {
  'scam-signals': {
    nl: (f) =>
      `Waarschuwingssignalen: ${f.signals}. Niet accepteren; klik geen links aan en deel geen gegevens.`,
    en: (f) =>
      `Warning signs: ${f.signals}. Do not accept; do not click links or share any details.`,
  },
  'few-connections': {
    nl: (f) =>
      `Het profiel heeft maar ${f.count} connecties, wat de waarschuwingssignalen versterkt.`,
    en: (f) => `The profile has only ${f.count} connections, which supports the warning signs.`,
  },
  'no-mutual-connections': {
    nl: () =>
      'Jullie hebben geen gemeenschappelijke connecties, wat de waarschuwingssignalen versterkt.',
    en: () => 'You share no connections, which supports the warning signs.',
  },
  'note-personal': {
    nl: (f) => `Persoonlijke notitie: noemt iets concreets dat jullie delen${q(f)}.`,
    en: (f) => `Personal note: it names something specific you share${q(f)}.`,
  },
  'note-none': {
    nl: () => 'Geen notitie: een onpersoonlijke uitnodiging, dus het profiel beslist.',
    en: () => 'No note: an impersonal invitation, so the profile decides.',
  },
  'note-default-text': {
    nl: (f) =>
      `De notitie is de standaardtekst van LinkedIn${q(f)}: onpersoonlijk, dus het profiel beslist.`,
    en: (f) => `The note is LinkedIn's default text${q(f)}: impersonal, so the profile decides.`,
  },
  'note-generic': {
    nl: (f) =>
      `De notitie kan naar iedereen gaan${q(f)}: niets concreets dat jullie delen, dus het profiel beslist.`,
    en: (f) =>
      `The note could go to anyone${q(f)}: nothing specific you share, so the profile decides.`,
  },
  'note-pitch': {
    nl: (f) =>
      `De notitie is een verkoop- of wervingspraatje${q(f)}: onpersoonlijk, dus het profiel beslist.`,
    en: (f) =>
      `The note is a sales or recruiting pitch${q(f)}: impersonal, so the profile decides.`,
  },
  'note-template': {
    nl: (f) => `De notitie is een sjabloon met een niet-ingevuld veld${q(f)}: onpersoonlijk.`,
    en: (f) => `The note is a template with an unfilled field${q(f)}: impersonal.`,
  },
  'profile-complete': {
    nl: () => 'Het profiel heeft een foto, een duidelijke kop en een inhoudelijke samenvatting.',
    en: () => 'The profile has a photo, a clear headline and a substantive summary.',
  },
  'photo-missing': {
    nl: () => 'Geen profielfoto: als met een zak over je hoofd naar een netwerkborrel.',
    en: () => 'No profile photo: like walking into a networking event with a bag over your head.',
  },
  'headline-missing': {
    nl: () => 'Geen kop onder de naam: je weet niet wie dit is of wat hij of zij doet.',
    en: () => 'No headline under the name: you cannot tell who this is or what they do.',
  },
  'headline-job-seeking': {
    nl: (f) => `De kop zegt alleen dat iemand werk zoekt${q(f)}, niet wat hij of zij doet.`,
    en: (f) => `The headline only says the person is looking for work${q(f)}, not what they do.`,
  },
  'headline-title-pile': {
    nl: (f) => `De kop is een stapel titels zonder organisatie of vakgebied${q(f)}.`,
    en: (f) => `The headline is a pile of titles with no organisation or field${q(f)}.`,
  },
  'headline-vague': {
    nl: (f) => `De kop is één vaag woord${q(f)}: welke rol, waar?`,
    en: (f) => `The headline is a single vague word${q(f)}: which role, where?`,
  },
  'headline-slogan': {
    nl: (f) => `De kop is een slogan zonder rol of organisatie${q(f)}.`,
    en: (f) => `The headline is a slogan with no role or organisation${q(f)}.`,
  },
  'summary-missing': {
    nl: () => 'Geen samenvatting: niets over wat deze persoon doet of aanbiedt.',
    en: () => 'No summary: nothing on what this person does or offers.',
  },
  'summary-slogans': {
    nl: () =>
      'De samenvatting bestaat alleen uit slogans, zonder één concrete zin over wat deze persoon doet.',
    en: () =>
      'The summary is only slogans, without one concrete sentence on what this person does.',
  },
  'summary-too-short': {
    nl: () => 'De samenvatting is te kort om iets te zeggen over wat deze persoon doet.',
    en: () => 'The summary is too short to say anything about what this person does.',
  },
  'check-photo': {
    nl: () => 'Controleer het profiel: heeft het een herkenbare foto?',
    en: () => 'Check the profile: does it have a recognisable photo?',
  },
  'check-headline': {
    nl: () => 'Controleer het profiel: staat er een duidelijke rol of functie onder de naam?',
    en: () => 'Check the profile: is there a clear role or function under the name?',
  },
  'check-summary': {
    nl: () =>
      'Controleer het profiel: zegt de samenvatting concreet wat deze persoon doet of aanbiedt?',
    en: () => 'Check the profile: does the summary say concretely what this person does or offers?',
  },
} satisfies Record<ReasonCode, Record<UserLanguage, Describe>>;

export function describeReason(
  code: ReasonCode,
  language: UserLanguage,
  facts: ReasonFacts = {},
): string {
  return reasonTexts[code][language](facts);
}

const signalTexts = {
  'unsolicited-funding': {
    nl: 'ongevraagd aanbod van financiering, leningen of investeringen',
    en: 'an unsolicited offer of funding, loans or investment',
  },
  'outsized-returns': {
    nl: 'gegarandeerde of buitensporige rendementen, crypto- of forexhandel',
    en: 'guaranteed or outsized returns, crypto or forex trading',
  },
  windfall: {
    nl: 'erfenis, niet-opgeëiste gelden, donatie of commissie voor het ontvangen of doorsluizen van geld',
    en: 'an inheritance, unclaimed funds, a donation or a commission for receiving or moving money',
  },
  'romance-or-flattery': {
    nl: 'romantische toenadering of complimenten over uiterlijk',
    en: 'a romantic approach or flattery about looks',
  },
  'job-fee-or-easy-money': {
    nl: 'werk met kosten vooraf of te makkelijk verdiend geld',
    en: 'a job with upfront fees or money too easily earned',
  },
  'money-or-identity-request': {
    nl: 'vraag om bankgegevens, identiteitsbewijs, geld of cadeaukaarten',
    en: 'a request for bank details, identity documents, money or gift cards',
  },
  'urgency-or-secrecy': {
    nl: 'haast of geheimhouding',
    en: 'urgency or secrecy',
  },
  'off-platform-contact': {
    nl: 'contact verplaatsen naar WhatsApp, Telegram of een privé-adres',
    en: 'moving the contact to WhatsApp, Telegram or a private address',
  },
  impersonation: {
    nl: 'zich voordoen als een bekende of als LinkedIn zelf',
    en: 'pretending to be a known contact or LinkedIn itself',
  },
  'suspicious-link': {
    nl: 'verkorte of nagemaakte link',
    en: 'a shortened or look-alike link',
  },
} satisfies Record<ScamSignalCode, Record<UserLanguage, string>>;

export function describeSignal(code: ScamSignalCode, language: UserLanguage): string {
  return signalTexts[code][language];
}
