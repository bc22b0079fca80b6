import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import { exportFileKindFor, importRank } from '../core/linkedin-export/export-file-kinds.js';
import { requiredColumns } from '../core/linkedin-export/export-headers.js';
import type { RowProblem } from '../core/linkedin-export/row-problem.js';
import { AppError } from '../core/errors/app-error.js';
import { decodeExportText } from './decode-export-text.js';
import type { ExportEntry } from './export-source.js';
import { openExportSource } from './export-source.js';
import type { SkippedFile } from './import-summary.js';
import { readExportCsv } from './read-export-csv.js';
import type { ZipLimits } from './zip-limits.js';

/** One data row as the CSV parser gave it, or a row it could not read. */
export type RawRow = { line: number; cells: string[] } | { line: number; problem: RowProblem };

/** What reading an export yields, in order: the file list, then each file's rows in batches. */
export type ReadEvent =
  | {
      type: 'files';
      files: { name: string; kind: ExportFileKind; bytes: number }[];
      skippedFiles: SkippedFile[];
    }
  | { type: 'file-start'; name: string; kind: ExportFileKind; bytes: number }
  | { type: 'header'; name: string; columns: string[] }
  /** `bytes`: bytes of the file read so far. */
  | { type: 'rows'; name: string; rows: RawRow[]; bytes: number }
  | { type: 'no-header'; name: string; kind: ExportFileKind; expected: string[] }
  | { type: 'file-end'; name: string; bytes: number };

export interface ReadExportOptions {
  limits?: ZipLimits;
  /** Rows per `rows` event. */
  batchSize?: number;
}

export const defaultBatchSize = 1000;

/**
 * Reads an export (ZIP or folder) file by file, in import order, as batches of CSV rows. No
 * mapping and no database: for large exports this runs in a worker thread while the main
 * thread maps and writes (docs/decisions/0012). Memory stays flat: one batch at a time.
 */
export async function* readExport(
  path: string,
  options: ReadExportOptions = {},
): AsyncGenerator<ReadEvent> {
  const source = await openExportSource(path, options.limits);
  try {
    const skippedFiles: SkippedFile[] = source.unreadable.map((entry) => ({
      name: entry.path,
      reason: entry.reason,
    }));
    const files: { entry: ExportEntry; kind: ExportFileKind }[] = [];
    for (const entry of source.entries) {
      const kind = exportFileKindFor(entry.path);
      if (kind === undefined) skippedFiles.push({ name: entry.path, reason: 'not-imported' });
      else files.push({ entry, kind });
    }
    if (files.length === 0) {
      // A LinkedIn file that cannot be read says more than "no LinkedIn files".
      const unreadable = source.unreadable.find(
        (entry) => entry.reason !== 'unsafe-path' && exportFileKindFor(entry.path) !== undefined,
      );
      if (unreadable) {
        throw new AppError('export-damaged', {
          path,
          file: unreadable.path,
          problem: unreadable.reason,
        });
      }
      throw new AppError('export-no-linkedin-files', { path });
    }
    files.sort(
      (a, b) =>
        importRank(a.kind) - importRank(b.kind) ||
        (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0),
    );
    yield {
      type: 'files',
      files: files.map(({ entry, kind }) => ({ name: entry.path, kind, bytes: entry.size })),
      skippedFiles,
    };
    const batchSize = options.batchSize ?? defaultBatchSize;
    for (const { entry, kind } of files) {
      const name = entry.path;
      yield { type: 'file-start', name, kind, bytes: entry.size };
      let bytes = 0;
      let rows: RawRow[] = [];
      const text = decodeExportText(
        await entry.open(),
        { source: path, file: name },
        (count) => (bytes += count),
      );
      let headerFound = true;
      for await (const event of readExportCsv(text, kind)) {
        if (event.type === 'no-header') {
          headerFound = false;
          yield { type: 'no-header', name, kind, expected: [...requiredColumns[kind]] };
          break;
        }
        if (event.type === 'header') {
          yield { type: 'header', name, columns: event.columns };
          continue;
        }
        rows.push(
          event.type === 'row'
            ? { line: event.line, cells: event.cells }
            : { line: event.line, problem: event.problem },
        );
        if (rows.length >= batchSize) {
          yield { type: 'rows', name, rows, bytes };
          rows = [];
        }
      }
      if (!headerFound) continue;
      if (rows.length > 0) yield { type: 'rows', name, rows, bytes };
      yield { type: 'file-end', name, bytes };
    }
  } finally {
    await source.close();
  }
}
