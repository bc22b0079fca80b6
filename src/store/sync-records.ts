import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database, ExportTable } from './database-schema.js';
import type {
  ConversationParticipant,
  SyncState,
  SyncStateUpdate,
  SyncedDataDeletion,
} from './store.js';

/**
 * The store's side of live sync (docs/sync.md): the sync state, which rows only a sync brought,
 * and the provisional rows of the changelog (row keys starting `cl:`), which give way to the
 * row a snapshot or export has for the same action.
 */

const provisionalPrefix = 'cl:';

/** Where a provisional row looks for its twin: the columns the same action has in both. */
const twinColumns: Partial<Record<ExportTable, readonly string[]>> = {
  messages: ['conversation_id', 'sent_at'],
  comments: ['commented_at'],
  reactions: ['reacted_at'],
  shares: ['shared_at'],
};

const exportTables: readonly ExportTable[] = [
  'connections',
  'invitations',
  'messages',
  'profile',
  'profile_summaries',
  'positions',
  'education',
  'skills',
  'rich_media',
  'shares',
  'comments',
  'reactions',
  'notes',
  'company_follows',
  'endorsements',
  'recommendations',
];

const isExportTable = (name: string): name is ExportTable =>
  (exportTables as readonly string[]).includes(name);

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
};

export async function readSyncState(db: Kysely<Database>, ownerId: string): Promise<SyncState> {
  const row = await db
    .selectFrom('sync_state')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  const cursor = row?.changelog_cursor;
  return {
    memberUrn: row?.member_urn ?? null,
    regulatedAt: row?.regulated_at ?? null,
    linkedAt: row?.linked_at ?? null,
    changelogCursor: cursor === null || cursor === undefined ? null : Number(cursor),
    lastSyncAt: row?.last_sync_at ?? null,
    lastSnapshotAt: row?.last_snapshot_at ?? null,
    lastAttemptAt: row?.last_attempt_at ?? null,
    lastError:
      row?.last_error_code && row.last_error_at
        ? {
            code: row.last_error_code,
            at: row.last_error_at,
            status: row.last_error_status === null ? null : Number(row.last_error_status),
          }
        : null,
  };
}

export async function updateSyncState(
  db: Kysely<Database>,
  ownerId: string,
  update: SyncStateUpdate,
): Promise<void> {
  const values: Partial<Database['sync_state']> = {};
  if ('memberUrn' in update) values.member_urn = update.memberUrn ?? null;
  if ('regulatedAt' in update) values.regulated_at = update.regulatedAt ?? null;
  if ('linkedAt' in update) values.linked_at = update.linkedAt ?? null;
  if ('changelogCursor' in update) {
    values.changelog_cursor =
      update.changelogCursor === null || update.changelogCursor === undefined
        ? null
        : String(update.changelogCursor);
  }
  if ('lastSyncAt' in update) values.last_sync_at = update.lastSyncAt ?? null;
  if ('lastSnapshotAt' in update) values.last_snapshot_at = update.lastSnapshotAt ?? null;
  if ('lastAttemptAt' in update) values.last_attempt_at = update.lastAttemptAt ?? null;
  if ('lastError' in update) {
    values.last_error_code = update.lastError?.code ?? null;
    values.last_error_at = update.lastError?.at ?? null;
    values.last_error_status = update.lastError?.status ?? null;
  }
  await db
    .insertInto('sync_state')
    .values({ owner_id: ownerId })
    .onConflict((conflict) => conflict.column('owner_id').doNothing())
    .execute();
  if (Object.keys(values).length === 0) return;
  await db.updateTable('sync_state').set(values).where('owner_id', '=', ownerId).execute();
}

