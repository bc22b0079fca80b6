import type { DraftLanguage } from '../i18n/languages.js';

/** Formal (u, Sie, vous, usted, Lei) or informal (je, du, tu) address. */
export type Register = 'formal' | 'informal';

interface RegisterCues {
  formal: RegExp;
  informal: RegExp;
}

// German and Italian formal pronouns are told apart by their capital (Sie/sie, Lei/lei), so
// those patterns are case-sensitive; the sentence-initial "Sie" is ambiguous but rare in notes.
const cues: Record<DraftLanguage, RegisterCues> = {
  nl: {
    formal: /(?<![\p{L}])(?:[Uu]|[Uu]w|[Uu]we)(?![\p{L}])/u,
    informal: /(?<![\p{L}])(?:je|jij|jou|jouw|[Jj]e|[Jj]ij|[Jj]ou|[Jj]ouw|jullie)(?![\p{L}])/u,
  },
  de: {
    formal: /(?<![\p{L}])(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/u,
    informal:
      /(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|[Dd]eines)(?![\p{L}])/u,
  },
  fr: {
    formal: /(?<![\p{L}])(?:[Vv]ous|[Vv]otre|[Vv]os)(?![\p{L}])/u,
    // "t'" elides before a vowel: "ravi de t'avoir rencontrée".
    // "Salut" greets a "tu" as well.
    informal:
      /(?<![\p{L}])(?:(?:[Ss]alut|[Tt]u|[Tt]oi|[Tt]on|[Tt]a|[Tt]es|[Tt]e)(?![\p{L}])|[Tt]'(?=\p{L}))/u,
  },
  es: {
    // Enclitic pronouns count too: "conocerte" (tú), "conocerle" (usted).
    formal: /(?<![\p{L}])(?:[Uu]sted|[Uu]stedes|[Uu]d|\p{L}+(?:arle|erle|irle))(?![\p{L}])/u,
    informal:
      /(?<![\p{L}])(?:[Tt]ú|[Tt]e|[Tt]i|[Cc]ontigo|[Tt]us?|\p{L}+(?:arte|erte|irte))(?![\p{L}])/u,
  },
  it: {
    // Enclitic pronouns count too: "conoscerti" (tu), "conoscerLa" (Lei).
    formal: /(?<![\p{L}])(?:Lei|Suo|Sua|Suoi|\p{Ll}+(?:La|Le))(?![\p{L}])/u,
    // "Ciao" greets a "tu": nobody writes "Ciao" and then "Lei".
    informal:
      /(?<![\p{L}])(?:[Cc]iao|[Tt]u|[Tt]i|[Tt]e|[Tt]uo|[Tt]ua|[Tt]uoi|[Tt]ue|\p{L}+(?:arti|erti|irti))(?![\p{L}])/u,
  },
  pt: {
    // European Portuguese "falar consigo" addresses a formal você; "consigo" alone is also "I can".
    formal:
      /(?<![\p{L}])(?:[Oo] senhor|[Aa] senhora|[Vv]ossa|(?:falar|falasse|conversar|conversasse|reunir|contactar|trabalhar|estar)\s+consigo)(?![\p{L}])/u,
    informal: /(?<![\p{L}])(?:[Tt]u|[Tt]e|[Tt]eu|[Tt]ua|[Vv]ocê)(?![\p{L}])/u,
  },
  en: { formal: /(?!)/u, informal: /(?!)/u },
};

/**
 * The register a note uses, so a reply mirrors it; undefined when the note does not tell
 * (then the caller applies the language's default: Dutch je, German Sie, French vous).
 */
export function detectRegister(text: string, language: DraftLanguage): Register | undefined {
  const { formal, informal } = cues[language];
  const isFormal = formal.test(text);
  const isInformal = informal.test(text);
  if (isFormal && !isInformal) return 'formal';
  if (isInformal && !isFormal) return 'informal';
  if (isFormal && isInformal) {
    // Dutch "je" also appears in fixed phrases of formal notes; count which occurs more.
    return countMatches(formal, text) >= countMatches(informal, text) ? 'formal' : 'informal';
  }
  return undefined;
}

function countMatches(pattern: RegExp, text: string): number {
  return text.match(new RegExp(pattern.source, 'gu'))?.length ?? 0;
}

/** The register to use without a note: the business default of each language. */
export const defaultRegister: Record<DraftLanguage, Register> = {
  nl: 'informal',
  en: 'informal',
  de: 'formal',
  fr: 'formal',
  es: 'informal',
  it: 'formal',
  pt: 'informal',
};
