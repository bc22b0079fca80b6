import type { Kysely } from 'kysely';
import type { Database } from './database-schema.js';
import type {
  MessageTextQuery,
  StoredConversationParticipant,
  StoredMessageText,
} from './store.js';

/** What the ledger reads of messages: who is in which conversation, and the words, a page at a time. */

export async function listConversationParticipants(
  db: Kysely<Database>,
  ownerId: string,
): Promise<StoredConversationParticipant[]> {
  const rows = await db
    .selectFrom('conversation_participants')
    .select(['conversation_id', 'person_key', 'name'])
    .where('owner_id', '=', ownerId)
    .orderBy('conversation_id')
    .orderBy('person_key')
    .execute();
  return rows.map((row) => ({
    conversationId: row.conversation_id,
    personKey: row.person_key,
    name: row.name,
  }));
}

export async function listMessageTexts(
  db: Kysely<Database>,
  ownerId: string,
  query: MessageTextQuery,
): Promise<StoredMessageText[]> {
  let select = db
    .selectFrom('messages')
    .select([
      'row_key',
      'conversation_id',
      'sender_key',
      'sender_name',
      'from_owner',
      'sent_at',
      'content',
    ])
    .where('owner_id', '=', ownerId)
    .where('is_draft', '=', 0);
  if (query.afterKey !== undefined) select = select.where('row_key', '>', query.afterKey);
  const rows = await select.orderBy('row_key').limit(query.limit).execute();
  return rows.map((row) => ({
    key: row.row_key,
    conversationId: row.conversation_id,
    senderKey: row.sender_key,
    senderName: row.sender_name,
    fromOwner: Number(row.from_owner) === 1,
    sentAt: row.sent_at,
    content: row.content,
  }));
}
