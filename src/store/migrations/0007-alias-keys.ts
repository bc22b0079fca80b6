import type { Kysely } from 'kysely';

/**
 * A row keyed by a profile URL remembers the key its person has in exports without URLs (name
 * and date, `alias_key`), so an older export imported after a newer one finds the row instead
 * of adding the same person, invitation or endorsement a second time. Rows stored before this
 * migration get their alias at their next import.
 */
const aliasedTables = ['connections', 'invitations', 'endorsements'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of aliasedTables) {
    await db.schema.alterTable(table).addColumn('alias_key', 'text').execute();
    await db.schema
      .createIndex(`${table}_alias_key_idx`)
      .on(table)
      .columns(['owner_id', 'alias_key'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of aliasedTables) {
    await db.schema.dropIndex(`${table}_alias_key_idx`).execute();
    await db.schema.alterTable(table).dropColumn('alias_key').execute();
  }
}
