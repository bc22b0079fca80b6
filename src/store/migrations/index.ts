import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';

/**
 * The one numbered migration set for SQLite and PostgreSQL. Add a file `NNNN-name.ts` and list
 * it here; never edit a migration that has shipped.
 */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
