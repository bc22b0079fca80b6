import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { PostgresAdapter } from 'kysely';
import { AppError } from '../core/errors/app-error.js';
import type { Database } from './database-schema.js';

/**
 * Holds an account's row until the transaction ends (PostgreSQL: FOR SHARE; SQLite has one
 * writer anyway), or fails with `account-removed` when it is gone. Whatever an account's writes
 * do after this, `AccountStore.remove` (which deletes the account row first) waits for and then
 * deletes; nothing is written for an account removed meanwhile.
 */
export async function holdAccount(
  trx: Transaction<Database>,
  ownerId: string,
  dialect: 'sqlite' | 'postgres',
): Promise<void> {
  const query = trx.selectFrom('accounts').select('owner_id').where('owner_id', '=', ownerId);
  const account = await (dialect === 'postgres' ? query.forShare() : query).executeTakeFirst();
  if (!account) throw new AppError('account-removed');
}

export interface Account {
  ownerId: string;
  username: string;
  createdAt: string;
  passwordChangedAt: string;
}

/** Accounts and sessions of the shared server (issue 8); not owner-scoped: they define owners. */
export class AccountStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(username: string, passwordHash: string, at: string): Promise<Account> {
    const ownerId = `user-${randomUUID()}`;
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('owners').values({ id: ownerId, created_at: at }).execute();
      await trx
        .insertInto('accounts')
        .values({
          owner_id: ownerId,
          username,
          password_hash: passwordHash,
          created_at: at,
          password_changed_at: at,
        })
        .execute();
    });
    return { ownerId, username, createdAt: at, passwordChangedAt: at };
  }

  async find(username: string): Promise<(Account & { passwordHash: string }) | undefined> {
    const row = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row
      ? {
          ownerId: row.owner_id,
          username: row.username,
          createdAt: row.created_at,
          passwordChangedAt: row.password_changed_at,
          passwordHash: row.password_hash,
        }
      : undefined;
  }

  async findByOwner(ownerId: string): Promise<(Account & { passwordHash: string }) | undefined> {
    const row = await this.db
      .selectFrom('accounts')
      .select('username')
      .where('owner_id', '=', ownerId)
      .executeTakeFirst();
    return row ? this.find(row.username) : undefined;
  }

  async list(): Promise<Account[]> {
    const rows = await this.db.selectFrom('accounts').selectAll().orderBy('username').execute();
    return rows.map((row) => ({
      ownerId: row.owner_id,
      username: row.username,
      createdAt: row.created_at,
      passwordChangedAt: row.password_changed_at,
    }));
  }

  /** Sets a new password and ends every session of the account (a stolen session dies with it). */
  async changePassword(ownerId: string, passwordHash: string, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('accounts')
        .set({ password_hash: passwordHash, password_changed_at: at })
        .where('owner_id', '=', ownerId)
        .execute();
      await trx.deleteFrom('sessions').where('owner_id', '=', ownerId).execute();
    });
  }

  /**
   * Removes the account and everything it owns, in every table that has an owner_id, in one
   * transaction. The account row goes first: an import of the account under way holds it (see
   * `KyselyStore`, `accountBound`), so on PostgreSQL this waits for that import to commit and
   * then deletes its rows too; an import that starts later finds no account and writes nothing.
   */
  /**
   * Deletes the account and everything it owns. An import or sync of the account holds its row
   * until it ends; the removal waits for that, and `onWait` is called first so the user hears
   * why (PostgreSQL, where the shared server runs; SQLite's wait blocks the process anyway).
   */
  async remove(username: string, onWait?: () => void): Promise<boolean> {
    const account = await this.find(username);
    if (!account) return false;
    if (onWait && (await this.isHeld(account.ownerId))) onWait();
    const tables = await this.db.introspection.getTables();
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('accounts').where('owner_id', '=', account.ownerId).execute();
      for (const table of tables) {
        if (table.isView || ['owners', 'accounts'].includes(table.name)) continue;
        if (!table.columns.some((column) => column.name === 'owner_id')) continue;
        await trx
          .deleteFrom(table.name as keyof Database)
          .where('owner_id', '=', account.ownerId)
          .execute();
      }
      await trx.deleteFrom('owners').where('id', '=', account.ownerId).execute();
    });
    return true;
  }

  /** Whether a transaction (an import, a sync) holds the account's row right now. */
  private async isHeld(ownerId: string): Promise<boolean> {
    if (!(this.db.getExecutor().adapter instanceof PostgresAdapter)) return false;
    try {
      await this.db
        .transaction()
        .execute((trx) =>
          trx
            .selectFrom('accounts')
            .select('owner_id')
            .where('owner_id', '=', ownerId)
            .forUpdate()
            .noWait()
            .execute(),
        );
      return false;
    } catch (error) {
      // 55P03 lock_not_available: NOWAIT met a holder; anything else is a real failure.
      if ((error as { code?: unknown }).code === '55P03') return true;
      throw error;
    }
  }

  /** A new session: the token goes to the cookie, only its hash to the database. */
  async startSession(
    ownerId: string,
    now: Date,
    lifetimeMs: number,
  ): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString();
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: hashToken(token),
        owner_id: ownerId,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      })
      .execute();
    return { token, expiresAt };
  }

  async ownerOfSession(token: string, now: Date): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['owner_id', 'expires_at'])
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.expires_at <= now.toISOString()) {
      await this.endSession(token);
      return undefined;
    }
    return row.owner_id;
  }

  async endSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
  }

  /**
   * The account of a live session, in one query: undefined (and the session ended) when it has
   * expired or was not used for `idleMs`.
   */
  async sessionAccount(
    token: string,
    now: Date,
    idleMs: number,
  ): Promise<SessionAccount | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('accounts', 'accounts.owner_id', 'sessions.owner_id')
      .select([
        'sessions.owner_id as ownerId',
        'accounts.username as username',
        'sessions.created_at as createdAt',
        'sessions.expires_at as expiresAt',
        'sessions.last_seen_at as lastSeenAt',
      ])
      .where('sessions.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!row) return undefined;
    const lastSeen = Date.parse(row.lastSeenAt ?? row.createdAt);
    if (row.expiresAt <= now.toISOString() || lastSeen + idleMs <= now.getTime()) {
      await this.endSession(token);
      return undefined;
    }
    return row;
  }

  /** Records that a session was used now (the idle timeout counts from here). */
  async touchSession(token: string, now: Date): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('token_hash', '=', hashToken(token))
      .execute();
  }

  /** Ends every session that has expired or was idle for `idleMs`; returns how many. */
  async endStaleSessions(now: Date, idleMs: number): Promise<number> {
    const idleSince = new Date(now.getTime() - idleMs).toISOString();
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([
          eb('expires_at', '<=', now.toISOString()),
          eb(eb.fn.coalesce('last_seen_at', 'created_at'), '<=', idleSince),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/** A signed-in session and its account. */
export interface SessionAccount {
  ownerId: string;
  username: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string | null;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
