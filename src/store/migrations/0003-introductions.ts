import type { Kysely } from 'kysely';

/**
 * The introductions log (issue 9): each double opt-in introduction the user drafted with
 * `netwerk intro`, its status and when each status was last set. Numbered per owner (`id`), so
 * `netwerk intro mark 3 done` names one. User data: a re-import never touches it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('introductions')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('id', 'integer', (c) => c.notNull())
    .addColumn('person_a_key', 'text', (c) => c.notNull())
    .addColumn('person_a_name', 'text', (c) => c.notNull())
    .addColumn('person_b_key', 'text', (c) => c.notNull())
    .addColumn('person_b_name', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('declined_at', 'text')
    .addColumn('done_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('introductions_pkey', ['owner_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('introductions').execute();
}
