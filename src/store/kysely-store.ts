import type { Dialect, Transaction } from 'kysely';
import { Kysely, Migrator, sql } from 'kysely';
import { storageError } from './storage-error.js';
import type { GivenOrReceived } from '../core/linkedin-export/export-records.js';
import type { OwnerIdentity } from '../core/linkedin-export/mapping-context.js';
import type { Database } from './database-schema.js';
import { holdAccount } from './accounts.js';
import { KyselyImportSession } from './import-session.js';
import { KyselySyncSession } from './sync-session.js';
import * as syncRecords from './sync-records.js';
import { migrationProvider } from './migrations/index.js';
import * as reads from './read-records.js';
import { normalizePersonName } from '../core/linkedin-export/profile-url.js';
import * as userData from './user-data.js';
import * as introductions from './introductions.js';
import * as messageTexts from './message-texts.js';
import type { IntroductionStatus } from '../core/give-and-take/introduction.js';
import type { InvitationMark, InviterFactsChange } from '../core/invitation/inviter-facts.js';
import { readStats } from './read-stats.js';
import type {
  ActivityQuery,
  ConnectionQuery,
  ImportMeta,
  ImportSession,
  InvitationQuery,
  MessageQuery,
  MessageTextQuery,
  NewIntroduction,
  Store,
  StoredEvent,
  StoredImport,
  SyncMeta,
  SyncSession,
  SyncStateUpdate,
} from './store.js';

/** The owner of everything in single-user mode (issue 8 adds real users). */
export const localOwnerId = 'local';

export interface StoreOptions {
  ownerId?: string;
  /**
   * The owner is an account of the shared server (issue 8): the owner row is the account's, made
   * with it, never here; imports, syncs and the single writes (facts, marks, sync state,
   * introduction marks) hold the account row in their transaction, so one that outlives
   * `netwerk user remove` writes nothing. `saveEvent` and `createIntroduction` run their own
   * transactions and do not (the shared server has no route to them).
   */
  accountBound?: boolean;
  /** For messages: the file, or the URL without password. */
  location: string;
  dialect: 'sqlite' | 'postgres';
}

/**
 * Runs every migration not yet run. Migrations from parallel work land in any order. Kysely
 * takes no lock on SQLite, so two processes opening a new file at once both created the tables
 * ("table owners already exists"): there the whole run holds SQLite's write lock (BEGIN
 * IMMEDIATE waits out the other process's busy timeout) and is one transaction, so a failed
 * migration leaves the file as it was. PostgreSQL's migrator locks and transacts by itself.
 */
async function migrate(db: Kysely<Database>, dialect: Store['dialect']): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    allowUnorderedMigrations: true,
  });
  const serialised = dialect === 'sqlite';
  if (serialised) await sql`BEGIN IMMEDIATE`.execute(db);
  const { error } = await migrator.migrateToLatest();
  if (serialised) await sql.raw(error ? 'ROLLBACK' : 'COMMIT').execute(db);
  if (error) throw error;
}

/** The Store on Kysely: the same code for SQLite and PostgreSQL. */
export class KyselyStore implements Store {
  readonly ownerId: string;
  readonly dialect: 'sqlite' | 'postgres';
  readonly location: string;
  readonly accountBound: boolean;

  private constructor(
    private readonly db: Kysely<Database>,
    options: StoreOptions,
    /** A view of another store's database for one owner: closing it leaves the database open. */
    private readonly shared = false,
  ) {
    this.ownerId = options.ownerId ?? localOwnerId;
    this.dialect = options.dialect;
    this.location = options.location;
    this.accountBound = options.accountBound ?? false;
  }

