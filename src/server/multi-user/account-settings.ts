import { renderSettingsFile } from '../config-file-settings.js';
import { parseConfigText } from '../../config/load-config.js';
import { AppError, isAppError } from '../../core/errors/app-error.js';
import type { UserSettings } from '../../core/settings/user-settings.js';
import type { UserSettingsStore } from '../../store/user-settings-store.js';
import type { SettingsAccess } from '../app-options.js';

/**
 * Checks settings as the config file would (the same schema: a real time zone, limits in range)
 * and returns them as read back.
 */
function checkedSettings(settings: UserSettings): UserSettings {
  try {
    return parseConfigText(renderSettingsFile(settings), 'settings').settings;
  } catch (error) {
    if (isAppError(error) && error.code === 'config-invalid') {
      throw new AppError(
        'settings-invalid',
        { field: error.details.field, reason: error.details.reason },
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * The signed-in account's settings on the shared server: read once per request from its row
 * (the defaults until the first save), saved back to it. Never the server's config file.
 */
export async function accountSettings(options: {
  store: UserSettingsStore;
  ownerId: string;
  defaults: UserSettings;
  clock: () => Date;
}): Promise<SettingsAccess> {
  const stored = (await options.store.load(options.ownerId)) as Partial<UserSettings> | undefined;
  let current = options.defaults;
  if (stored && typeof stored === 'object') {
    try {
      current = checkedSettings({ ...options.defaults, ...stored });
    } catch {
      // A row that no longer passes (a schema change) falls back to the defaults until saved.
      current = options.defaults;
    }
  }
  return {
    load: () => current,
    async save(settings) {
      const checked = checkedSettings(settings);
      await options.store.save(options.ownerId, checked, options.clock().toISOString());
      current = checked;
    },
  };
}
