import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KyselyStore } from '../kysely-store.js';
import { redactLocation } from '../database-location.js';
import { postgresDialect, sqliteDialect } from '../open-database.js';
import type { Store } from '../store.js';

/**
 * The databases the store contract suite runs against: SQLite, and PostgreSQL as a real server
 * when NETWERK_TEST_PG_URL is set, else PGlite (so a fresh clone tests both dialects). On CI
 * (`CI` set) a missing server is a failure, never a silent skip.
 */
export interface StoreTarget {
  name: string;
  dialect: 'sqlite' | 'postgres';
  /** A fresh, empty store for one test (its own file, or its own owner). */
  open(ownerId?: string): Promise<Store>;
  /** Removes what the target made (files, schema, PGlite instance). */
  dispose(): Promise<void>;
}

let counter = 0;
const uniqueName = (prefix: string): string =>
  `${prefix}_${process.pid}_${Date.now().toString(36)}_${(counter += 1)}`;

export async function sqliteTarget(): Promise<StoreTarget & { file(): string }> {
  const dir = await mkdtemp(join(tmpdir(), 'netwerk-store-'));
  let last = '';
  return {
    name: 'SQLite',
    dialect: 'sqlite',
    file: () => last,
    async open(ownerId) {
      last = join(dir, `${uniqueName('db')}.sqlite`);
      return KyselyStore.open(sqliteDialect(last), {
        location: last,
        dialect: 'sqlite',
        ...(ownerId ? { ownerId } : {}),
      });
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Why the PostgreSQL suite cannot run here, or undefined when it can. */
export function postgresUnavailable(): string | undefined {
  if (process.env.NETWERK_TEST_PG_URL) return undefined;
  if (process.env.CI) {
    return 'CI is set but NETWERK_TEST_PG_URL is not: on CI the PostgreSQL suite must run against a real server (.ci/run starts one)';
  }
  return undefined;
}

/** A real server (a new database per test file), or one PGlite per test file. */
export async function postgresTarget(): Promise<StoreTarget> {
  const url = process.env.NETWERK_TEST_PG_URL;
  if (url) {
    // A database of its own per test file: nothing left over from other runs can interfere.
    const database = uniqueName('netwerk_test').toLowerCase();
    const { Kysely, sql } = await import('kysely');
    const adminDb = new Kysely<unknown>({ dialect: postgresDialect(url) });
    await sql`create database ${sql.id(database)}`.execute(adminDb);
    const scoped = new URL(url);
    scoped.pathname = `/${database}`;
    return {
      name: 'PostgreSQL (server)',
      dialect: 'postgres',
      async open(ownerId) {
        return KyselyStore.open(postgresDialect(scoped.toString()), {
          location: redactLocation(scoped.toString()),
          dialect: 'postgres',
          ownerId: ownerId ?? uniqueName('owner'),
        });
      },
      async dispose() {
        await sql`drop database if exists ${sql.id(database)} with (force)`.execute(adminDb);
        await adminDb.destroy();
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PgliteDialect } = await import('./pglite-dialect.js');
  const pglite = new PGlite();
  await pglite.waitReady;
  return {
    name: 'PostgreSQL (PGlite)',
    dialect: 'postgres',
    async open(ownerId) {
      return KyselyStore.open(new PgliteDialect(pglite), {
        location: 'pglite://memory',
        dialect: 'postgres',
        ownerId: ownerId ?? uniqueName('owner'),
      });
    },
    dispose: () => pglite.close(),
  };
}
