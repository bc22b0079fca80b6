import type { Kysely } from 'kysely';
import type {
  GivenOrReceived,
  InvitationDirection,
} from '../core/linkedin-export/export-records.js';
import type { Database } from './database-schema.js';
import { latestInvitationsImport, pendingCondition } from './read-stats.js';
import type {
  ActivityItem,
  ActivityQuery,
  ConnectionQuery,
  InvitationQuery,
  MessageQuery,
  OwnProfile,
  PersonMessageActivity,
  StoredCompanyFollow,
  StoredConnection,
  StoredEndorsement,
  StoredInvitation,
  StoredMessage,
  StoredNote,
  StoredRecommendation,
} from './store.js';

const noLimit = 1_000_000_000;

export async function listConnections(
  db: Kysely<Database>,
  ownerId: string,
  query: ConnectionQuery = {},
): Promise<StoredConnection[]> {
  let select = db.selectFrom('connections').selectAll().where('owner_id', '=', ownerId);
  if (query.connectedFrom) select = select.where('connected_on', '>=', query.connectedFrom);
  if (query.connectedBefore) select = select.where('connected_on', '<', query.connectedBefore);
  const rows = await select
    .orderBy('connected_on', 'desc')
    .orderBy('row_key')
    .limit(query.limit ?? noLimit)
    .execute();
  return rows.map((row) => ({
    key: row.row_key,
    firstName: row.first_name,
    lastName: row.last_name,
    profileUrl: row.profile_url,
    email: row.email,
    company: row.company,
    position: row.position,
    connectedOn: row.connected_on,
    hidden: Number(row.hidden) === 1,
    firstImportSeq: Number(row.first_import_seq),
  }));
}

export async function listInvitations(
  db: Kysely<Database>,
  ownerId: string,
  query: InvitationQuery = {},
): Promise<StoredInvitation[]> {
  const latestSeq = await latestInvitationsImport(db, ownerId);
  const pending = pendingCondition(ownerId, latestSeq);
  let select = db
    .selectFrom('invitations as i')
    .selectAll('i')
    .select(pending.as('pending'))
    .where('i.owner_id', '=', ownerId);
  if (query.direction) select = select.where('i.direction', '=', query.direction);
  if (query.pendingOnly) select = select.where(pending);
  const rows = await select
    .orderBy('i.sent_at', 'desc')
    .orderBy('i.row_key')
    .limit(query.limit ?? noLimit)
    .execute();
  return rows.map((row) => ({
    key: row.row_key,
    direction: row.direction as InvitationDirection,
    fromName: row.from_name,
    toName: row.to_name,
    otherName: row.other_name,
    otherProfileUrl: row.other_profile_url,
    otherPersonKey: row.other_person_key,
    sentAt: row.sent_at,
    message: row.message,
    // SQLite gives 0/1, PostgreSQL true/false.
    pending: row.pending === true || Number(row.pending) === 1,
    firstImportSeq: Number(row.first_import_seq),
  }));
}

export async function listMessages(
  db: Kysely<Database>,
  ownerId: string,
  query: MessageQuery = {},
): Promise<StoredMessage[]> {
  let select = db.selectFrom('messages as m').selectAll('m').where('m.owner_id', '=', ownerId);
  if (query.conversationId) select = select.where('m.conversation_id', '=', query.conversationId);
  if (query.personKey) {
    const personKey = query.personKey;
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom('conversation_participants as p')
          .select('p.person_key')
          .whereRef('p.owner_id', '=', 'm.owner_id')
          .whereRef('p.conversation_id', '=', 'm.conversation_id')
          .where('p.person_key', '=', personKey),
      ),
    );
  }
  if (!query.includeDrafts) select = select.where('m.is_draft', '=', 0);
  if (query.since) select = select.where('m.sent_at', '>=', query.since);
  const rows = await select
    .orderBy('m.sent_at', 'desc')
    .orderBy('m.row_key')
    .limit(query.limit ?? noLimit)
    .execute();
  return rows.map((row) => ({
    key: row.row_key,
    conversationId: row.conversation_id,
    conversationTitle: row.conversation_title,
    senderName: row.sender_name,
    senderProfileUrl: row.sender_profile_url,
    senderKey: row.sender_key,
    recipientNames: row.recipient_names,
    recipientProfileUrls: row.recipient_profile_urls,
    sentAt: row.sent_at,
    subject: row.subject,
    content: row.content,
    folder: row.folder,
    isDraft: Number(row.is_draft) === 1,
    fromOwner: Number(row.from_owner) === 1,
  }));
}

