import type { Kysely } from 'kysely';

/**
 * The shared server (issue 8) keeps each account's settings in the database, not in the
 * server's config file: one row per owner, the settings as JSON (the config file's fields).
 * Sessions get the time they were last used, for the idle timeout.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_settings')
    .addColumn('owner_id', 'text', (c) => c.primaryKey())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
  await db.schema.dropTable('user_settings').execute();
}
