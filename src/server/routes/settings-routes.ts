import { z } from 'zod';
import { userLanguages } from '../../core/i18n/languages.js';
import type { UserSettings } from '../../core/settings/user-settings.js';
import { noteLimitFor } from '../../core/settings/user-settings.js';
import type { RegisterRoutes } from '../route-deps.js';
import { readJson } from '../read-json.js';

const words = z.array(z.string().trim().min(1).max(100)).max(100);

/** What the Settings page may change; limits stay as the config file has them. */
const settingsInput = z
  .object({
    name: z.string().trim().max(200),
    signature: z.string().trim().max(500),
    language: z.enum(userLanguages),
    timeZone: z.string().trim().max(100),
    account: z.enum(['premium', 'free']),
    interests: z
      .object({ companies: words, industries: words, keywords: words, places: words })
      .strict(),
  })
  .strict();

function settingsView(settings: UserSettings, systemTimeZone: string) {
  return {
    name: settings.name ?? '',
    signature: settings.signature ?? '',
    language: settings.language,
    timeZone: settings.timeZone ?? '',
    systemTimeZone,
    account: settings.account,
    interests: settings.interests,
    noteLimit: noteLimitFor(settings),
    limits: settings.limits,
  };
}

/** GET and PUT /api/settings: the user's settings (the config file, or the account's row). */
export const registerSettingsRoutes: RegisterRoutes = (api, deps) => {
  api.get('/settings', (c) => c.json(settingsView(c.get('scope').settings.load(), deps.timeZone)));

  api.put('/settings', async (c) => {
    const input = await readJson(c, settingsInput, deps.limits.jsonBytes);
    const { settings } = c.get('scope');
    const current = settings.load();
    const next: UserSettings = {
      language: input.language,
      account: input.account,
      interests: input.interests,
      limits: current.limits,
      ...(input.name ? { name: input.name } : {}),
      ...(input.signature ? { signature: input.signature } : {}),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    };
    await settings.save(next);
    // Replies carry the signature, weeks follow the time zone: what was kept is stale now.
    const { store } = c.get('scope');
    deps.inbox.invalidate(store);
    deps.charts.invalidate(store);
    deps.lists.invalidate(store);
    return c.json(settingsView(settings.load(), deps.timeZone));
  });
};
