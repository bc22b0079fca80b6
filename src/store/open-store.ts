import { AppError } from '../core/errors/app-error.js';
import { isPostgresUrl, redactLocation } from './database-location.js';
import type { KyselyStore } from './kysely-store.js';
import { storageError } from './storage-error.js';

/**
 * The drivers and the query layer load on first open, not with the CLI: commands that never
 * open the database (triage FILE, compose, lint, --help) start a quarter of a second sooner.
 */
async function loadStoreModules() {
  const [{ KyselyStore }, { postgresDialect, sqliteDialect }] = await Promise.all([
    import('./kysely-store.js'),
    import('./open-database.js'),
  ]);
  return { KyselyStore, postgresDialect, sqliteDialect };
}

/**
 * Opens the store at a location: a `postgres://` or `postgresql://` URL, else a SQLite file
 * (its folder is created). Migrations run on open.
 */
export async function openStore(
  location: string,
  ownerId?: string,
  options: { accountBound?: boolean } = {},
): Promise<KyselyStore> {
  const shown = redactLocation(location);
  const owner = {
    ...(ownerId ? { ownerId } : {}),
    ...(options.accountBound ? { accountBound: true } : {}),
  };
  const { KyselyStore, postgresDialect, sqliteDialect } = await loadStoreModules();
  if (isPostgresUrl(location)) {
    return KyselyStore.open(postgresDialect(location), {
      location: shown,
      dialect: 'postgres',
      ...owner,
    });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(location)) {
    throw new AppError('usage', {
      message: `--db ${shown}: give a SQLite file path or a postgres:// URL`,
    });
  }
  let dialect;
  try {
    dialect = sqliteDialect(location);
  } catch (error) {
    throw storageError(shown, error);
  }
  return KyselyStore.open(dialect, {
    location: shown,
    dialect: 'sqlite',
    ...owner,
  });
}
