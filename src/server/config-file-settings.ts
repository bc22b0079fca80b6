import { renameSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderConfigTemplate } from '../config/config-template.js';
import { loadConfig, parseConfigText } from '../config/load-config.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import type { SettingsAccess } from './app-options.js';

const tomlString = (value: string): string => JSON.stringify(value);
const tomlList = (values: readonly string[]): string => `[${values.map(tomlString).join(', ')}]`;

/**
 * The config file as it is written from the Settings page: the same commented template as
 * `netwerk config init`, with the interests and limits filled in (JSON strings are valid TOML
 * basic strings). The text is parsed back before it is written, so a bad value never lands.
 */
export function renderSettingsFile(settings: UserSettings): string {
  const text = renderConfigTemplate({
    language: settings.language,
    account: settings.account,
    ...(settings.name ? { name: settings.name } : {}),
    ...(settings.signature ? { signature: settings.signature } : {}),
    ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
  });
  const { interests, limits } = settings;
  return text
    .replace(/^companies = \[\]$/mu, `companies = ${tomlList(interests.companies)}`)
    .replace(/^industries = \[\]$/mu, `industries = ${tomlList(interests.industries)}`)
    .replace(/^keywords = \[\]$/mu, `keywords = ${tomlList(interests.keywords)}`)
    .replace(/^places = \[\]$/mu, `places = ${tomlList(interests.places)}`)
    .replace(/^premium_note_chars = \d+$/mu, `premium_note_chars = ${limits.premiumNoteChars}`)
    .replace(/^free_note_chars = \d+$/mu, `free_note_chars = ${limits.freeNoteChars}`)
    .replace(
      /^free_monthly_personal_notes = \d+$/mu,
      `free_monthly_personal_notes = ${limits.freeMonthlyPersonalNotes}`,
    );
}

/** Settings kept in the TOML config file (`netwerk serve`): read on every request, so edits by hand count too. */
export function configFileSettings(path: string): SettingsAccess {
  return {
    load: () => loadConfig(path).settings,
    save(settings) {
      const text = renderSettingsFile(settings);
      parseConfigText(text, path);
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, text, { mode: 0o600 });
      renameSync(temporary, path);
    },
  };
}

/** Settings in memory, for tests and throwaway servers. */
export function memorySettings(initial: UserSettings): SettingsAccess {
  let current = initial;
  return {
    load: () => current,
    save(settings) {
      parseConfigText(renderSettingsFile(settings), 'settings');
      current = settings;
    },
  };
}
