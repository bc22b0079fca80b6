import type { Kysely } from 'kysely';
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

/** PostgreSQL allows 65,535 bind parameters per statement, SQLite 32,766: stay under both. */
const maxParameters = 30_000;
const keysPerSelect = 1_000;

/** The columns whose new value differs from the stored one (empty values keep the old). */
function changedColumns(
  stored: Record<string, unknown>,
  incoming: RowValues,
  blankClears: boolean,
): string[] {
  const changed: string[] = [];
  for (const [column, value] of Object.entries(incoming)) {
    if (value === null && !blankClears) continue;
    const old = stored[column] ?? null;
    // pg returns integers of `integer` columns as numbers; normalise anyway.
    const same = typeof value === 'number' ? Number(old) === value : old === value;
    if (!same) changed.push(column);
  }
  return changed;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

/**
 * Writes one batch of an export file's records: reads the stored rows of the batch's keys in
 * one query, inserts the new ones in multi-row statements and updates only the changed ones.
 * A re-import of the same export therefore only reads. A record whose key is new but whose
 * `fallbackKey` (its identity in an older export era) is stored takes over that row.
 */
export async function writeExportRecords<R extends KeyedRecord>(
  db: Kysely<DynamicDatabase>,
  ownerId: string,
  seq: number,
  spec: TableSpec<R>,
  records: readonly R[],
): Promise<WriteCounts & { existingKeys: string[] }> {
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
  if (pending.size === 0) return { ...counts, existingKeys: [] };

  const { table } = spec;
  const columns = Object.keys(pending.values().next().value?.values ?? {});
  const stored = new Map<string, Record<string, unknown>>();
  for (const keys of chunk([...pending.keys()], keysPerSelect)) {
    const rows = await db
      .selectFrom(table)
      .select(['row_key', ...columns])
      .where('owner_id', '=', ownerId)
      .where('row_key', 'in', keys)
      .execute();
    for (const row of rows) stored.set(String(row.row_key), row);
  }

  // Older-era identities (a name where a URL is now known) are taken over, not duplicated.
  const rekeys = new Map<string, string>();
  const rekeyed = new Set<string>();
  const fallbacks = [...pending]
    .filter(
      ([key, entry]) => !stored.has(key) && entry.fallbackKey && !pending.has(entry.fallbackKey),
    )
    .map(([key, entry]) => [entry.fallbackKey as string, key] as const);
  if (fallbacks.length > 0) {
    const byFallback = new Map(fallbacks);
    for (const keys of chunk([...byFallback.keys()], keysPerSelect)) {
      const rows = await db
        .selectFrom(table)
        .select(['row_key', ...columns])
        .where('owner_id', '=', ownerId)
        .where('row_key', 'in', keys)
        .execute();
      for (const row of rows) {
        const newKey = byFallback.get(String(row.row_key));
        if (newKey === undefined || rekeys.has(String(row.row_key))) continue;
        rekeys.set(String(row.row_key), newKey);
        rekeyed.add(newKey);
        await db
          .updateTable(table)
          .set({ row_key: newKey })
          .where('owner_id', '=', ownerId)
          .where('row_key', '=', String(row.row_key))
          .execute();
        stored.set(newKey, row);
      }
    }
  }

  const inserts: RowValues[] = [];
  const existingKeys: string[] = [];
  for (const [key, entry] of pending) {
    const old = stored.get(key);
    if (old === undefined) {
      inserts.push({ owner_id: ownerId, row_key: key, ...entry.values, ...spec.insertOnly?.(seq) });
      counts.inserted += 1;
      continue;
    }
    existingKeys.push(key);
    const changed = changedColumns(old, entry.values, spec.blankClears);
    if (changed.length === 0 && !rekeyed.has(key)) {
      counts.unchanged += 1;
      continue;
    }
    counts.updated += 1;
    if (changed.length === 0) continue;
    const update: RowValues = {};
    for (const column of changed) update[column] = entry.values[column] ?? null;
    await db
      .updateTable(table)
      .set(update)
      .where('owner_id', '=', ownerId)
      .where('row_key', '=', key)
      .execute();
  }
  if (inserts.length > 0) {
    const perRow = Object.keys(inserts[0] ?? {}).length;
    for (const rows of chunk(inserts, Math.max(1, Math.floor(maxParameters / perRow)))) {
      await db.insertInto(table).values(rows).execute();
    }
  }
  return { ...counts, existingKeys };
}
