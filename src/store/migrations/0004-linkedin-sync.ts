import type { Kysely } from 'kysely';

/**
 * Live sync with LinkedIn's Member Data Portability API (issue 10): the sync's own state, which
 * imports were sync runs, and which rows only the sync brought (so `netwerk unlink
 * --delete-synced` can remove exactly those). The token is never stored here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_state')
    .addColumn('owner_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('member_urn', 'text')
    .addColumn('regulated_at', 'text')
    .addColumn('linked_at', 'text')
    // Epoch milliseconds as text: PostgreSQL's integer is 32 bits.
    .addColumn('changelog_cursor', 'text')
    .addColumn('last_sync_at', 'text')
    .addColumn('last_snapshot_at', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_error_code', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error_status', 'integer')
    .execute();
  await db.schema
    .createTable('sync_runs')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_runs_pkey', ['owner_id', 'seq'])
    .execute();
  await db.schema
    .createTable('synced_rows')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('synced_rows_pkey', ['owner_id', 'table_name', 'row_key'])
    .execute();
  // The changelog's provisional rows (keys `cl:…`), until a snapshot or export twin replaces
  // them: few (28 days of activity), so finding them never scans a big table.
  await db.schema
    .createTable('provisional_rows')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('provisional_rows_pkey', ['owner_id', 'table_name', 'row_key'])
    .execute();
  // A provisional changelog row looks for its snapshot twin by time.
  for (const [table, column] of [
    ['comments', 'commented_at'],
    ['reactions', 'reacted_at'],
    ['shares', 'shared_at'],
  ] as const) {
    await db.schema
      .createIndex(`${table}_${column}_idx`)
      .on(table)
      .columns(['owner_id', column])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of [
    ['comments', 'commented_at'],
    ['reactions', 'reacted_at'],
    ['shares', 'shared_at'],
  ] as const) {
    await db.schema.dropIndex(`${table}_${column}_idx`).execute();
  }
  for (const table of ['provisional_rows', 'synced_rows', 'sync_runs', 'sync_state']) {
    await db.schema.dropTable(table).execute();
  }
}
