import { basename } from 'node:path';
import { AppError } from '../core/errors/app-error.js';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import { exportFileKindFor, importRank } from '../core/linkedin-export/export-file-kinds.js';
import { ColumnMap, requiredColumns } from '../core/linkedin-export/export-headers.js';
import type { ExportRecordByKind } from '../core/linkedin-export/export-records.js';
import type { MappingContext, RowMapper } from '../core/linkedin-export/mapping-context.js';
import { createMappingContext } from '../core/linkedin-export/mapping-context.js';
import type { RowProblem } from '../core/linkedin-export/row-problem.js';
import { describeRowProblem, isRowProblem } from '../core/linkedin-export/row-problem.js';
import { rowMappers } from '../core/linkedin-export/row-mappers.js';
import type { ImportSession, Store } from '../store/store.js';
import { decodeExportText } from './decode-export-text.js';
import type { ExportEntry } from './export-source.js';
import { openExportSource } from './export-source.js';
import type { FileSummary, ImportSummary, SkippedFile } from './import-summary.js';
import { maxReportedRows } from './import-summary.js';
import { readExportCsv } from './read-export-csv.js';
import type { ZipLimits } from './zip-limits.js';

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
  /** Records per database batch. */
  batchSize?: number;
}

const defaultBatchSize = 1000;

/**
 * Imports a LinkedIn export (ZIP or folder) into the store in one transaction: every file is
 * streamed from the archive through the CSV parser into batched writes, so memory stays flat.
 * Bad rows are reported and skipped; bad archives stop the import and nothing is written.
 */
export async function importExport(
  path: string,
  store: Store,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const clock = options.clock ?? (() => new Date());
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
    if (files.length === 0) throw new AppError('export-no-linkedin-files', { path });
    files.sort(
      (a, b) =>
        importRank(a.kind) - importRank(b.kind) ||
        (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0),
    );

    const meta = {
      source: basename(path),
      exportedOn: source.exportedOn,
      startedAt: clock().toISOString(),
    };
    return await store.runImport(meta, async (session) => {
      const context = createMappingContext(session.owner);
      const summaries: FileSummary[] = [];
      for (const { entry, kind } of files) {
        const summary = await importFile(entry, kind, path, session, context, options);
        if (summary === 'no-header') {
          skippedFiles.push({
            name: entry.path,
            reason: 'no-header',
            expected: [...requiredColumns[kind]],
          });
          continue;
        }
        summaries.push(summary);
        options.progress?.fileFinished?.(summary);
      }
      if (summaries.length === 0) throw new AppError('export-no-linkedin-files', { path });
      const result: ImportSummary = {
        seq: session.seq,
        source: meta.source,
        files: summaries,
        skippedFiles,
      };
      await session.finish({
        finishedAt: clock().toISOString(),
        hadInvitations: summaries.some((file) => file.kind === 'invitations'),
        summary: result,
      });
      return result;
    });
  } finally {
    await source.close();
  }
}

async function importFile(
  entry: ExportEntry,
  kind: ExportFileKind,
  sourcePath: string,
  session: ImportSession,
  context: MappingContext,
  options: ImportOptions,
): Promise<FileSummary | 'no-header'> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  const summary: FileSummary = {
    name: entry.path,
    kind,
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    skippedCount: 0,
  };
  let bytes = 0;
  options.progress?.fileStarted?.({ name: entry.path, kind, bytes: entry.size });
  const skip = (line: number, problem: RowProblem): void => {
    summary.skippedCount += 1;
    if (summary.skipped.length < maxReportedRows) {
      summary.skipped.push({ line, reason: describeRowProblem(problem, 'en') });
    }
  };

  let columns: ColumnMap | undefined;
  let mapper: RowMapper<ExportRecordByKind[typeof kind]> | undefined;
  let batch: ExportRecordByKind[typeof kind][] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const counts = await session.write(kind, batch);
    summary.inserted += counts.inserted;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    batch = [];
    options.progress?.fileProgress?.({ name: entry.path, rows: summary.rows, bytes });
  };

  const text = decodeExportText(
    await entry.open(),
    { source: sourcePath, file: entry.path },
    (count) => (bytes += count),
  );
  for await (const event of readExportCsv(text, kind)) {
    switch (event.type) {
      case 'no-header':
        return 'no-header';
      case 'header':
        columns = new ColumnMap(event.columns);
        mapper = rowMappers[kind](columns, context);
        break;
      case 'bad-row':
        summary.rows += 1;
        skip(event.line, event.problem);
        break;
      case 'row': {
        summary.rows += 1;
        const width = (columns as ColumnMap).width;
        if (
          event.cells.length !== width &&
          (event.cells.length < width ||
            event.cells.slice(width).some((cell) => cell.trim() !== ''))
        ) {
          skip(event.line, { kind: 'field-count', found: event.cells.length, expected: width });
          break;
        }
        const record = (mapper as RowMapper<ExportRecordByKind[typeof kind]>)(event.cells);
        if (isRowProblem(record)) skip(event.line, record);
        else batch.push(record);
        if (batch.length >= batchSize) await flush();
        break;
      }
    }
  }
  await flush();
  options.progress?.fileProgress?.({ name: entry.path, rows: summary.rows, bytes });
  return summary;
}
