import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { ExportTable } from './database-schema.js';
import { tableSpecs } from './export-tables.js';
import { KyselyImportSession } from './import-session.js';
import type { SyncMeta, SyncSession, SyncStateUpdate } from './store.js';
import type { ExportRecordByKind } from '../core/linkedin-export/export-records.js';
import {
  findTwinnedKeys,
  participantsOf,
  reconcileProvisionalRows,
  recordProvisionalRows,
  recordSyncedRows,
  removeProvisionalRows,
  updateSyncState,
} from './sync-records.js';

/**
 * One sync run: an import session (the same merge as an export) that also notes which rows it
 * inserted, keeps the changelog's provisional rows apart, and saves the sync state in the same
 * transaction as the data.
 */
export class KyselySyncSession extends KyselyImportSession implements SyncSession {
  private syncMeta(): SyncMeta {
    return this.runMeta as SyncMeta;
  }

  protected override async afterWrite(
    table: ExportTable,
    records: readonly { key: string }[],
    existingKeys: readonly string[],
  ): Promise<void> {
    const existing = new Set(existingKeys);
    const inserted = [...new Set(records.map((record) => record.key))].filter(
      (key) => !existing.has(key),
    );
    await recordSyncedRows(this.trx, this.ownerId, table, inserted);
    await recordProvisionalRows(this.trx, this.ownerId, table, inserted);
  }

  participantsOf(conversationIds: readonly string[]) {
    return participantsOf(this.trx, this.ownerId, conversationIds);
  }

  async twinnedKeys<K extends ExportFileKind>(
    kind: K,
    records: readonly ExportRecordByKind[K][],
  ): Promise<Set<string>> {
    const spec = tableSpecs[kind];
    return findTwinnedKeys(
      this.trx,
      this.ownerId,
      spec.table,
      records.map((record) => ({ key: record.key, values: spec.values(record) })),
    );
  }

  removeProvisional(kind: ExportFileKind, keys: readonly string[]) {
    return removeProvisionalRows(this.trx, this.ownerId, tableSpecs[kind].table, keys);
  }

  reconcileProvisional() {
    return reconcileProvisionalRows(this.trx, this.ownerId);
  }

  saveSyncState(update: SyncStateUpdate) {
    return updateSyncState(this.trx, this.ownerId, update);
  }

  override async finish(result: {
    finishedAt: string;
    hadInvitations: boolean;
    summary: unknown;
  }): Promise<void> {
    await super.finish(result);
    const meta = this.syncMeta();
    await this.trx
      .insertInto('sync_runs')
      .values({
        owner_id: this.ownerId,
        seq: this.seq,
        kind: meta.kind,
        started_at: meta.startedAt,
        finished_at: result.finishedAt,
      })
      .execute();
  }
}