export async function listMessageActivity(
  db: Kysely<Database>,
  ownerId: string,
  ownerKeys: readonly string[],
): Promise<PersonMessageActivity[]> {
  const people = new Map<string, PersonMessageActivity>();
  const person = (key: string): PersonMessageActivity => {
    let entry = people.get(key);
    if (!entry) {
      entry = {
        personKey: key,
        name: null,
        profileUrl: null,
        sent: 0,
        received: 0,
        drafts: 0,
        lastSentAt: null,
        lastReceivedAt: null,
      };
      people.set(key, entry);
    }
    return entry;
  };
  const received = await db
    .selectFrom('messages')
    .select([
      'sender_key',
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.max('sent_at').as('last'),
    ])
    .where('owner_id', '=', ownerId)
    .where('is_draft', '=', 0)
    .where('from_owner', '=', 0)
    .where('sender_key', 'is not', null)
    .groupBy('sender_key')
    .execute();
  for (const row of received) {
    if (row.sender_key === null || ownerKeys.includes(row.sender_key)) continue;
    const entry = person(row.sender_key);
    entry.received = Number(row.n);
    entry.lastReceivedAt = row.last;
  }
  const sent = await db
    .selectFrom('messages as m')
    .innerJoin('conversation_participants as p', (join) =>
      join
        .onRef('p.owner_id', '=', 'm.owner_id')
        .onRef('p.conversation_id', '=', 'm.conversation_id'),
    )
    .select([
      'p.person_key',
      'm.is_draft',
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.max('m.sent_at').as('last'),
    ])
    .where('m.owner_id', '=', ownerId)
    .where('m.from_owner', '=', 1)
    .whereRef('p.person_key', '!=', 'm.sender_key')
    .groupBy(['p.person_key', 'm.is_draft'])
    .execute();
  for (const row of sent) {
    if (ownerKeys.includes(row.person_key)) continue;
    const entry = person(row.person_key);
    if (Number(row.is_draft) === 1) entry.drafts += Number(row.n);
    else {
      entry.sent += Number(row.n);
      entry.lastSentAt = row.last;
    }
  }
  const names = await db
    .selectFrom('conversation_participants')
    .select([
      'person_key',
      (eb) => eb.fn.max('name').as('name'),
      (eb) => eb.fn.max('profile_url').as('url'),
    ])
    .where('owner_id', '=', ownerId)
    .groupBy('person_key')
    .execute();
  for (const row of names) {
    const entry = people.get(row.person_key);
    if (!entry) continue;
    entry.name = row.name;
    entry.profileUrl = row.url;
  }
  return [...people.values()].sort((a, b) => a.personKey.localeCompare(b.personKey));
}

export async function listActivity(
  db: Kysely<Database>,
  ownerId: string,
  query: ActivityQuery = {},
): Promise<ActivityItem[]> {
  const since = query.since ?? '';
  const limit = query.limit ?? noLimit;
  const shares = await db
    .selectFrom('shares')
    .select(['shared_at', 'share_link', 'commentary', 'visibility'])
    .where('owner_id', '=', ownerId)
    .where('shared_at', '>=', since)
    .orderBy('shared_at', 'desc')
    .limit(limit)
    .execute();
  const comments = await db
    .selectFrom('comments')
    .select(['commented_at', 'link', 'message'])
    .where('owner_id', '=', ownerId)
    .where('commented_at', '>=', since)
    .orderBy('commented_at', 'desc')
    .limit(limit)
    .execute();
  const reactions = await db
    .selectFrom('reactions')
    .select(['reacted_at', 'link', 'reaction_type'])
    .where('owner_id', '=', ownerId)
    .where('reacted_at', '>=', since)
    .orderBy('reacted_at', 'desc')
    .limit(limit)
    .execute();
  const items: ActivityItem[] = [
    ...shares.map((row) => ({
      type: 'share' as const,
      at: row.shared_at,
      link: row.share_link,
      text: row.commentary,
      visibility: row.visibility,
    })),
    ...comments.map((row) => ({
      type: 'comment' as const,
      at: row.commented_at,
      link: row.link,
      text: row.message,
    })),
    ...reactions.map((row) => ({
      type: 'reaction' as const,
      at: row.reacted_at,
      link: row.link,
      reactionType: row.reaction_type,
    })),
  ];
  return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}

