import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as userData from './0002-user-data.js';
import * as introductions from './0003-introductions.js';
import * as linkedinSync from './0004-linkedin-sync.js';
import * as accounts from './0005-accounts.js';
import * as userSettings from './0006-user-settings.js';
import * as aliasKeys from './0007-alias-keys.js';

/**
 * The one numbered migration set for SQLite and PostgreSQL. Add a file `NNNN-name.ts` and list
 * it here; never edit a migration that has shipped.
 */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-user-data': userData,
  '0003-introductions': introductions,
  '0004-linkedin-sync': linkedinSync,
  '0005-accounts': accounts,
  '0006-user-settings': userSettings,
  '0007-alias-keys': aliasKeys,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
