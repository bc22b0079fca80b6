import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { RowProblem } from '../core/linkedin-export/row-problem.js';

/**
 * A row that was not imported: its line in the file and why, as a code with its facts; the CLI
 * and the web app say it in the user's language (describeRowProblem).
 */
export interface SkippedRow {
  line: number;
  problem: RowProblem;
}

/** What one import did with one file. */
export interface FileSummary {
  name: string;
  kind: ExportFileKind;
  /** Data rows read: inserted + updated + unchanged + skipped. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** The first skipped rows (at most maxReportedRows); skippedCount has them all. */
  skipped: SkippedRow[];
  skippedCount: number;
}

export type SkippedFileReason =
  'not-imported' | 'unsafe-path' | 'encrypted' | 'unsupported-compression' | 'no-header';

export interface SkippedFile {
  name: string;
  reason: SkippedFileReason;
  /** For `no-header`: the columns that were looked for. */
  expected?: string[];
}

export interface ImportSummary {
  /** The import's number for this owner. */
  seq: number;
  source: string;
  files: FileSummary[];
  skippedFiles: SkippedFile[];
}

/** Rows reported per file; a broken file must not fill the memory with reports. */
export const maxReportedRows = 1000;

/** Whether the import met bad input it reported (exit code 1). */
export function hasProblems(summary: ImportSummary): boolean {
  return (
    summary.files.some((file) => file.skippedCount > 0) ||
    summary.skippedFiles.some((file) => file.reason !== 'not-imported')
  );
}