export async function getOwnProfile(db: Kysely<Database>, ownerId: string): Promise<OwnProfile> {
  const profile = await db
    .selectFrom('profile')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  const about = await db
    .selectFrom('profile_summaries')
    .select('text')
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  const positions = await db
    .selectFrom('positions')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('started_on', 'desc')
    .execute();
  const education = await db
    .selectFrom('education')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('start_date', 'desc')
    .execute();
  const skills = await db
    .selectFrom('skills')
    .select('name')
    .where('owner_id', '=', ownerId)
    .orderBy('name')
    .execute();
  const photos = await db
    .selectFrom('rich_media')
    .select('uploaded_at')
    .where('owner_id', '=', ownerId)
    .where('media_kind', '=', 'profile photo')
    .orderBy('uploaded_at', 'desc')
    .execute();
  return {
    firstName: profile?.first_name ?? null,
    lastName: profile?.last_name ?? null,
    headline: profile?.headline ?? null,
    summary: profile?.summary ?? null,
    about: about?.text ?? null,
    industry: profile?.industry ?? null,
    geoLocation: profile?.geo_location ?? null,
    websites: profile?.websites ?? null,
    positions: positions.map((row) => ({
      companyName: row.company_name,
      title: row.title,
      description: row.description,
      location: row.location,
      startedOn: row.started_on,
      finishedOn: row.finished_on,
    })),
    education: education.map((row) => ({
      schoolName: row.school_name,
      degreeName: row.degree_name,
      startDate: row.start_date,
      endDate: row.end_date,
    })),
    skills: skills.map((row) => row.name),
    profilePhotoUploads: photos.map((row) => row.uploaded_at),
  };
}

export async function listEndorsements(
  db: Kysely<Database>,
  ownerId: string,
  direction?: GivenOrReceived,
): Promise<StoredEndorsement[]> {
  let select = db.selectFrom('endorsements').selectAll().where('owner_id', '=', ownerId);
  if (direction) select = select.where('direction', '=', direction);
  const rows = await select.orderBy('endorsed_at', 'desc').orderBy('row_key').execute();
  return rows.map((row) => ({
    direction: row.direction as GivenOrReceived,
    personKey: row.person_key,
    firstName: row.first_name,
    lastName: row.last_name,
    profileUrl: row.profile_url,
    skillName: row.skill_name,
    endorsedAt: row.endorsed_at,
    status: row.status,
  }));
}

export async function listRecommendations(
  db: Kysely<Database>,
  ownerId: string,
  direction?: GivenOrReceived,
): Promise<StoredRecommendation[]> {
  let select = db.selectFrom('recommendations').selectAll().where('owner_id', '=', ownerId);
  if (direction) select = select.where('direction', '=', direction);
  const rows = await select.orderBy('created_at', 'desc').orderBy('row_key').execute();
  return rows.map((row) => ({
    direction: row.direction as GivenOrReceived,
    personKey: row.person_key,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    jobTitle: row.job_title,
    text: row.text,
    createdAt: row.created_at,
    status: row.status,
  }));
}

export async function listNotes(db: Kysely<Database>, ownerId: string): Promise<StoredNote[]> {
  const rows = await db
    .selectFrom('notes')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('created_at', 'desc')
    .orderBy('row_key')
    .execute();
  return rows.map((row) => ({
    personKey: row.person_key,
    firstName: row.first_name,
    lastName: row.last_name,
    profileUrl: row.profile_url,
    note: row.note,
    createdAt: row.created_at,
    editedAt: row.edited_at,
  }));
}

export async function listCompanyFollows(
  db: Kysely<Database>,
  ownerId: string,
): Promise<StoredCompanyFollow[]> {
  const rows = await db
    .selectFrom('company_follows')
    .select(['organization', 'followed_at'])
    .where('owner_id', '=', ownerId)
    .orderBy('organization')
    .execute();
  return rows.map((row) => ({ organization: row.organization, followedAt: row.followed_at }));
}
