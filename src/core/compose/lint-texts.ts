import type { UserLanguage } from '../i18n/languages.js';
import type { LintCode } from './lint-invitation-note.js';

type Facts = Record<string, string | number>;
type Describe = (facts: Facts) => string;

/** Each lint finding as plain advice, in the user's language. */
const lintTexts = {
  'over-limit': {
    nl: (f) =>
      `${f.chars} tekens: ${Number(f.chars) - Number(f.limit)} te veel voor de limiet van ${f.limit}. Schrap opvulwoorden, de afsluiting of de verwijzing naar je eigen werk.`,
    en: (f) =>
      `${f.chars} characters: ${Number(f.chars) - Number(f.limit)} over the limit of ${f.limit}. Cut filler words, the closing or the pointer to your own work.`,
  },
  'default-text': {
    nl: () =>
      'Dit is de standaardtekst van LinkedIn: die leest als een druk op de Connect-knop. Schrijf waar jullie elkaar van kennen.',
    en: () =>
      "This is LinkedIn's default text: it reads like a tap on Connect. Write where you know each other from.",
  },
  'mail-merge': {
    nl: () =>
      'Er staat een niet-ingevuld sjabloonveld in (zoals {voornaam}): vul het in of schrijf de notitie zelf.',
    en: () =>
      'There is an unfilled template field (such as {first_name}): fill it in or write the note yourself.',
  },
  'no-hook': {
    nl: () =>
      'Geen concreet haakje: noem waar je elkaar ontmoette, wat je van de ander las of wie jullie allebei kennen.',
    en: () =>
      'No specific hook: say where you met, what of theirs you read, or whom you both know.',
  },
  'no-ask': {
    nl: () => 'Geen vraag om te connecten: bijvoorbeeld "Mag ik je uitnodigen om te connecten?"',
    en: () => 'No ask: for example "May I invite you to connect?"',
  },
  'no-name': {
    nl: (f) =>
      f.name
        ? `${f.name} wordt niet bij naam begroet: begin met "Hoi ${f.name},".`
        : 'De notitie begroet niemand bij naam: begin met de voornaam.',
    en: (f) =>
      f.name
        ? `${f.name} is not greeted by name: start with "Hi ${f.name},".`
        : 'The note greets nobody by name: start with their first name.',
  },
  'no-thanks': {
    nl: () => 'Geen bedankje: een kort "Dankjewel." maakt de uitnodiging vriendelijker.',
    en: () => 'No thanks: a short "Thank you." makes the invitation warmer.',
  },
  'no-sign-off': {
    nl: () => 'Geen afsluiting met je naam: eindig met bijvoorbeeld "Mvg" en je naam.',
    en: () => 'No sign-off with your name: end with, for example, "Best," and your name.',
  },
  'sales-pitch': {
    nl: () =>
      'Dit leest als een verkooppraatje: een uitnodiging is om kennis te maken, het aanbod komt later.',
    en: () =>
      'This reads as a sales pitch: an invitation is to get acquainted, the offer comes later.',
  },
  'too-many-links': {
    nl: (f) => `${f.count} links: houd het bij hoogstens één, anders lijkt het spam.`,
    en: (f) => `${f.count} links: keep to one at most, or it looks like spam.`,
  },
  'too-many-emoji': {
    nl: (f) => `${f.count} emoji: twee of minder houdt het zakelijk.`,
    en: (f) => `${f.count} emoji: two or fewer keeps it businesslike.`,
  },
  shouting: {
    nl: () => 'Veel hoofdletters of uitroeptekens leest als schreeuwen: schrijf in gewone zinnen.',
    en: () => 'Many capitals or exclamation marks read as shouting: write plain sentences.',
  },
} satisfies Record<LintCode, Record<UserLanguage, Describe>>;

export function describeLintFinding(code: LintCode, language: UserLanguage, facts: Facts): string {
  return lintTexts[code][language](facts);
}
