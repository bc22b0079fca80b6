/** The languages netwerk speaks to its user: Dutch and English are first-class everywhere. */
export const userLanguages = ['nl', 'en'] as const;
export type UserLanguage = (typeof userLanguages)[number];

/** The languages netwerk detects in a note and drafts replies and notes in. */
export const draftLanguages = ['nl', 'en', 'de', 'fr', 'es', 'it', 'pt'] as const;
export type DraftLanguage = (typeof draftLanguages)[number];

/** A detected language: a draft language, or `und` when it cannot be told. */
export type DetectedLanguage = DraftLanguage | 'und';

/** A text in each user language. */
export type Localized = Record<UserLanguage, string>;

export function isUserLanguage(value: unknown): value is UserLanguage {
  return typeof value === 'string' && (userLanguages as readonly string[]).includes(value);
}

export function isDraftLanguage(value: unknown): value is DraftLanguage {
  return typeof value === 'string' && (draftLanguages as readonly string[]).includes(value);
}

/** Picks the user's language from a locale string such as `nl_NL.UTF-8` or `en-GB`. */
export function userLanguageFromLocale(locale: string | undefined): UserLanguage | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return isUserLanguage(code) ? code : undefined;
}
