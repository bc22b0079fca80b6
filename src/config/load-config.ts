import { readFileSync } from 'node:fs';
import { parse, TomlError } from 'smol-toml';
import { z } from 'zod';
import { AppError } from '../core/errors/app-error.js';
import { userLanguages } from '../core/i18n/languages.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import { defaultNoteLimits, defaultUserSettings } from '../core/settings/user-settings.js';

const stringList = z.array(z.string().trim().min(1)).default([]);

const configSchema = z
  .object({
    name: z.string().trim().default(''),
    language: z.enum(userLanguages).optional(),
    signature: z.string().default(''),
    timezone: z
      .string()
      .trim()
      .default('')
      .refine((zone) => zone === '' || isKnownTimeZone(zone), 'not a known IANA time zone'),
    account: z.enum(['premium', 'free']).default('premium'),
    interests: z
      .object({
        companies: stringList,
        industries: stringList,
        keywords: stringList,
        places: stringList,
      })
      .strict()
      .default({ companies: [], industries: [], keywords: [], places: [] }),
    limits: z
      .object({
        premium_note_chars: z
          .number()
          .int()
          .min(1)
          .max(10_000)
          .default(defaultNoteLimits.premiumNoteChars),
        free_note_chars: z
          .number()
          .int()
          .min(1)
          .max(10_000)
          .default(defaultNoteLimits.freeNoteChars),
        free_monthly_personal_notes: z
          .number()
          .int()
          .min(0)
          .default(defaultNoteLimits.freeMonthlyPersonalNotes),
      })
      .strict()
      .default({
        premium_note_chars: defaultNoteLimits.premiumNoteChars,
        free_note_chars: defaultNoteLimits.freeNoteChars,
        free_monthly_personal_notes: defaultNoteLimits.freeMonthlyPersonalNotes,
      }),
  })
  .strict();

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface LoadedConfig {
  path: string;
  /** False when no file exists: netwerk then runs on defaults. */
  exists: boolean;
  settings: UserSettings;
  /** Whether the file set `language` (else the caller picks one from the locale). */
  languageSet: boolean;
}

/** Reads and validates the config file; a missing file means defaults, a bad one an AppError. */
export function loadConfig(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { path, exists: false, settings: defaultUserSettings, languageSet: false };
    }
    throw new AppError(
      'input-unreadable',
      { path, reason: (error as Error).message },
      { cause: error },
    );
  }
  return { path, exists: true, ...parseConfigText(text, path) };
}

export function parseConfigText(
  text: string,
  path: string,
): { settings: UserSettings; languageSet: boolean } {
  let raw: unknown;
  try {
    raw = parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof TomlError) {
      throw new AppError(
        'config-invalid',
        { path, line: error.line, reason: error.message.split('\n')[0] },
        { cause: error },
      );
    }
    throw error;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('config-invalid', {
      path,
      field: issue?.path.join('.'),
      reason: issue?.message,
    });
  }
  const config = parsed.data;
  return {
    languageSet: config.language !== undefined,
    settings: {
      ...(config.name ? { name: config.name } : {}),
      language: config.language ?? defaultUserSettings.language,
      ...(config.signature.trim() ? { signature: config.signature.trim() } : {}),
      ...(config.timezone ? { timeZone: config.timezone } : {}),
      account: config.account,
      interests: config.interests,
      limits: {
        premiumNoteChars: config.limits.premium_note_chars,
        freeNoteChars: config.limits.free_note_chars,
        freeMonthlyPersonalNotes: config.limits.free_monthly_personal_notes,
      },
    },
  };
}
