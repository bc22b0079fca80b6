import type { Kysely } from 'kysely';
import { holdAccount } from './accounts.js';
import type { Database } from './database-schema.js';

/**
 * The shared server's settings per account (issue 8): what the config file holds for a
 * single user, as JSON in one row per owner. The server validates before it saves.
 */
export class UserSettingsStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {}

  /** The owner's saved settings as stored (JSON parsed), or undefined before the first save. */
  async load(ownerId: string): Promise<unknown> {
    const row = await this.db
      .selectFrom('user_settings')
      .select('settings')
      .where('owner_id', '=', ownerId)
      .executeTakeFirst();
    return row ? (JSON.parse(row.settings) as unknown) : undefined;
  }

  /** Saves the settings; `account-removed` when the account is gone (nothing is written then). */
  async save(ownerId: string, settings: unknown, at: string): Promise<void> {
    const text = JSON.stringify(settings);
    await this.db.transaction().execute(async (trx) => {
      await holdAccount(trx, ownerId, this.dialect);
      await trx
        .insertInto('user_settings')
        .values({ owner_id: ownerId, settings: text, updated_at: at })
        .onConflict((conflict) =>
          conflict.column('owner_id').doUpdateSet({ settings: text, updated_at: at }),
        )
        .execute();
    });
  }
}
