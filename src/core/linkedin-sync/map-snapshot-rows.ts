import type { ExportFileKind } from '../linkedin-export/export-file-kinds.js';
import { ColumnMap } from '../linkedin-export/export-headers.js';
import type { ExportRecordByKind } from '../linkedin-export/export-records.js';
import type { MappingContext } from '../linkedin-export/mapping-context.js';
import type { RowProblem } from '../linkedin-export/row-problem.js';
import { isRowProblem } from '../linkedin-export/row-problem.js';
import { rowMappers } from '../linkedin-export/row-mappers.js';

/** One snapshot row as the API sends it: the export's CSV headers as keys. */
export type SnapshotRow = Readonly<Record<string, unknown>>;

/** Snapshot rows laid out like a CSV file: one header, rows of cells. */
export interface SnapshotTable {
  header: string[];
  rows: string[][];
  /** Cells LinkedIn could not process (`Unable_to_process_this_field.`), read as empty. */
  placeholders: number;
}

const unprocessed = /^unable[_ ]to[_ ]process[_ ]this[_ ]field\.?$/iu;

/**
 * The columns of a domain: every key its rows have, in first-seen order (keys are not in a
 * stable order and not every row has every key). An empty key (seen once live) and the `URN!`
 * siblings LinkedIn adds to fields it failed on are no columns.
 */
export function snapshotHeader(keys: Iterable<string>): string[] {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (key.trim() !== '' && !key.endsWith('!')) header.push(key);
  }
  return header;
}

/** A row's cells in header order; `onPlaceholder` hears of each unprocessed field. */
export function snapshotCells(
  header: readonly string[],
  row: SnapshotRow,
  onPlaceholder: () => void = () => undefined,
): string[] {
  return header.map((key) => {
    const value = row[key];
    if (typeof value === 'string') {
      if (unprocessed.test(value.trim())) {
        onPlaceholder();
        return '';
      }
      return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return '';
  });
}

/** Lays rows out as a table (for a domain small enough to hold at once). */
export function tableFromSnapshotRows(rows: readonly SnapshotRow[]): SnapshotTable {
  const header = snapshotHeader(rows.flatMap((row) => Object.keys(row)));
  let placeholders = 0;
  const table = rows.map((row) => snapshotCells(header, row, () => (placeholders += 1)));
  return { header, rows: table, placeholders };
}

/** A row mapped to a record, or why not; empty rows are nothing. */
export type SnapshotRowResult<K extends ExportFileKind> =
  { record: ExportRecordByKind[K] } | { problem: RowProblem } | { empty: true };

/**
 * The export's row mapper for a domain's rows, exactly as `netwerk import` maps the CSV file:
 * same records, same identity keys, so the two sources merge without twins. One mapper per
 * domain and run, fed row by row, so a large domain never has to be in memory at once.
 */
export function createSnapshotRowMapper<K extends ExportFileKind>(
  kind: K,
  header: readonly string[],
  context: MappingContext,
  onPlaceholder?: () => void,
): (row: SnapshotRow) => SnapshotRowResult<K> {
  const mapper = rowMappers[kind](new ColumnMap(header), context);
  return (row) => {
    const cells = snapshotCells(header, row, onPlaceholder);
    if (cells.every((cell) => cell.trim() === '')) return { empty: true };
    const record = mapper(cells);
    if (isRowProblem(record)) return { problem: record };
    return { record: record as ExportRecordByKind[K] };
  };
}

export interface MappedSnapshotRows<K extends ExportFileKind> {
  records: ExportRecordByKind[K][];
  /** 1-based position of the row in the domain (newest first, as LinkedIn sends them). */
  skipped: { row: number; problem: RowProblem }[];
}

/** Maps a whole table at once (tests, small domains). */
export function mapSnapshotRows<K extends ExportFileKind>(
  kind: K,
  table: SnapshotTable,
  context: MappingContext,
): MappedSnapshotRows<K> {
  const mapper = rowMappers[kind](new ColumnMap(table.header), context);
  const records: ExportRecordByKind[K][] = [];
  const skipped: MappedSnapshotRows<K>['skipped'] = [];
  table.rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const record = mapper(cells);
    if (isRowProblem(record)) skipped.push({ row: index + 1, problem: record });
    else records.push(record as ExportRecordByKind[K]);
  });
  return { records, skipped };
}
