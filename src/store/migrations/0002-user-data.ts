import type { Kysely } from 'kysely';

/**
 * What the user adds beside the export (issues 4 and 5): the inviter's profile as the user saw
 * it, what the user did with an invitation on LinkedIn, and the people met at an event. Kept in
 * tables of their own, so a re-import never touches them and `pending` stays derived from the
 * export.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inviter_facts')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('person_key', 'text', (c) => c.notNull())
    .addColumn('headline', 'text')
    .addColumn('summary', 'text')
    .addColumn('has_photo', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inviter_facts_pkey', ['owner_id', 'person_key'])
    .execute();
  await db.schema
    .createTable('invitation_marks')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('person_key', 'text', (c) => c.notNull())
    .addColumn('mark', 'text', (c) => c.notNull())
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('invitation_marks_pkey', ['owner_id', 'person_key'])
    .execute();
  await db.schema
    .createTable('events')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pkey', ['owner_id', 'event_id'])
    .execute();
  await db.schema
    .createTable('event_people')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_norm', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('company', 'text')
    .addColumn('profile_url', 'text')
    .addColumn('person_key', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_people_pkey', ['owner_id', 'event_id', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['event_people', 'events', 'invitation_marks', 'inviter_facts']) {
    await db.schema.dropTable(table).execute();
  }
}
