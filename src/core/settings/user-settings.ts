import type { UserLanguage } from '../i18n/languages.js';

/** The kind of LinkedIn account, which sets the invitation note limit. */
export type AccountType = 'premium' | 'free';

/** What the user told netwerk about themselves (the config file), as the core needs it. */
export interface UserSettings {
  /** The user's full name, used in drafts where a name is needed. */
  name?: string;
  /** The language netwerk speaks to the user, and the fallback language of drafts. */
  language: UserLanguage;
  /** Appended to every draft; without it drafts carry no signature. */
  signature?: string;
  /** IANA time zone for week boundaries; undefined means the system's. */
  timeZone?: string;
  account: AccountType;
  interests: Interests;
  limits: NoteLimits;
}

export interface Interests {
  companies: string[];
  industries: string[];
  keywords: string[];
  places: string[];
}

/**
 * LinkedIn's limits on invitation notes. They are facts LinkedIn may change, with sources in
 * docs/formats.md, so they are configurable rather than constants.
 */
export interface NoteLimits {
  /** Note length on paid accounts (LinkedIn Help and many guides: 300). */
  premiumNoteChars: number;
  /** Note length on free accounts (third-party sources: 200). */
  freeNoteChars: number;
  /** Personalised notes per month on free accounts (LinkedIn Help a550555: 5). */
  freeMonthlyPersonalNotes: number;
}

export const defaultNoteLimits: NoteLimits = {
  premiumNoteChars: 300,
  freeNoteChars: 200,
  freeMonthlyPersonalNotes: 5,
};

export const defaultUserSettings: UserSettings = {
  language: 'en',
  account: 'premium',
  interests: { companies: [], industries: [], keywords: [], places: [] },
  limits: defaultNoteLimits,
};

/** The note limit that applies to the user's account. */
export function noteLimitFor(settings: Pick<UserSettings, 'account' | 'limits'>): number {
  return settings.account === 'free'
    ? settings.limits.freeNoteChars
    : settings.limits.premiumNoteChars;
}
