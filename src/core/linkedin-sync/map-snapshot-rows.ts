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
 * Lays rows out as a table. Keys are not in a stable order and not every row has every key,
 * so the header is every key seen, in first-seen order. An empty key (seen once live) and the
 * `URN!` siblings LinkedIn adds to fields it failed on are no columns.
 */
export function tableFromSnapshotRows(rows: readonly SnapshotRow[]): SnapshotTable {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (key.trim() !== '' && !key.endsWith('!')) header.push(key);
    }
  }
  let placeholders = 0;
  const cellOf = (value: unknown): string => {
    if (typeof value === 'string') {
      if (unprocessed.test(value.trim())) {
        placeholders += 1;
        return '';
      }
      return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return '';
  };
  const table = rows.map((row) => header.map((key) => cellOf(row[key])));
  return { header, rows: table, placeholders };
}

export interface MappedSnapshotRows<K extends ExportFileKind> {
  records: ExportRecordByKind[K][];
  /** 1-based position of the row in the domain (newest first, as LinkedIn sends them). */
  skipped: { row: number; problem: RowProblem }[];
}

/**
 * Maps a domain's rows with the export's row mapper for its kind, exactly as `netwerk import`
 * maps the CSV file: same records, same identity keys, so the two sources merge without twins.
 */
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
