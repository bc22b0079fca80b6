import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { RowProblem } from '../core/linkedin-export/row-problem.js';
import type { ChangelogSkipProblem } from '../core/linkedin-sync/changelog-skip-problem.js';
import type { IgnoreReason } from '../core/linkedin-sync/map-changelog-events.js';
import type { SnapshotDomain } from '../core/linkedin-sync/snapshot-domains.js';
import type { SnapshotDomainStatus } from './fetch-snapshot.js';

/**
 * What one sync did: the `--json` output of `netwerk sync` (docs/formats.md, "Sync"), with each
 * skipped row's problem put into words there.
 */
export interface SyncSummary {
  /** The import number of this run; null when nothing reached the data tables. */
  seq: number | null;
  kind: 'snapshot' | 'changelog';
  startedAt: string;
  finishedAt: string;
  snapshot: SnapshotDomainSummary[];
  changelog: ChangelogSummary;
}

export interface SnapshotDomainSummary {
  domain: SnapshotDomain;
  /** The export kind the rows were read as; null when no kind's columns fit. */
  kind: ExportFileKind | null;
  /** `no-header`: the rows lack the columns that identify their export file. */
  status: SnapshotDomainStatus | 'no-header';
  pages: number;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** 1-based positions in the domain and why (a code with facts), the first maxReportedRows. */
  skipped: { row: number; problem: RowProblem }[];
  skippedCount: number;
  /** Cells LinkedIn marked `Unable_to_process_this_field.` (read as empty). */
  unprocessedFields: number;
  /** LinkedIn's reason for `not-supported`. */
  message?: string;
}

export interface ChangelogSummary {
  /** Events received (each once), applied or not. */
  events: number;
  pages: number;
  /** False when the page cap stopped the read; the rest comes next time. */
  complete: boolean;
  /** Provisional rows written new, changed, or already there. */
  inserted: number;
  updated: number;
  unchanged: number;
  /** Events whose action a snapshot or export row already holds. */
  alreadyKnown: number;
  /** Provisional rows dropped because a snapshot or export row now holds their action. */
  replacedByTwin: number;
  /** Provisional rows deleted because LinkedIn says the resource was deleted. */
  removed: number;
  ignored: Partial<Record<IgnoreReason, number>>;
  skipped: { eventId: string; resource: string; problem: ChangelogSkipProblem }[];
  /** The next `startTime` (ISO 8601): the latest `processedAt` seen. */
  cursor: string | null;
  /** More than 28 days since the last sync: events in between may be lost. */
  gap: boolean;
}

export const maxReportedRows = 1000;

/** Whether the sync met data it could not use (exit code 1). */
export function hasSyncProblems(summary: SyncSummary): boolean {
  return (
    summary.snapshot.some(
      (domain) =>
        domain.skippedCount > 0 || domain.status === 'no-header' || domain.status === 'incomplete',
    ) ||
    summary.changelog.skipped.length > 0 ||
    !summary.changelog.complete
  );
}
