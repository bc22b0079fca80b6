import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type {
  InvitationMark,
  InviterFacts,
  InviterFactsChange,
} from '../core/invitation/inviter-facts.js';
import type { Database } from './database-schema.js';
import type { MonthlyMessageCount, StoredEvent, StoredEventPerson } from './store.js';

/** Reads and writes of what the user adds beside the export (migration 0002). */

export async function setInviterFacts(
  db: Kysely<Database>,
  ownerId: string,
  personKey: string,
  facts: InviterFactsChange,
  at: string,
): Promise<void> {
  const existing = await db
    .selectFrom('inviter_facts')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('person_key', '=', personKey)
    .executeTakeFirst();
  const row = {
    owner_id: ownerId,
    person_key: personKey,
    headline: facts.headline !== undefined ? facts.headline : (existing?.headline ?? null),
    summary: facts.summary !== undefined ? facts.summary : (existing?.summary ?? null),
    has_photo:
      facts.hasPhoto === null
        ? null
        : facts.hasPhoto !== undefined
          ? facts.hasPhoto
            ? 1
            : 0
          : (existing?.has_photo ?? null),
    updated_at: at,
  };
  if (row.headline === null && row.summary === null && row.has_photo === null) {
    // Every fact forgotten: no row, exactly as if the user never looked.
    await db
      .deleteFrom('inviter_facts')
      .where('owner_id', '=', ownerId)
      .where('person_key', '=', personKey)
      .execute();
    return;
  }
  await db
    .insertInto('inviter_facts')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['owner_id', 'person_key']).doUpdateSet({
        headline: row.headline,
        summary: row.summary,
        has_photo: row.has_photo,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function listInviterFacts(
  db: Kysely<Database>,
  ownerId: string,
): Promise<Map<string, InviterFacts>> {
  const rows = await db
    .selectFrom('inviter_facts')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.person_key,
      {
        ...(row.headline !== null ? { headline: row.headline } : {}),
        ...(row.summary !== null ? { summary: row.summary } : {}),
        ...(row.has_photo !== null ? { hasPhoto: Number(row.has_photo) === 1 } : {}),
      },
    ]),
  );
}

export async function setInvitationMark(
  db: Kysely<Database>,
  ownerId: string,
  personKey: string,
  mark: InvitationMark,
  at: string,
): Promise<void> {
  await db
    .insertInto('invitation_marks')
    .values({ owner_id: ownerId, person_key: personKey, mark, marked_at: at })
    .onConflict((conflict) =>
      conflict.columns(['owner_id', 'person_key']).doUpdateSet({ mark, marked_at: at }),
    )
    .execute();
}

/** Forgets the mark: the invitation is pending again (as far as the export says it is). */
export async function clearInvitationMark(
  db: Kysely<Database>,
  ownerId: string,
  personKey: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('invitation_marks')
    .where('owner_id', '=', ownerId)
    .where('person_key', '=', personKey)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listInvitationMarks(
  db: Kysely<Database>,
  ownerId: string,
): Promise<Map<string, { mark: InvitationMark; markedAt: string }>> {
  const rows = await db
    .selectFrom('invitation_marks')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.person_key,
      { mark: row.mark as InvitationMark, markedAt: row.marked_at },
    ]),
  );
}

/** Stores an event's people, replacing an earlier list of the same event (one transaction). */
export async function saveEvent(
  db: Kysely<Database>,
  ownerId: string,
  event: StoredEvent,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('event_people')
      .where('owner_id', '=', ownerId)
      .where('event_id', '=', event.eventId)
      .execute();
    await trx
      .insertInto('events')
      .values({
        owner_id: ownerId,
        event_id: event.eventId,
        name: event.name,
        created_at: event.createdAt,
      })
      .onConflict((conflict) =>
        conflict.columns(['owner_id', 'event_id']).doUpdateSet({ name: event.name }),
      )
      .execute();
    if (event.people.length > 0) {
      await trx
        .insertInto('event_people')
        .values(
          event.people.map((person, position) => ({
            owner_id: ownerId,
            event_id: event.eventId,
            position,
            name: person.name,
            name_norm: person.nameNorm,
            topic: person.topic,
            company: person.company,
            profile_url: person.profileUrl,
            person_key: person.personKey,
            note: person.note,
          })),
        )
        .execute();
    }
  });
}

export async function listEvents(db: Kysely<Database>, ownerId: string): Promise<StoredEvent[]> {
  const events = await db
    .selectFrom('events')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('created_at', 'desc')
    .execute();
  const people = await db
    .selectFrom('event_people')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('position')
    .execute();
  return events.map((event) => ({
    eventId: event.event_id,
    name: event.name,
    createdAt: event.created_at,
    people: people
      .filter((person) => person.event_id === event.event_id)
      .map((person): StoredEventPerson => ({
        name: person.name,
        nameNorm: person.name_norm,
        topic: person.topic,
        company: person.company,
        profileUrl: person.profile_url,
        personKey: person.person_key,
        note: person.note,
      })),
  }));
}

/** Messages per person and month, both ways, drafts excluded: the input of tie strength. */
export async function listMonthlyMessageCounts(
  db: Kysely<Database>,
  ownerId: string,
  ownerKeys: readonly string[],
): Promise<MonthlyMessageCount[]> {
  const month = sql<string>`substr(sent_at, 1, 7)`;
  const counts = new Map<string, MonthlyMessageCount>();
  const entry = (personKey: string, key: string): MonthlyMessageCount => {
    const id = `${personKey}\u0000${key}`;
    let row = counts.get(id);
    if (!row) {
      row = { personKey, month: key, sent: 0, received: 0 };
      counts.set(id, row);
    }
    return row;
  };
  const received = await db
    .selectFrom('messages')
    .select(['sender_key', month.as('month'), (eb) => eb.fn.countAll().as('n')])
    .where('owner_id', '=', ownerId)
    .where('is_draft', '=', 0)
    .where('from_owner', '=', 0)
    .where('sender_key', 'is not', null)
    .groupBy(['sender_key', month])
    .execute();
  for (const row of received) {
    if (row.sender_key === null || ownerKeys.includes(row.sender_key)) continue;
    entry(row.sender_key, row.month).received += Number(row.n);
  }
  const sentMonth = sql<string>`substr(m.sent_at, 1, 7)`;
  const sent = await db
    .selectFrom('messages as m')
    .innerJoin('conversation_participants as p', (join) =>
      join
        .onRef('p.owner_id', '=', 'm.owner_id')
        .onRef('p.conversation_id', '=', 'm.conversation_id'),
    )
    .select(['p.person_key', sentMonth.as('month'), (eb) => eb.fn.countAll().as('n')])
    .where('m.owner_id', '=', ownerId)
    .where('m.from_owner', '=', 1)
    .where('m.is_draft', '=', 0)
    .whereRef('p.person_key', '!=', 'm.sender_key')
    .groupBy(['p.person_key', sentMonth])
    .execute();
  for (const row of sent) {
    if (ownerKeys.includes(row.person_key)) continue;
    entry(row.person_key, row.month).sent += Number(row.n);
  }
  return [...counts.values()].sort(
    (a, b) => a.personKey.localeCompare(b.personKey) || a.month.localeCompare(b.month),
  );
}
