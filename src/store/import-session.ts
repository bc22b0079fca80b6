import type { Kysely, Transaction } from 'kysely';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { ExportRecordByKind, MessageRecord } from '../core/linkedin-export/export-records.js';
import type { OwnerIdentity } from '../core/linkedin-export/mapping-context.js';
import type { Database, ExportTable } from './database-schema.js';
import { tableSpecs } from './export-tables.js';
import type { ImportMeta, ImportSession, WriteCounts } from './store.js';
import type { DynamicDatabase } from './write-export-records.js';
import { StatementShapes, writeExportRecords } from './write-export-records.js';
import {
  forgetSyncedRows,
  hasProvisionalRows,
  hasSyncedRows,
  reconcileProvisionalRows,
} from './sync-records.js';

/** One import's writes, all inside the transaction `trx`. */
export class KyselyImportSession implements ImportSession {
  private readonly dynamic: Kysely<DynamicDatabase>;
  private readonly shapes: StatementShapes;
  /** Owner keys known before this import: messages of earlier imports know only these. */
  private readonly earlierOwnerKeys: ReadonlySet<string>;

  /** Whether a sync brought rows of this owner (looked up once, on the first write). */
  private syncedRowsExist: Promise<boolean> | undefined;

  constructor(
    protected readonly trx: Transaction<Database>,
    protected readonly ownerId: string,
    readonly seq: number,
    readonly owner: OwnerIdentity,
    protected readonly runMeta: ImportMeta,
  ) {
    this.dynamic = trx as unknown as Kysely<DynamicDatabase>;
    this.shapes = new StatementShapes(this.dynamic);
    this.earlierOwnerKeys = new Set(owner.keys);
  }

  async write<K extends ExportFileKind>(
    kind: K,
    records: readonly ExportRecordByKind[K][],
  ): Promise<WriteCounts> {
    const spec = tableSpecs[kind];
    const { existingKeys, olderCopies, ...counts } = await writeExportRecords(
      this.dynamic,
      this.shapes,
      this.ownerId,
      this.seq,
      spec,
      records,
    );
    // Invitations without URLs that match stored ones with URLs: an export of before 2023.
    if (kind === 'invitations' && olderCopies > 0) this.olderLayout = true;
    if (kind === 'invitations' && existingKeys.length > 0 && !(await this.isOlderExport())) {
      // Still listed by this export: not answered yet (docs/formats.md, "Pending").
      for (let start = 0; start < existingKeys.length; start += 1000) {
        await this.trx
          .updateTable('invitations')
          .set({ last_seen_seq: this.seq })
          .where('owner_id', '=', this.ownerId)
          .where('row_key', 'in', existingKeys.slice(start, start + 1000))
          .execute();
      }
    }
    if (kind === 'messages') await this.writeParticipants(records as readonly MessageRecord[]);
    await this.afterWrite(spec.table, records, existingKeys);
    return counts;
  }

  private olderExport: Promise<boolean> | undefined;
  private olderLayout = false;

  /**
   * Whether this export is older than one already imported with its invitations: dated so by
   * its archive name, or without the URLs that the stored invitations have. Then it does not
   * decide which invitations are pending.
   */
  private async isOlderExport(): Promise<boolean> {
    if (this.olderLayout) return true;
    const exportedOn = this.runMeta.exportedOn;
    if (exportedOn === undefined) return false;
    this.olderExport ??= this.trx
      .selectFrom('imports')
      .select((eb) => eb.fn.max('exported_on').as('newest'))
      .where('owner_id', '=', this.ownerId)
      .where('had_invitations', '=', 1)
      .executeTakeFirst()
      .then((row) => typeof row?.newest === 'string' && row.newest > exportedOn);
    return this.olderExport;
  }

  /**
   * An export that writes a row the sync brought holds it too, so unlinking with
   * --delete-synced keeps it (docs/sync.md). Nothing to do for an owner who never synced.
   */
  protected async afterWrite(
    table: ExportTable,
    records: readonly { key: string }[],
    _existingKeys: readonly string[],
  ): Promise<void> {
    this.syncedRowsExist ??= hasSyncedRows(this.trx, this.ownerId);
    if (!(await this.syncedRowsExist)) return;
    await forgetSyncedRows(
      this.trx,
      this.ownerId,
      table,
      records.map((record) => record.key),
    );
  }

  private async writeParticipants(messages: readonly MessageRecord[]): Promise<void> {
    const rows = new Map<
      string,
      {
        conversation_id: string;
        person_key: string;
        name: string | null;
        profile_url: string | null;
      }
    >();
    for (const message of messages) {
      for (const participant of message.participants) {
        const id = `${message.conversationId}\u0001${participant.key}`;
        if (rows.has(id)) continue;
        rows.set(id, {
          conversation_id: message.conversationId,
          person_key: participant.key,
          name: participant.name,
          profile_url: participant.profileUrl,
        });
      }
    }
    if (rows.size === 0) return;
    const values = [...rows.values()].map((row) => ({ owner_id: this.ownerId, ...row }));
    for (let start = 0; start < values.length; start += 5000) {
      await this.trx
        .insertInto('conversation_participants')
        .values(values.slice(start, start + 5000))
        .onConflict((conflict) =>
          conflict.columns(['owner_id', 'conversation_id', 'person_key']).doNothing(),
        )
        .execute();
    }
  }

  async finish(result: {
    finishedAt: string;
    hadInvitations: boolean;
    summary: unknown;
  }): Promise<void> {
    // A row of this import may stand for a provisional row of the changelog: keep one.
    if (await hasProvisionalRows(this.trx, this.ownerId)) {
      await reconcileProvisionalRows(this.trx, this.ownerId);
    }
    const identities = [
      ...[...this.owner.keys].map((value) => ({ owner_id: this.ownerId, kind: 'key', value })),
      ...[...this.owner.names].map((value) => ({ owner_id: this.ownerId, kind: 'name', value })),
    ];
    if (identities.length > 0) {
      await this.trx
        .insertInto('owner_identities')
        .values(identities)
        .onConflict((conflict) => conflict.columns(['owner_id', 'kind', 'value']).doNothing())
        .execute();
    }
    const keys = [...this.owner.keys].filter((key) => !this.earlierOwnerKeys.has(key));
    if (this.seq > 1 && keys.length > 0) {
      // Messages of earlier imports, made before the owner's URL was known.
      await this.trx
        .updateTable('messages')
        .set({ from_owner: 1 })
        .where('owner_id', '=', this.ownerId)
        .where('from_owner', '=', 0)
        .where('sender_key', 'in', keys)
        .execute();
    }
    const older = await this.isOlderExport();
    if (older) {
      // An export older than one already imported says nothing about what is pending now:
      // the invitations it brought do not count as still listed (docs/formats.md, "Pending").
      await this.trx
        .updateTable('invitations')
        .set({ last_seen_seq: 0 })
        .where('owner_id', '=', this.ownerId)
        .where('first_import_seq', '=', this.seq)
        .execute();
    }
    await this.trx
      .insertInto('imports')
      .values({
        owner_id: this.ownerId,
        seq: this.seq,
        source: this.runMeta.source,
        exported_on: this.runMeta.exportedOn ?? null,
        started_at: this.runMeta.startedAt,
        finished_at: result.finishedAt,
        had_invitations: result.hadInvitations && !older ? 1 : 0,
        summary: JSON.stringify(result.summary),
      })
      .execute();
  }
}
