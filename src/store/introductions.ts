import type { Kysely, Selectable } from 'kysely';
import type { IntroductionStatus } from '../core/give-and-take/introduction.js';
import { isBetween } from '../core/give-and-take/introduction.js';
import type { Database, IntroductionsTable } from './database-schema.js';
import type { NewIntroduction, StoredIntroduction } from './store.js';

/** Reads and writes of the introductions log (migration 0003). */

function introductionOf(row: Selectable<IntroductionsTable>): StoredIntroduction {
  return {
    id: Number(row.id),
    a: { personKey: row.person_a_key, name: row.person_a_name },
    b: { personKey: row.person_b_key, name: row.person_b_name },
    why: row.why,
    status: row.status as IntroductionStatus,
    createdAt: row.created_at,
    askedAt: row.asked_at,
    acceptedAt: row.accepted_at,
    declinedAt: row.declined_at,
    doneAt: row.done_at,
  };
}

export async function listIntroductions(
  db: Kysely<Database>,
  ownerId: string,
): Promise<StoredIntroduction[]> {
  const rows = await db
    .selectFrom('introductions')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(introductionOf);
}

export async function createIntroduction(
  db: Kysely<Database>,
  ownerId: string,
  introduction: NewIntroduction,
): Promise<StoredIntroduction> {
  return db.transaction().execute(async (trx) => {
    const existing = await listIntroductions(trx, ownerId);
    const latest = existing.find((entry) =>
      isBetween(entry, introduction.a.personKey, introduction.b.personKey),
    );
    if (latest?.status === 'drafted') {
      await trx
        .updateTable('introductions')
        .set({ why: introduction.why, updated_at: introduction.at })
        .where('owner_id', '=', ownerId)
        .where('id', '=', latest.id)
        .execute();
      return { ...latest, why: introduction.why };
    }
    const id = Math.max(0, ...existing.map((entry) => entry.id)) + 1;
    const row = {
      owner_id: ownerId,
      id,
      person_a_key: introduction.a.personKey,
      person_a_name: introduction.a.name,
      person_b_key: introduction.b.personKey,
      person_b_name: introduction.b.name,
      why: introduction.why,
      status: 'drafted',
      created_at: introduction.at,
      asked_at: null,
      accepted_at: null,
      declined_at: null,
      done_at: null,
      updated_at: introduction.at,
    };
    await trx.insertInto('introductions').values(row).execute();
    return introductionOf(row);
  });
}

const timeColumn = {
  asked: 'asked_at',
  accepted: 'accepted_at',
  declined: 'declined_at',
  done: 'done_at',
} as const satisfies Record<Exclude<IntroductionStatus, 'drafted'>, keyof IntroductionsTable>;

export async function markIntroduction(
  db: Kysely<Database>,
  ownerId: string,
  id: number,
  status: Exclude<IntroductionStatus, 'drafted'>,
  at: string,
): Promise<StoredIntroduction | undefined> {
  const updated = await db
    .updateTable('introductions')
    .set({ status, [timeColumn[status]]: at, updated_at: at })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return undefined;
  const row = await db
    .selectFrom('introductions')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return introductionOf(row);
}
