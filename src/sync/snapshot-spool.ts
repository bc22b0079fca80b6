import { createReadStream } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SnapshotRow } from '../core/linkedin-sync/map-snapshot-rows.js';
import type { SnapshotDomain } from '../core/linkedin-sync/snapshot-domains.js';

const spoolPrefix = 'sync-spool-';

/** Whether a process with this id still runs (a spool of a running sync is not stale). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The snapshot's rows on disk between reading and writing, one JSON line per row and a file per
 * domain, so a sync's memory stays flat however large the INBOX is, and no transaction waits on
 * the network. The folder is the user's only (0700, files 0600) and deleted after the run; one
 * left by a killed sync is deleted by the next.
 */
export class SnapshotSpool {
  private readonly keys = new Map<SnapshotDomain, Set<string>>();
  private readonly counts = new Map<SnapshotDomain, number>();

  private constructor(readonly directory: string) {}

  static async create(parent: string): Promise<SnapshotSpool> {
    await mkdir(parent, { recursive: true, mode: 0o700 });
    for (const entry of await readdir(parent)) {
      const pid = Number(/^sync-spool-(\d+)-/u.exec(entry)?.[1]);
      if (entry.startsWith(spoolPrefix) && Number.isInteger(pid) && !isRunning(pid)) {
        await rm(join(parent, entry), { recursive: true, force: true });
      }
    }
    return new SnapshotSpool(await mkdtemp(join(parent, `${spoolPrefix}${process.pid}-`)));
  }

  private file(domain: SnapshotDomain): string {
    return join(this.directory, `${domain}.jsonl`);
  }

  async append(domain: SnapshotDomain, rows: readonly SnapshotRow[]): Promise<void> {
    if (rows.length === 0) return;
    const keys = this.keys.get(domain) ?? new Set<string>();
    this.keys.set(domain, keys);
    for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
    this.counts.set(domain, (this.counts.get(domain) ?? 0) + rows.length);
    const text = rows.map((row) => JSON.stringify(row)).join('\n');
    await appendFile(this.file(domain), `${text}\n`, { mode: 0o600 });
  }

  /** Every key the domain's rows had, in first-seen order. */
  keysOf(domain: SnapshotDomain): string[] {
    return [...(this.keys.get(domain) ?? [])];
  }

  rowCount(domain: SnapshotDomain): number {
    return this.counts.get(domain) ?? 0;
  }

  /** The domain's rows again, in the order they came, in batches. */
  async *read(domain: SnapshotDomain, batchSize: number): AsyncGenerator<SnapshotRow[]> {
    if (this.rowCount(domain) === 0) return;
    const lines = createInterface({
      input: createReadStream(this.file(domain), { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    let batch: SnapshotRow[] = [];
    for await (const line of lines) {
      if (line === '') continue;
      batch.push(JSON.parse(line) as SnapshotRow);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async dispose(): Promise<void> {
    await rm(this.directory, { recursive: true, force: true });
  }
}
