import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../core/errors/app-error.js';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import { ColumnMap } from '../core/linkedin-export/export-headers.js';
import type { ExportRecordByKind } from '../core/linkedin-export/export-records.js';
import type { RowMapper } from '../core/linkedin-export/mapping-context.js';
import { createMappingContext, forFile } from '../core/linkedin-export/mapping-context.js';
import type { RowProblem } from '../core/linkedin-export/row-problem.js';
import { isRowProblem } from '../core/linkedin-export/row-problem.js';
import { rowMappers, rowRepairs } from '../core/linkedin-export/row-mappers.js';
import type { ImportSession, Store } from '../store/store.js';
import { checkExportPath, exportDateFromName } from './export-source.js';
import type { FileSummary, ImportSummary, SkippedFile } from './import-summary.js';
import { maxReportedRows } from './import-summary.js';
import type { RawRow, ReadEvent, ReadExportOptions } from './read-export.js';
import { readExport } from './read-export.js';
import { readExportInWorker } from './read-export-in-worker.js';
import { tuneV8ForImport } from './tune-v8-for-import.js';
import type { ZipLimits } from './zip-limits.js';

type AnyRecord = ExportRecordByKind[ExportFileKind];

/** Progress callbacks for a terminal; all optional. */
export interface ImportProgress {
  fileStarted?(file: { name: string; kind: ExportFileKind; bytes: number }): void;
  fileProgress?(file: { name: string; rows: number; bytes: number }): void;
  fileFinished?(file: FileSummary): void;
}

export interface ImportOptions {
  clock?: () => Date;
  progress?: ImportProgress;
  limits?: ZipLimits;
  /** Rows per database batch. */
  batchSize?: number;
  /**
   * Read and parse in a worker thread while the main thread maps and writes: `auto` does so for
   * exports over a megabyte, where it pays for the thread's start.
   */
  worker?: boolean | 'auto';
}

const workerThresholdBytes = 1024 * 1024;

/** A quick size estimate: the ZIP's size, or the files at the top of a folder. */
async function exportBytes(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(path, entry.name))).size;
  }
  return total;
}

/** One file being imported: its mapper and its counts. */
interface OpenFile {
  summary: FileSummary;
  mapper?: RowMapper<AnyRecord>;
  /** Puts back a row split by an unquoted comma, for the kinds that need it. */
  repair?: (cells: string[]) => string[];
  width: number;
}

/**
 * Imports a LinkedIn export (ZIP or folder) into the store in one transaction: every file is
 * streamed from the archive through the CSV parser and the row mappers into batched writes, so
 * memory stays flat. Bad rows are reported and skipped; a bad archive stops the import and
 * nothing is written.
 */
export async function importExport(
  path: string,
  store: Store,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const clock = options.clock ?? (() => new Date());
  await checkExportPath(path);
  tuneV8ForImport();
  const useWorker =
    options.worker === true ||
    (options.worker !== false && (await exportBytes(path)) > workerThresholdBytes);
  const meta = {
    source: basename(path),
    exportedOn: exportDateFromName(basename(path)),
    startedAt: clock().toISOString(),
  };
  const readOptions: ReadExportOptions = {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  };
  return store.runImport(meta, async (session) => {
    const context = createMappingContext(session.owner);
    const events: AsyncGenerator<ReadEvent> = useWorker
      ? readExportInWorker(path, readOptions)
      : readExport(path, readOptions);
    const files: FileSummary[] = [];
    let skippedFiles: SkippedFile[] = [];
    let current: OpenFile | undefined;
    for await (const event of events) {
      switch (event.type) {
        case 'files':
          skippedFiles = [...event.skippedFiles];
          break;
        case 'file-start':
          current = {
            summary: {
              name: event.name,
              kind: event.kind,
              rows: 0,
              inserted: 0,
              updated: 0,
              unchanged: 0,
              skipped: [],
              skippedCount: 0,
            },
            width: 0,
          };
          options.progress?.fileStarted?.(event);
          break;
        case 'header': {
          const file = current as OpenFile;
          const columns = new ColumnMap(event.columns);
          file.width = columns.width;
          file.mapper = rowMappers[file.summary.kind](
            columns,
            forFile(context),
          ) as RowMapper<AnyRecord>;
          const repair = rowRepairs[file.summary.kind];
          if (repair) file.repair = repair(columns);
          break;
        }
        case 'rows': {
          const file = current as OpenFile;
          await writeRows(file, event.rows, session);
          options.progress?.fileProgress?.({
            name: event.name,
            rows: file.summary.rows,
            bytes: event.bytes,
          });
          break;
        }
        case 'no-header':
          skippedFiles.push({ name: event.name, reason: 'no-header', expected: event.expected });
          current = undefined;
          break;
        case 'file-end':
          if (current) {
            files.push(current.summary);
            options.progress?.fileFinished?.(current.summary);
          }
          current = undefined;
          break;
      }
    }
    // Only files with a name netwerk knows but no header: name the first, and what it lacks.
    if (files.length === 0) {
      const headerless = skippedFiles.find((file) => file.reason === 'no-header');
      if (headerless === undefined) throw new AppError('export-no-linkedin-files', { path });
      throw new AppError('export-damaged', {
        path,
        file: headerless.name,
        problem: 'no-header',
        columns: (headerless.expected ?? []).map((column) => `'${column}'`).join(', '),
      });
    }
    const result: ImportSummary = { seq: session.seq, source: meta.source, files, skippedFiles };
    await session.finish({
      finishedAt: clock().toISOString(),
      hadInvitations: files.some((file) => file.kind === 'invitations'),
      summary: result,
    });
    return result;
  });
}

/** Maps one batch of rows to records, writes them, and counts what happened. */
async function writeRows(
  file: OpenFile,
  rows: readonly RawRow[],
  session: ImportSession,
): Promise<void> {
  const { summary, width } = file;
  const mapper = file.mapper as RowMapper<AnyRecord>;
  const skip = (line: number, problem: RowProblem): void => {
    summary.skippedCount += 1;
    if (summary.skipped.length < maxReportedRows) {
      summary.skipped.push({ line, problem });
    }
  };
  const records: AnyRecord[] = [];
  for (const row of rows) {
    summary.rows += 1;
    if ('problem' in row) {
      skip(row.line, row.problem);
      continue;
    }
    const cells = file.repair ? file.repair(row.cells) : row.cells;
    // A missing cell, or text past the last column (an unquoted comma), shifts every value.
    if (
      cells.length !== width &&
      (cells.length < width || cells.slice(width).some((cell) => cell.trim() !== ''))
    ) {
      skip(row.line, { kind: 'field-count', found: cells.length, expected: width });
      continue;
    }
    const record = mapper(cells);
    if (isRowProblem(record)) skip(row.line, record);
    else records.push(record);
  }
  if (records.length === 0) return;
  const counts = await session.write(summary.kind, records);
  summary.inserted += counts.inserted;
  summary.updated += counts.updated;
  summary.unchanged += counts.unchanged;
}
