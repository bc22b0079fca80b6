import type { Kysely } from 'kysely';
import { CompiledQuery, PostgresAdapter, sql } from 'kysely';
import type { ColumnValue, RowValues, TableSpec } from './export-tables.js';
import type { WriteCounts } from './store.js';

/** Any table by name, for the one generic writer (the typed schema is in database-schema.ts). */
export type DynamicDatabase = Record<string, Record<string, ColumnValue>>;

interface KeyedRecord {
  key: string;
  fallbackKey?: string | null;
}

interface Pending {
  values: RowValues;
  fallbackKey: string | null;
}

/**
 * Bind parameters per insert. PostgreSQL allows 65,535 and SQLite 32,766, but a parameter
 * array past about 16,000 entries lands in V8's large-object space, which only a full GC
 * frees: a million-message import would then grow the heap by a hundred megabytes.
 */
const maxParameters = 8_000;
const keysPerSelect = 1_000;

/**
 * SQL text of the batch statements, built once by Kysely per shape and reused with new
 * parameters: compiling a thousand-row insert for every batch costs more than running it.
 */
export class StatementShapes {
  private readonly sql = new Map<string, string>();
  /**
   * PostgreSQL gets the keys as one array parameter: a thousand-parameter IN list is planned
   * anew for every batch. Wrapped in `array(select unnest(…))` the array is opaque to the
   * planner, which then always looks the keys up in the primary key; given the literal array
   * and the statistics of before the import (an empty table), it scanned every row of the
   * owner instead, and a million-message import became quadratic. SQLite has no arrays.
   */
  readonly keysAsArray: boolean;

  constructor(private readonly db: Kysely<DynamicDatabase>) {
    this.keysAsArray = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  insert(table: string, columns: readonly string[], rows: number): string {
    const key = `insert|${table}|${columns.join(',')}|${rows}`;
    let text = this.sql.get(key);
    if (text === undefined) {
      const template = Array.from({ length: rows }, () =>
        Object.fromEntries(columns.map((column) => [column, null])),
      );
      text = this.db.insertInto(table).values(template).compile().sql;
      this.sql.set(key, text);
    }
    return text;
  }

  selectByKeys(table: string, columns: readonly string[], keys: number): string {
    const key = `select|${table}|${columns.join(',')}|${this.keysAsArray ? 'array' : keys}`;
    let text = this.sql.get(key);
    if (text === undefined) {
      const select = this.db
        .selectFrom(table)
        .select(['row_key', ...columns])
        .where('owner_id', '=', '');
      const byKeys = this.keysAsArray
        ? select.where('row_key', '=', sql<string>`any(array(select unnest(${[]}::text[])))`)
        : select.where(
            'row_key',
            'in',
            Array.from({ length: keys }, () => ''),
          );
      text = byKeys.compile().sql;
      this.sql.set(key, text);
    }
    return text;
  }
}

/** The columns whose new value differs from the stored one (empty values keep the old). */
function changedColumns(
  stored: Record<string, unknown>,
  incoming: RowValues,
  blankClears: boolean,
  identity: ReadonlySet<string> = noColumns,
): string[] {
  const changed: string[] = [];
  for (const column in incoming) {
    if (identity.has(column)) continue;
    const value = incoming[column] ?? null;
    if (value === null && !blankClears) continue;
    const old = stored[column] ?? null;
    // pg may return integer columns as numbers or strings; compare as numbers.
    const same = typeof value === 'number' ? Number(old) === value : old === value;
    if (!same) changed.push(column);
  }
  return changed;
}

const noColumns: ReadonlySet<string> = new Set();

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

async function selectByKeys(
  db: Kysely<DynamicDatabase>,
  shapes: StatementShapes,
  table: string,
  columns: readonly string[],
  ownerId: string,
  keys: readonly string[],
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const part of chunk(keys, keysPerSelect)) {
    const text = shapes.selectByKeys(table, columns, part.length);
    const parameters = shapes.keysAsArray ? [ownerId, part] : [ownerId, ...part];
    const result = await db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(text, parameters),
    );
    rows.push(...result.rows);
  }
  return rows;
}

/**
 * Writes one batch of an export file's records: reads the stored rows of the batch's keys in
 * one query, inserts the new ones in multi-row statements and updates only the changed ones.
 * A re-import of the same export therefore only reads. A record whose key is new but whose
 * `fallbackKey` (its identity in an older export era) is stored takes over that row.
 */
