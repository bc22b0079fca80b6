import { randomUUID } from 'node:crypto';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import { AppError, isAppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import type { UserLanguage } from '../core/i18n/languages.js';
import type { ImportSummary } from '../import/import-summary.js';
import type { ImportRunner, RequestScope } from './app-options.js';
import type { ReceivedFile } from './receive-upload.js';

/** One file of a running import, as the progress view shows it. */
export interface JobFile {
  name: string;
  kind: ExportFileKind;
  /** Uncompressed size, as the archive declares it. */
  bytes: number;
  bytesRead: number;
  rows: number;
  done: boolean;
}

export type JobStatus = 'running' | 'done' | 'failed';

/** What GET /api/import/jobs/:id and its event stream report. */
export interface ImportJobView {
  id: string;
  source: string;
  status: JobStatus;
  startedAt: string;
  finishedAt: string | null;
  files: JobFile[];
  summary: ImportSummary | null;
  error: { code: string; message: Record<UserLanguage, string> } | null;
}

interface Job {
  view: ImportJobView;
  owner: string;
  listeners: Set<(view: ImportJobView) => void>;
}

/**
 * Finished jobs kept per owner for their summary; older ones are forgotten. Per owner, so on a
 * shared server one busy user's imports never push out another's result before it is read.
 */
export const keptJobsPerOwner = 10;

/**
 * The imports the server is running or ran: an upload becomes a job that runs beside the
 * requests (the reader in a worker thread, writes in batches that yield), and reports progress
 * to whoever listens. One import at a time per owner: the database takes one writer.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly runImport: ImportRunner,
    private readonly clock: () => Date,
    /** Called when an import changed the data: caches drop what they hold for the owner. */
    private readonly onImported: (scope: RequestScope) => void,
  ) {}

  isRunning(owner: string): boolean {
    return [...this.jobs.values()].some(
      (job) => job.owner === owner && job.view.status === 'running',
    );
  }

  /** Starts the import of an uploaded file and returns at once; the job removes the file. */
  start(scope: RequestScope, file: ReceivedFile, source: string): ImportJobView {
    const owner = scope.store.ownerId;
    if (this.isRunning(owner)) {
      void file.remove();
      throw new AppError('import-busy');
    }
    const job: Job = {
      owner,
      listeners: new Set(),
      view: {
        id: randomUUID(),
        source,
        status: 'running',
        startedAt: this.clock().toISOString(),
        finishedAt: null,
        files: [],
        summary: null,
        error: null,
      },
    };
    this.jobs.set(job.view.id, job);
    void this.run(job, scope, file);
    return job.view;
  }

  get(id: string, owner: string): ImportJobView | undefined {
    const job = this.jobs.get(id);
    return job && job.owner === owner ? job.view : undefined;
  }

  /** Calls `listener` on every change until it unsubscribes; undefined for an unknown job. */
  subscribe(
    id: string,
    owner: string,
    listener: (view: ImportJobView) => void,
  ): (() => void) | undefined {
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) return undefined;
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  private changed(job: Job): void {
    for (const listener of job.listeners) listener(job.view);
  }

  private async run(job: Job, scope: RequestScope, file: ReceivedFile): Promise<void> {
    const fileOf = (name: string) => job.view.files.find((entry) => entry.name === name);
    try {
      const summary = await this.runImport(file.path, scope, {
        fileStarted: ({ name, kind, bytes }) => {
          job.view.files.push({ name, kind, bytes, bytesRead: 0, rows: 0, done: false });
          this.changed(job);
        },
        fileProgress: ({ name, rows, bytes }) => {
          const entry = fileOf(name);
          if (entry) Object.assign(entry, { rows, bytesRead: bytes });
          this.changed(job);
        },
        fileFinished: ({ name, rows }) => {
          const entry = fileOf(name);
          if (entry) Object.assign(entry, { rows, bytesRead: entry.bytes, done: true });
          this.changed(job);
        },
      });
      job.view.summary = { ...summary, source: job.view.source };
      job.view.status = 'done';
      this.onImported(scope);
    } catch (error) {
      job.view.status = 'failed';
      job.view.error = describeJobError(error, job.view.source);
      if (!isAppError(error)) console.error('netwerk serve: import failed:', error);
    } finally {
      job.view.finishedAt = this.clock().toISOString();
      await file.remove().catch(() => undefined);
      this.changed(job);
      this.forgetOld(job.owner);
    }
  }

  private forgetOld(owner: string): void {
    const finished = [...this.jobs.values()].filter(
      (job) => job.owner === owner && job.view.status !== 'running',
    );
    for (const job of finished.slice(0, Math.max(0, finished.length - keptJobsPerOwner))) {
      this.jobs.delete(job.view.id);
    }
  }
}

/** The error in both languages, naming the upload as the user knows it, never the temp path. */
function describeJobError(error: unknown, source: string): ImportJobView['error'] {
  const appError = isAppError(error)
    ? new AppError(error.code, { ...error.details, path: source }, { cause: error })
    : undefined;
  if (!appError) {
    return {
      code: 'unexpected',
      message: {
        nl: 'De import liep vast op een onverwachte fout; er is niets geïmporteerd. Kijk in de terminal waar `netwerk serve` draait.',
        en: 'The import stopped on an unexpected error; nothing was imported. Look at the terminal where `netwerk serve` runs.',
      },
    };
  }
  return {
    code: appError.code,
    message: { nl: describeError(appError, 'nl'), en: describeError(appError, 'en') },
  };
}
