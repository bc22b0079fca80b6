import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * The first schema: every table the export import fills, each with `owner_id` from the start
 * (issue 8 serves several users from one database). Runs unchanged on SQLite and PostgreSQL:
 * only `text` and `integer` columns, composite primary keys, plain indexes.
 */

type Column = readonly [name: string, type: 'text' | 'integer', notNull?: 'not null'];

/** A table keyed by (owner_id, row_key): one per export file kind. */
function exportTable(
  db: Kysely<unknown>,
  name: string,
  columns: readonly Column[],
): CreateTableBuilder<string, string> {
  let table = db.schema
    .createTable(name)
    .addColumn('owner_id', 'text', (column) => column.notNull())
    .addColumn('row_key', 'text', (column) => column.notNull());
  for (const [column, type, notNull] of columns) {
    table = table.addColumn(column, type, (builder) => (notNull ? builder.notNull() : builder));
  }
  return table.addPrimaryKeyConstraint(`${name}_pkey`, ['owner_id', 'row_key']);
}

const tables: Readonly<Record<string, readonly Column[]>> = {
  connections: [
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['name_norm', 'text'],
    ['profile_url', 'text'],
    ['email', 'text'],
    ['company', 'text'],
    ['position', 'text'],
    ['connected_on', 'text', 'not null'],
    ['hidden', 'integer', 'not null'],
    ['first_import_seq', 'integer', 'not null'],
  ],
  invitations: [
    ['direction', 'text', 'not null'],
    ['from_name', 'text'],
    ['to_name', 'text'],
    ['other_name', 'text'],
    ['other_name_norm', 'text'],
    ['other_profile_url', 'text'],
    ['other_person_key', 'text', 'not null'],
    ['owner_profile_url', 'text'],
    ['sent_at', 'text', 'not null'],
    ['message', 'text'],
    ['first_import_seq', 'integer', 'not null'],
    ['last_seen_seq', 'integer', 'not null'],
  ],
  messages: [
    ['conversation_id', 'text', 'not null'],
    ['conversation_title', 'text'],
    ['sender_name', 'text'],
    ['sender_profile_url', 'text'],
    ['sender_key', 'text'],
    ['recipient_names', 'text'],
    ['recipient_profile_urls', 'text'],
    ['sent_at', 'text', 'not null'],
    ['subject', 'text'],
    ['content', 'text', 'not null'],
    ['folder', 'text'],
    ['attachments', 'text'],
    ['is_draft', 'integer', 'not null'],
    ['from_owner', 'integer', 'not null'],
    ['first_import_seq', 'integer', 'not null'],
  ],
  profile: [
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['maiden_name', 'text'],
    ['address', 'text'],
    ['birth_date', 'text'],
    ['headline', 'text'],
    ['summary', 'text'],
    ['industry', 'text'],
    ['zip_code', 'text'],
    ['geo_location', 'text'],
    ['twitter_handles', 'text'],
    ['websites', 'text'],
    ['instant_messengers', 'text'],
  ],
  profile_summaries: [['text', 'text']],
  positions: [
    ['company_name', 'text'],
    ['title', 'text'],
    ['description', 'text'],
    ['location', 'text'],
    ['started_on', 'text'],
    ['finished_on', 'text'],
  ],
  education: [
    ['school_name', 'text'],
    ['start_date', 'text'],
    ['end_date', 'text'],
    ['notes', 'text'],
    ['degree_name', 'text'],
    ['activities', 'text'],
  ],
  skills: [['name', 'text', 'not null']],
  rich_media: [
    ['media_kind', 'text', 'not null'],
    ['uploaded_at', 'text', 'not null'],
    ['description', 'text'],
    ['media_link', 'text'],
  ],
  shares: [
    ['shared_at', 'text', 'not null'],
    ['share_link', 'text'],
    ['commentary', 'text'],
    ['shared_url', 'text'],
    ['media_url', 'text'],
    ['visibility', 'text'],
  ],
  comments: [
    ['commented_at', 'text', 'not null'],
    ['link', 'text'],
    ['message', 'text'],
  ],
  reactions: [
    ['reacted_at', 'text', 'not null'],
    ['reaction_type', 'text'],
    ['link', 'text'],
  ],
  notes: [
    ['person_key', 'text'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['profile_url', 'text'],
    ['note', 'text', 'not null'],
    ['created_at', 'text'],
    ['edited_at', 'text'],
  ],
  company_follows: [
    ['organization', 'text', 'not null'],
    ['followed_at', 'text'],
  ],
  endorsements: [
    ['direction', 'text', 'not null'],
    ['person_key', 'text', 'not null'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['name_norm', 'text'],
    ['profile_url', 'text'],
    ['skill_name', 'text', 'not null'],
    ['endorsed_at', 'text'],
    ['status', 'text'],
  ],
  recommendations: [
    ['direction', 'text', 'not null'],
    ['person_key', 'text', 'not null'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['name_norm', 'text'],
    ['company', 'text'],
    ['job_title', 'text'],
    ['text', 'text'],
    ['created_at', 'text'],
    ['status', 'text'],
  ],
};

/** Indexes for the queries of triage, follow-ups, reconnect, visibility and stats. */
const indexes: readonly [table: string, columns: readonly string[]][] = [
  ['connections', ['owner_id', 'connected_on']],
  ['connections', ['owner_id', 'name_norm']],
  ['invitations', ['owner_id', 'direction', 'sent_at']],
  ['invitations', ['owner_id', 'other_person_key']],
  // No index on messages.sender_key: each index costs a quarter of the import time of a
  // million messages, and the per-person totals are one grouped scan.
  ['messages', ['owner_id', 'conversation_id', 'sent_at']],
  ['conversation_participants', ['owner_id', 'person_key']],
  ['endorsements', ['owner_id', 'person_key']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('owners')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('imports')
    .addColumn('owner_id', 'text', (column) => column.notNull())
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('exported_on', 'text')
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('finished_at', 'text', (column) => column.notNull())
    .addColumn('had_invitations', 'integer', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('imports_pkey', ['owner_id', 'seq'])
    .execute();
  await db.schema
    .createTable('owner_identities')
    .addColumn('owner_id', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('value', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('owner_identities_pkey', ['owner_id', 'kind', 'value'])
    .execute();
  await db.schema
    .createTable('conversation_participants')
    .addColumn('owner_id', 'text', (column) => column.notNull())
    .addColumn('conversation_id', 'text', (column) => column.notNull())
    .addColumn('person_key', 'text', (column) => column.notNull())
    .addColumn('name', 'text')
    .addColumn('profile_url', 'text')
    .addPrimaryKeyConstraint('conversation_participants_pkey', [
      'owner_id',
      'conversation_id',
      'person_key',
    ])
    .execute();
  for (const [name, columns] of Object.entries(tables)) {
    await exportTable(db, name, columns).execute();
  }
  for (const [table, columns] of indexes) {
    await db.schema
      .createIndex(`${table}_${columns.slice(1).join('_')}_idx`)
      .on(table)
      .columns([...columns])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    ...Object.keys(tables),
    'conversation_participants',
    'owner_identities',
    'imports',
    'owners',
  ]) {
    await db.schema.dropTable(name).execute();
  }
}