export async function writeExportRecords<R extends KeyedRecord>(
  db: Kysely<DynamicDatabase>,
  shapes: StatementShapes,
  ownerId: string,
  seq: number,
  spec: TableSpec<R>,
  records: readonly R[],
): Promise<WriteCounts & { existingKeys: string[]; olderCopies: number }> {
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const pending = new Map<string, Pending>();
  for (const record of records) {
    const values = spec.values(record);
    const earlier = pending.get(record.key);
    if (earlier === undefined) {
      pending.set(record.key, { values, fallbackKey: record.fallbackKey ?? null });
      continue;
    }
    // The same identity twice in one batch: the later row is an update of the earlier.
    const changed = changedColumns(earlier.values, values, spec.blankClears);
    for (const column of changed) earlier.values[column] = values[column] ?? null;
    if (changed.length > 0) counts.updated += 1;
    else counts.unchanged += 1;
  }
  if (pending.size === 0) return { ...counts, existingKeys: [], olderCopies: 0 };

  const { table } = spec;
  const columns = Object.keys(pending.values().next().value?.values ?? {});
  const identity = new Set(spec.identityColumns ?? []);
  const compared = columns.filter((column) => !identity.has(column));
  const aliased = spec.aliased === true;
  const read = aliased ? [...compared, 'alias_key'] : compared;
  const stored = new Map<string, Record<string, unknown>>();
  for (const row of await selectByKeys(db, shapes, table, read, ownerId, [...pending.keys()])) {
    stored.set(String(row.row_key), row);
  }

  // Older-era identities (a name where a URL is now known) are taken over, not duplicated.
  const rekeyed = new Set<string>();
  const byFallback = new Map<string, string>();
  for (const [key, entry] of pending) {
    if (!stored.has(key) && entry.fallbackKey && !pending.has(entry.fallbackKey)) {
      byFallback.set(entry.fallbackKey, key);
    }
  }
  if (byFallback.size > 0) {
    const rows = await selectByKeys(db, shapes, table, read, ownerId, [...byFallback.keys()]);
    for (const row of rows) {
      const oldKey = String(row.row_key);
      const newKey = byFallback.get(oldKey);
      if (newKey === undefined) continue;
      byFallback.delete(oldKey);
      rekeyed.add(newKey);
      await db
        .updateTable(table)
        .set({ row_key: newKey, ...(aliased ? { alias_key: oldKey } : {}) })
        .where('owner_id', '=', ownerId)
        .where('row_key', '=', oldKey)
        .execute();
      stored.set(newKey, aliased ? { ...row, alias_key: oldKey } : row);
    }
  }

  // An older export after a newer one: its name-keyed row is the URL-keyed row stored with
  // that name key as alias, not a second person (or invitation, or endorsement).
  const olderCopyOf = new Map<string, Record<string, unknown>>();
  if (aliased) {
    const unknown = [...pending]
      .filter(([key, entry]) => !stored.has(key) && entry.fallbackKey === null)
      .map(([key]) => key);
    for (const part of chunk(unknown, keysPerSelect)) {
      const rows = await db
        .selectFrom(table)
        .select(['row_key', 'alias_key', ...compared])
        .where('owner_id', '=', ownerId)
        .where('alias_key', 'in', part)
        .execute();
      for (const row of rows) olderCopyOf.set(String(row.alias_key), row);
    }
  }

  const extra = spec.insertOnly?.(seq) ?? {};
  const insertColumns = [
    'owner_id',
    'row_key',
    ...columns,
    ...(aliased ? ['alias_key'] : []),
    ...Object.keys(extra),
  ];
  const extraValues = Object.values(extra);
  const rowsPerInsert = Math.max(1, Math.floor(maxParameters / insertColumns.length));
  let params: ColumnValue[] = [];
  let rowsInParams = 0;
  const flushInserts = async (): Promise<void> => {
    if (rowsInParams === 0) return;
    const text = shapes.insert(table, insertColumns, rowsInParams);
    await db.executeQuery(CompiledQuery.raw(text, params));
    params = [];
    rowsInParams = 0;
  };
  const existingKeys: string[] = [];
  for (const [key, entry] of pending) {
    const copyOf = olderCopyOf.get(key);
    if (copyOf !== undefined) {
      // The newer export's values stand; the older one only fills what it left empty. Not
      // counted as seen again: an old list of pending invitations says nothing about today.
      const missing = changedColumns(copyOf, entry.values, false).filter(
        (column) => (copyOf[column] ?? null) === null,
      );
      if (missing.length === 0) {
        counts.unchanged += 1;
        continue;
      }
      counts.updated += 1;
      const fill: RowValues = {};
      for (const column of missing) fill[column] = entry.values[column] ?? null;
      await db
        .updateTable(table)
        .set(fill)
        .where('owner_id', '=', ownerId)
        .where('row_key', '=', String(copyOf.row_key))
        .execute();
      continue;
    }
    const old = stored.get(key);
    if (old === undefined) {
      params.push(ownerId, key);
      for (const column of columns) params.push(entry.values[column] ?? null);
      if (aliased) params.push(entry.fallbackKey);
      for (const value of extraValues) params.push(value);
      rowsInParams += 1;
      counts.inserted += 1;
      if (rowsInParams === rowsPerInsert) await flushInserts();
      continue;
    }
    existingKeys.push(key);
    const changed = changedColumns(old, entry.values, spec.blankClears, identity);
    // Rows stored before migration 0007 learn their alias when an export with URLs comes again.
    const learnsAlias = aliased && entry.fallbackKey !== null && (old.alias_key ?? null) === null;
    if (changed.length === 0 && !rekeyed.has(key)) {
      counts.unchanged += 1;
      if (learnsAlias) {
        await db
          .updateTable(table)
          .set({ alias_key: entry.fallbackKey })
          .where('owner_id', '=', ownerId)
          .where('row_key', '=', key)
          .execute();
      }
      continue;
    }
    counts.updated += 1;
    if (changed.length === 0) continue;
    const update: RowValues = {};
    for (const column of changed) update[column] = entry.values[column] ?? null;
    if (learnsAlias) update.alias_key = entry.fallbackKey;
    await db
      .updateTable(table)
      .set(update)
      .where('owner_id', '=', ownerId)
      .where('row_key', '=', key)
      .execute();
  }
  await flushInserts();
  return { ...counts, existingKeys, olderCopies: olderCopyOf.size };
}
