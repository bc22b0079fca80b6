import type { DraftLanguage, UserLanguage } from '../core/i18n/languages.js';
import { isDraftLanguage, isUserLanguage, userLanguageFromLocale } from '../core/i18n/languages.js';
import { AppError } from '../core/errors/app-error.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import { resolveConfigPath, resolveDatabaseLocation } from '../config/config-paths.js';
import { loadConfig } from '../config/load-config.js';
import type { CliIo } from './cli-io.js';
import type { TerminalStyle } from './output/terminal-style.js';
import { terminalStyleFor } from './output/terminal-style.js';

/** The global flags every command takes (DEVELOPERS.md conventions). */
export interface GlobalOptions {
  json?: boolean;
  db?: string;
  config?: string;
  now?: string;
  lang?: string;
  debug?: boolean;
}

/** Everything a command needs from its surroundings, resolved once. */
export interface CliContext {
  io: CliIo;
  language: UserLanguage;
  /** The raw `--lang` value when it is a draft language (compose uses it for the note). */
  languageFlag?: DraftLanguage;
  json: boolean;
  debug: boolean;
  now: Date;
  configPath: string;
  configExists: boolean;
  databaseLocation: string;
  settings: UserSettings;
  /** Styles for stdout and stderr; plain when not a terminal or NO_COLOR is set. */
  out: TerminalStyle;
  err: TerminalStyle;
}

/** Parses `--now`: an ISO date (midnight UTC) or an ISO date-time. */
export function parseNowOption(value: string | undefined, clock: () => Date): Date {
  if (value === undefined) return clock();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(parsed.getTime())) {
    throw new AppError('usage', {
      message: `--now ${value}: expected an ISO date such as 2026-11-26 or 2026-11-26T09:00:00Z`,
    });
  }
  return parsed;
}

/** The language to speak before the config is read: the flag, else the locale. */
export function languageFromEnvironment(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): UserLanguage {
  if (isUserLanguage(flag)) return flag;
  return userLanguageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? 'en';
}

export function createCliContext(
  options: GlobalOptions,
  io: CliIo,
  clock: () => Date = () => new Date(),
  allowDraftLanguage = false,
): CliContext {
  // A command that drafts in the other person's language (compose) may take any draft language;
  // everywhere else --lang is the language netwerk speaks: nl or en.
  const draftLanguageFlag =
    options.lang !== undefined && !isUserLanguage(options.lang) && isDraftLanguage(options.lang);
  if (
    options.lang !== undefined &&
    !isUserLanguage(options.lang) &&
    !(allowDraftLanguage && draftLanguageFlag)
  ) {
    throw new AppError('usage', {
      message: allowDraftLanguage
        ? `--lang ${options.lang}: choose nl, en, de, fr, es, it or pt`
        : `--lang ${options.lang}: choose nl or en`,
    });
  }
  const configPath = resolveConfigPath(options.config, io.env);
  const config = loadConfig(configPath);
  const language: UserLanguage = isUserLanguage(options.lang)
    ? options.lang
    : config.languageSet
      ? config.settings.language
      : languageFromEnvironment(undefined, io.env);
  return {
    io,
    language,
    ...(isDraftLanguage(options.lang) ? { languageFlag: options.lang } : {}),
    json: options.json === true,
    debug: options.debug === true,
    now: parseNowOption(options.now, clock),
    configPath,
    configExists: config.exists,
    databaseLocation: resolveDatabaseLocation(options.db, io.env),
    settings: { ...config.settings, language },
    out: terminalStyleFor(io.stdout, io.env),
    err: terminalStyleFor(io.stderr, io.env),
  };
}