  /** Opens the database, runs the migrations and makes sure the owner exists. */
  static async open(dialect: Dialect, options: StoreOptions): Promise<KyselyStore> {
    let db: Kysely<Database> | undefined;
    try {
      db = new Kysely<Database>({ dialect });
      await migrate(db, options.dialect);
      const store = new KyselyStore(db, options);
      if (!store.accountBound) await store.ensureOwner();
      return store;
    } catch (error) {
      await db?.destroy().catch(() => undefined);
      throw storageError(options.location, error);
    }
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storageError(this.location, error);
    }
  }

  async runImport<T>(meta: ImportMeta, work: (session: ImportSession) => Promise<T>): Promise<T> {
    return this.inImportTransaction((trx, seq, owner) =>
      work(new KyselyImportSession(trx, this.ownerId, seq, owner, meta)),
    );
  }

  async runSync<T>(meta: SyncMeta, work: (session: SyncSession) => Promise<T>): Promise<T> {
    return this.inImportTransaction((trx, seq, owner) =>
      work(new KyselySyncSession(trx, this.ownerId, seq, owner, meta)),
    );
  }

  /** One import (export or sync) in one transaction, with its number and the owner as known. */
  private inImportTransaction<T>(
    work: (trx: Transaction<Database>, seq: number, owner: OwnerIdentity) => Promise<T>,
  ): Promise<T> {
    return this.guard(() =>
      this.db.transaction().execute(async (trx) => {
        // An account's import holds the account: see `AccountStore.remove`.
        if (this.accountBound) await holdAccount(trx, this.ownerId, this.dialect);
        const last = await trx
          .selectFrom('imports')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('owner_id', '=', this.ownerId)
          .executeTakeFirst();
        const owner = await this.readOwnerIdentity(trx);
        return work(trx, Number(last?.seq ?? 0) + 1, owner);
      }),
    );
  }

  /**
   * An account's write (`accountBound`): in a transaction that holds the account row, so a
   * removal of the account either waits for it and deletes what it wrote, or came first and the
   * write fails with `account-removed`. Other owners write directly.
   */
  private write<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.guard(() =>
      this.accountBound
        ? this.db.transaction().execute(async (trx) => {
            await holdAccount(trx, this.ownerId, this.dialect);
            return work(trx);
          })
        : work(this.db),
    );
  }

  /** Makes the owner row when it is missing. */
  private async ensureOwner(): Promise<void> {
    await this.guard(() =>
      this.db
        .insertInto('owners')
        .values({ id: this.ownerId, created_at: new Date().toISOString() })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .execute(),
    );
  }

  getSyncState() {
    return this.guard(() => syncRecords.readSyncState(this.db, this.ownerId));
  }

  updateSyncState(update: SyncStateUpdate) {
    return this.write((db) => syncRecords.updateSyncState(db, this.ownerId, update));
  }

  deleteSyncedData() {
    return this.guard(() =>
      this.db.transaction().execute((trx) => syncRecords.deleteSyncedData(trx, this.ownerId)),
    );
  }

  private async readOwnerIdentity(db: Kysely<Database>): Promise<OwnerIdentity> {
    const rows = await db
      .selectFrom('owner_identities')
      .select(['kind', 'value'])
      .where('owner_id', '=', this.ownerId)
      .execute();
    return {
      keys: new Set(rows.filter((row) => row.kind === 'key').map((row) => row.value)),
      names: new Set(rows.filter((row) => row.kind === 'name').map((row) => row.value)),
    };
  }

  getOwnerIdentity(): Promise<OwnerIdentity> {
    return this.guard(() => this.readOwnerIdentity(this.db));
  }

  getStats() {
    return this.guard(() => readStats(this.db, this.ownerId));
  }

  listImports(): Promise<StoredImport[]> {
    return this.guard(async () => {
      const rows = await this.db
        .selectFrom('imports')
        .selectAll()
        .where('owner_id', '=', this.ownerId)
        .orderBy('seq')
        .execute();
      return rows.map((row) => ({
        seq: Number(row.seq),
        source: row.source,
        exportedOn: row.exported_on,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        summary: JSON.parse(row.summary) as unknown,
      }));
    });
  }

  listConnections(query?: ConnectionQuery) {
    return this.guard(() => reads.listConnections(this.db, this.ownerId, query));
  }

  listInvitations(query?: InvitationQuery) {
    return this.guard(() => reads.listInvitations(this.db, this.ownerId, query));
  }

  listMessages(query?: MessageQuery) {
    return this.guard(() => reads.listMessages(this.db, this.ownerId, query));
  }

  listMessageActivity() {
    return this.guard(async () => {
      const owner = await this.readOwnerIdentity(this.db);
      const activity = await reads.listMessageActivity(this.db, this.ownerId, [...owner.keys]);
      // In pre-2023 exports the owner is known by name only: never list the owner as a contact.
      return activity.filter(
        (entry) => !entry.name || !owner.names.has(normalizePersonName(entry.name)),
      );
    });
  }

  listActivity(query?: ActivityQuery) {
    return this.guard(() => reads.listActivity(this.db, this.ownerId, query));
  }

  getOwnProfile() {
    return this.guard(() => reads.getOwnProfile(this.db, this.ownerId));
  }

  listEndorsements(direction?: GivenOrReceived) {
    return this.guard(() => reads.listEndorsements(this.db, this.ownerId, direction));
  }

  listRecommendations(direction?: GivenOrReceived) {
    return this.guard(() => reads.listRecommendations(this.db, this.ownerId, direction));
  }

  listNotes() {
    return this.guard(() => reads.listNotes(this.db, this.ownerId));
  }

  listCompanyFollows() {
    return this.guard(() => reads.listCompanyFollows(this.db, this.ownerId));
  }

  listMonthlyMessageCounts() {
    return this.guard(async () => {
      const owner = await this.readOwnerIdentity(this.db);
      return userData.listMonthlyMessageCounts(this.db, this.ownerId, [...owner.keys]);
    });
  }

  setInviterFacts(personKey: string, facts: InviterFactsChange, at: string) {
    return this.write((db) => userData.setInviterFacts(db, this.ownerId, personKey, facts, at));
  }

  listInviterFacts() {
    return this.guard(() => userData.listInviterFacts(this.db, this.ownerId));
  }

  setInvitationMark(personKey: string, mark: InvitationMark, at: string) {
    return this.write((db) => userData.setInvitationMark(db, this.ownerId, personKey, mark, at));
  }

  clearInvitationMark(personKey: string) {
    return this.write((db) => userData.clearInvitationMark(db, this.ownerId, personKey));
  }

  listInvitationMarks() {
    return this.guard(() => userData.listInvitationMarks(this.db, this.ownerId));
  }

  saveEvent(event: StoredEvent) {
    return this.guard(() => userData.saveEvent(this.db, this.ownerId, event));
  }

  listEvents() {
    return this.guard(() => userData.listEvents(this.db, this.ownerId));
  }

  createIntroduction(introduction: NewIntroduction) {
    return this.guard(() => introductions.createIntroduction(this.db, this.ownerId, introduction));
  }

  listIntroductions() {
    return this.guard(() => introductions.listIntroductions(this.db, this.ownerId));
  }

  markIntroduction(id: number, status: Exclude<IntroductionStatus, 'drafted'>, at: string) {
    return this.write((db) => introductions.markIntroduction(db, this.ownerId, id, status, at));
  }

  listConversationParticipants() {
    return this.guard(() => messageTexts.listConversationParticipants(this.db, this.ownerId));
  }

  listMessageTexts(query: MessageTextQuery) {
    return this.guard(() => messageTexts.listMessageTexts(this.db, this.ownerId, query));
  }

  /**
   * The same database seen as another owner (the multi-user server, issue 8): every query of the
   * returned store is scoped to that owner; the owner row is created when missing, unless the
   * owner is an account's (`accountBound`: the account made it).
   */
  async forOwner(ownerId: string, options: { accountBound?: boolean } = {}): Promise<KyselyStore> {
    const view = new KyselyStore(
      this.db,
      {
        location: this.location,
        dialect: this.dialect,
        ownerId,
        ...(options.accountBound ? { accountBound: true } : {}),
      },
      true,
    );
    if (!view.accountBound) await view.ensureOwner();
    return view;
  }

  /** The database behind the store, for the account tables that belong to no owner. */
  get database(): Kysely<Database> {
    return this.db;
  }

  async close(): Promise<void> {
    if (!this.shared) await this.db.destroy();
  }
}
