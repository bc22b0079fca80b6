import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './database-schema.js';
import type { StoreStats } from './store.js';

type CountedTable =
  | 'connections'
  | 'shares'
  | 'comments'
  | 'reactions'
  | 'positions'
  | 'education'
  | 'skills'
  | 'notes'
  | 'company_follows'
  | 'imports';

/** `count(*)` is a number on SQLite and a string on PostgreSQL. */
const toCount = (value: unknown): number => Number(value ?? 0);

async function countRows(
  db: Kysely<Database>,
  ownerId: string,
  table: CountedTable,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return toCount(row?.n);
}

/** The seq of the latest import that read an Invitations.csv (0 when none did). */
export async function latestInvitationsImport(
  db: Kysely<Database>,
  ownerId: string,
): Promise<number> {
  const row = await db
    .selectFrom('imports')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('owner_id', '=', ownerId)
    .where('had_invitations', '=', 1)
    .executeTakeFirst();
  return toCount(row?.seq);
}

/**
 * An invitation is pending while its other party is not among the connections (by normalised
 * URL, else by name) and the latest import that read Invitations.csv still listed it.
 */
export function pendingCondition(ownerId: string, latestSeq: number) {
  return sql<boolean>`(
    i.last_seen_seq >= ${latestSeq}
    and not exists (
      select 1 from connections c
      where c.owner_id = ${ownerId} and c.row_key = i.other_person_key)
    and not exists (
      select 1 from connections c
      where c.owner_id = ${ownerId}
        and i.other_name_norm is not null
        and c.name_norm = i.other_name_norm
        and (c.row_key not like 'u:%' or i.other_person_key not like 'u:%'))
  )`;
}

export async function readStats(db: Kysely<Database>, ownerId: string): Promise<StoreStats> {
  const latestSeq = await latestInvitationsImport(db, ownerId);
  const invitations = await db
    .selectFrom('invitations as i')
    .select([
      'i.direction',
      (eb) => eb.fn.countAll().as('total'),
      sql<number>`sum(case when ${pendingCondition(ownerId, latestSeq)} then 1 else 0 end)`.as(
        'pending',
      ),
    ])
    .where('i.owner_id', '=', ownerId)
    .groupBy('i.direction')
    .execute();
  const byDirection = (direction: string) => invitations.find((row) => row.direction === direction);

  const messages = await db
    .selectFrom('messages')
    .select([
      sql<number>`sum(case when is_draft = 0 then 1 else 0 end)`.as('messages'),
      sql<number>`sum(case when is_draft = 1 then 1 else 0 end)`.as('drafts'),
      sql<number>`count(distinct case when is_draft = 0 then conversation_id end)`.as(
        'conversations',
      ),
    ])
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();

  const directed = async (table: 'endorsements' | 'recommendations') => {
    const rows = await db
      .selectFrom(table)
      .select(['direction', (eb) => eb.fn.countAll().as('n')])
      .where('owner_id', '=', ownerId)
      .groupBy('direction')
      .execute();
    const count = (direction: string) =>
      toCount(rows.find((row) => row.direction === direction)?.n);
    return { received: count('received'), given: count('given') };
  };

  const photos = await db
    .selectFrom('rich_media')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('owner_id', '=', ownerId)
    .where('media_kind', '=', 'profile photo')
    .executeTakeFirst();
  const lastImport = await db
    .selectFrom('imports')
    .select('finished_at')
    .where('owner_id', '=', ownerId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();

  return {
    connections: await countRows(db, ownerId, 'connections'),
    invitations: {
      incoming: toCount(byDirection('incoming')?.total),
      outgoing: toCount(byDirection('outgoing')?.total),
      pendingIncoming: toCount(byDirection('incoming')?.pending),
      pendingOutgoing: toCount(byDirection('outgoing')?.pending),
    },
    messages: toCount(messages?.messages),
    drafts: toCount(messages?.drafts),
    conversations: toCount(messages?.conversations),
    shares: await countRows(db, ownerId, 'shares'),
    comments: await countRows(db, ownerId, 'comments'),
    reactions: await countRows(db, ownerId, 'reactions'),
    endorsements: await directed('endorsements'),
    recommendations: await directed('recommendations'),
    positions: await countRows(db, ownerId, 'positions'),
    education: await countRows(db, ownerId, 'education'),
    skills: await countRows(db, ownerId, 'skills'),
    notes: await countRows(db, ownerId, 'notes'),
    companyFollows: await countRows(db, ownerId, 'company_follows'),
    profilePhotoUploads: toCount(photos?.n),
    imports: await countRows(db, ownerId, 'imports'),
    lastImportAt: lastImport?.finished_at ?? null,
  };
}