/** Whether any row of this owner came from a sync: an import without sync does no more work. */
export async function hasSyncedRows(db: Kysely<Database>, ownerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('synced_rows')
    .select('row_key')
    .where('owner_id', '=', ownerId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Notes rows a sync inserted. */
export async function recordSyncedRows(
  db: Kysely<Database>,
  ownerId: string,
  table: ExportTable,
  keys: readonly string[],
): Promise<void> {
  for (const part of chunks(keys, 1000)) {
    await db
      .insertInto('synced_rows')
      .values(part.map((row_key) => ({ owner_id: ownerId, table_name: table, row_key })))
      .onConflict((conflict) => conflict.columns(['owner_id', 'table_name', 'row_key']).doNothing())
      .execute();
  }
}

/** An export wrote these rows too: they are no longer the sync's alone. */
export async function forgetSyncedRows(
  db: Kysely<Database>,
  ownerId: string,
  table: ExportTable,
  keys: readonly string[],
): Promise<void> {
  for (const part of chunks(keys, 1000)) {
    await db
      .deleteFrom('synced_rows')
      .where('owner_id', '=', ownerId)
      .where('table_name', '=', table)
      .where('row_key', 'in', part)
      .execute();
  }
}

/** Notes the changelog's provisional rows a sync wrote. */
export async function recordProvisionalRows(
  db: Kysely<Database>,
  ownerId: string,
  table: ExportTable,
  keys: readonly string[],
): Promise<void> {
  const provisional = keys.filter((key) => key.startsWith(provisionalPrefix));
  for (const part of chunks(provisional, 1000)) {
    await db
      .insertInto('provisional_rows')
      .values(part.map((row_key) => ({ owner_id: ownerId, table_name: table, row_key })))
      .onConflict((conflict) => conflict.columns(['owner_id', 'table_name', 'row_key']).doNothing())
      .execute();
  }
}

export async function removeProvisionalRows(
  db: Kysely<Database>,
  ownerId: string,
  table: ExportTable,
  keys: readonly string[],
): Promise<number> {
  const provisional = keys.filter((key) => key.startsWith(provisionalPrefix));
  let removed = 0;
  for (const part of chunks(provisional, 1000)) {
    const result = await sql`delete from ${sql.table(table)}
      where owner_id = ${ownerId} and row_key in (${sql.join(part)})`.execute(db);
    removed += Number(result.numAffectedRows ?? 0);
    await db
      .deleteFrom('provisional_rows')
      .where('owner_id', '=', ownerId)
      .where('table_name', '=', table)
      .where('row_key', 'in', part)
      .execute();
  }
  await forgetSyncedRows(db, ownerId, table, provisional);
  return removed;
}

/**
 * The keys of provisional records whose action a snapshot or export row already holds: they
 * need not be written at all.
 */
export async function findTwinnedKeys(
  db: Kysely<Database>,
  ownerId: string,
  table: ExportTable,
  records: readonly { key: string; values: Readonly<Record<string, unknown>> }[],
): Promise<Set<string>> {
  const columns = twinColumns[table];
  const twinned = new Set<string>();
  if (columns === undefined || records.length === 0) return twinned;
  const identity = (values: Readonly<Record<string, unknown>>): string =>
    columns.map((column) => String(values[column] ?? '')).join('\u0001');
  const wanted = new Map<string, string[]>();
  for (const record of records) {
    const id = identity(record.values);
    wanted.set(id, [...(wanted.get(id) ?? []), record.key]);
  }
  // The last twin column is a time: look the candidates up by it, then compare all columns.
  const timeColumn = columns[columns.length - 1] as string;
  const times = [...new Set(records.map((record) => String(record.values[timeColumn] ?? '')))];
  for (const part of chunks(times, 1000)) {
    const result = await sql<Record<string, unknown>>`select ${sql.join(
      columns.map((column) => sql.ref(column)),
    )} from ${sql.table(table)}
      where owner_id = ${ownerId} and ${sql.ref(timeColumn)} in (${sql.join(part)})
        and row_key not like ${`${provisionalPrefix}%`}`.execute(db);
    for (const row of result.rows) {
      for (const key of wanted.get(identity(row)) ?? []) twinned.add(key);
    }
  }
  return twinned;
}

/** Whether the changelog left provisional rows (an import then looks for their twins). */
export async function hasProvisionalRows(db: Kysely<Database>, ownerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('provisional_rows')
    .select('row_key')
    .where('owner_id', '=', ownerId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Deletes each provisional row whose action a snapshot or export row now holds (same
 * conversation and second for a message, same second for a comment, reaction or post).
 */
export async function reconcileProvisionalRows(
  db: Kysely<Database>,
  ownerId: string,
): Promise<number> {
  let removed = 0;
  for (const [table, columns] of Object.entries(twinColumns) as [ExportTable, string[]][]) {
    const sameAction = sql.join(
      columns.map((column) => sql`t.${sql.ref(column)} = v.${sql.ref(column)}`),
      sql` and `,
    );
    const result = await sql<{ row_key: string }>`select p.row_key from provisional_rows p
      join ${sql.table(table)} v on v.owner_id = p.owner_id and v.row_key = p.row_key
      where p.owner_id = ${ownerId} and p.table_name = ${table}
        and exists (select 1 from ${sql.table(table)} t
          where t.owner_id = v.owner_id and ${sameAction}
            and t.row_key not like ${`${provisionalPrefix}%`})`.execute(db);
    const keys = result.rows.map((row) => row.row_key);
    if (keys.length > 0) removed += await removeProvisionalRows(db, ownerId, table, keys);
  }
  return removed;
}

export async function participantsOf(
  db: Kysely<Database>,
  ownerId: string,
  conversationIds: readonly string[],
): Promise<Map<string, ConversationParticipant[]>> {
  const found = new Map<string, ConversationParticipant[]>();
  for (const part of chunks([...new Set(conversationIds)], 1000)) {
    const rows = await db
      .selectFrom('conversation_participants')
      .select(['conversation_id', 'person_key', 'name', 'profile_url'])
      .where('owner_id', '=', ownerId)
      .where('conversation_id', 'in', part)
      .execute();
    for (const row of rows) {
      const list = found.get(row.conversation_id) ?? [];
      list.push({ key: row.person_key, name: row.name, profileUrl: row.profile_url });
      found.set(row.conversation_id, list);
    }
  }
  return found;
}

/** `netwerk unlink --delete-synced`, in one transaction (the caller's). */
export async function deleteSyncedData(
  db: Kysely<Database>,
  ownerId: string,
): Promise<SyncedDataDeletion> {
  const deleted: SyncedDataDeletion = {};
  const tables = await db
    .selectFrom('synced_rows')
    .select('table_name')
    .distinct()
    .where('owner_id', '=', ownerId)
    .execute();
  for (const { table_name: table } of tables) {
    if (!isExportTable(table)) continue;
    const result = await sql`delete from ${sql.table(table)}
      where owner_id = ${ownerId} and row_key in (
        select row_key from synced_rows where owner_id = ${ownerId} and table_name = ${table})`.execute(
      db,
    );
    deleted[table] = Number(result.numAffectedRows ?? 0);
  }
  // Participants of conversations that have no message left came with the synced messages.
  const participants = await sql`delete from conversation_participants
    where owner_id = ${ownerId} and not exists (
      select 1 from messages m
      where m.owner_id = conversation_participants.owner_id
        and m.conversation_id = conversation_participants.conversation_id)`.execute(db);
  deleted.conversation_participants = Number(participants.numAffectedRows ?? 0);
  // The runs stay in the import log (their numbers are in other rows), but no longer count as
  // having read the invitations, so "pending" is judged by the exports again.
  const runs = db.selectFrom('sync_runs').select('seq').where('owner_id', '=', ownerId);
  await db
    .updateTable('imports')
    .set({ had_invitations: 0, summary: JSON.stringify({ syncedDataDeleted: true }) })
    .where('owner_id', '=', ownerId)
    .where('seq', 'in', runs)
    .execute();
  await db.deleteFrom('synced_rows').where('owner_id', '=', ownerId).execute();
  await db.deleteFrom('provisional_rows').where('owner_id', '=', ownerId).execute();
  await db.deleteFrom('sync_state').where('owner_id', '=', ownerId).execute();
  return deleted;
}
