import type { UserLanguage } from '../i18n/languages.js';
import type { HeadlineAuditFinding } from './audit-headline.js';
import type { SummaryAuditFinding } from './audit-summary.js';
import { maxHeadlineChars, maxSummaryChars } from './profile-check.js';

/** Facts a finding's advice may quote. */
export interface AdviceFacts {
  chars?: number;
  /** Where the offer first ends, for the "see more" advice. */
  offerEndsAt?: number;
  previewChars?: number;
}

type Advice = (facts: AdviceFacts) => string;

const n = (value: number | undefined, language: UserLanguage): string =>
  (value ?? 0).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB');

/** Every headline finding in the user's words: what is wrong and what to do (playbook §2, §3). */
export const headlineAdvice = {
  'headline-missing': {
    nl: () =>
      'Je kop is leeg. Zet er je rol of functie met je organisatie of vakgebied in, of een oneliner over wat je voor wie doet.',
    en: () =>
      'Your headline is empty. Put your role or function there with your organisation or field, or a one-liner on what you do for whom.',
  },
  'headline-job-seeking': {
    nl: () =>
      'Je kop zegt alleen dat je werk zoekt ("beschikbaar voor een uitdagende functie": welke functie, en sinds wanneer?). Zet er wat je doet of kunt in; dat je zoekt, laat LinkedIns "Open to work" aan recruiters weten.',
    en: () =>
      'Your headline only says you are looking for work ("available for a challenging position": which position, and since when?). Say what you do or can do instead; LinkedIn\'s "Open to work" tells recruiters that you are looking.',
  },
  'headline-title-pile': {
    nl: () =>
      'Je kop is een stapel titels ("CEO | Investeerder | Visionair") zonder organisatie of vakgebied. Houd één rol over en zeg waar of voor wie.',
    en: () =>
      'Your headline is a pile of titles ("CEO | Investor | Visionary") with no organisation or field. Keep one role and say where or for whom.',
  },
  'headline-vague': {
    nl: () =>
      'Eén vaag woord ("Consultant", "Marketing") zegt niet welke rol en waar. Noem je organisatie of vakgebied erbij, en voor wie je het doet.',
    en: () =>
      'One vague word ("Consultant", "Marketing") does not say which role or where. Add your organisation or field, and for whom you do it.',
  },
  'headline-slogan': {
    nl: () =>
      'Je kop is een slogan zonder rol of organisatie. Zeg wat je doet en waar, of voor wie.',
    en: () =>
      'Your headline is a slogan with no role or organisation. Say what you do and where, or for whom.',
  },
  'headline-too-long': {
    nl: (f) =>
      `Je kop telt ${n(f.chars, 'nl')} tekens; LinkedIn staat er ${maxHeadlineChars} toe. Kort hem in tot je rol en wat je voor wie doet.`,
    en: (f) =>
      `Your headline has ${n(f.chars, 'en')} characters; LinkedIn allows ${maxHeadlineChars}. Cut it down to your role and what you do for whom.`,
  },
} satisfies Record<HeadlineAuditFinding, Record<UserLanguage, Advice>>;

/** Every summary finding in the user's words (playbook §3: greeting and help, offer, sketch). */
export const summaryAdvice = {
  'summary-missing': {
    nl: () =>
      'Je samenvatting (Info) is leeg. Schrijf er een: begroet de bezoeker en bied hulp aan, zeg in een paar regels wat je te bieden hebt, en sluit af met een korte profielschets.',
    en: () =>
      'Your summary (About) is empty. Write one: greet the visitor and offer help, say in a few lines what you offer, and end with a short sketch of yourself.',
  },
  'summary-slogans': {
    nl: () =>
      'Je samenvatting bestaat uit slogans ("gedreven teamspeler die van een uitdaging houdt"). Vervang ze door concrete zinnen over wat je doet en voor wie.',
    en: () =>
      'Your summary is made of slogans ("a motivated team player who loves a challenge"). Replace them with concrete sentences on what you do and for whom.',
  },
  'summary-too-short': {
    nl: () =>
      'Je samenvatting is te kort om iets concreets te zeggen. Schrijf een paar regels over wat je te bieden hebt en wie je bent.',
    en: () =>
      'Your summary is too short to say anything concrete. Write a few lines on what you offer and who you are.',
  },
  'summary-too-long': {
    nl: (f) =>
      `Je samenvatting telt ${n(f.chars, 'nl')} tekens; LinkedIn staat er ${n(maxSummaryChars, 'nl')} toe. Schrap wat niet over je aanbod of je profielschets gaat.`,
    en: (f) =>
      `Your summary has ${n(f.chars, 'en')} characters; LinkedIn allows ${n(maxSummaryChars, 'en')}. Cut what is not about your offer or your sketch.`,
  },
  'summary-no-welcome': {
    nl: () =>
      'Begin met een begroeting en een aanbod van hulp, bijvoorbeeld: "Hartelijk dank voor uw bezoek aan mijn profiel. Waarmee zou ik u mogen helpen?"',
    en: () =>
      'Open with a greeting and an offer of help, for example: "Thanks for visiting my profile. How can I help you?"',
  },
  'summary-no-help-offer': {
    nl: () =>
      'Je begroet de bezoeker, maar biedt geen hulp aan. Voeg een vraag toe als "Waarmee kan ik je helpen?"',
    en: () =>
      'You greet the visitor but do not offer help. Add a question such as "How can I help you?"',
  },
  'summary-no-offer': {
    nl: () =>
      'Zeg in een paar regels wat je te bieden hebt: je product of dienst, en voor wie ("Ik help webwinkels aan ...").',
    en: () =>
      'Say in a few lines what you offer: your product or service, and for whom ("I help webshops to ...").',
  },
  'summary-no-pitch': {
    nl: () =>
      'Sluit af met een korte profielschets, je elevator pitch: wie je bent, je achtergrond en wat je drijft.',
    en: () =>
      'End with a short profile sketch, your elevator pitch: who you are, your background and what drives you.',
  },
  'summary-point-after-see-more': {
    nl: (f) =>
      `Wat je te bieden hebt, staat pas rond teken ${n(f.offerEndsAt, 'nl')}; LinkedIn toont maar de eerste ${n(f.previewChars, 'nl')} tekens of zo voor "meer weergeven". Zet het direct na de begroeting.`,
    en: (f) =>
      `What you offer only appears around character ${n(f.offerEndsAt, 'en')}; LinkedIn shows only about the first ${n(f.previewChars, 'en')} characters before "see more". Put it right after the greeting.`,
  },
} satisfies Record<SummaryAuditFinding, Record<UserLanguage, Advice>>;
