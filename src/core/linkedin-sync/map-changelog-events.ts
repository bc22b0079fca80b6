import { ColumnMap } from '../linkedin-export/export-headers.js';
import type { ExportRecordByKind } from '../linkedin-export/export-records.js';
import type { OwnerIdentity } from '../linkedin-export/mapping-context.js';
import { createMappingContext } from '../linkedin-export/mapping-context.js';
import { isRowProblem } from '../linkedin-export/row-problem.js';
import type { ChangelogSkipProblem } from './changelog-skip-problem.js';
import { rowMappers } from '../linkedin-export/row-mappers.js';
import type { ChangelogEvent } from './changelog-event.js';
import { readActivity } from './read-activity.js';

/** The export kinds changelog events are applied to. */
export type ChangelogKind = 'messages' | 'comments' | 'reactions' | 'shares';

/**
 * Why an event is not applied. Each is a fact about the API, not a failure:
 * - `invitation-urns-only`: invitation events carry person URNs only (no name, profile URL or
 *   note), so they cannot become the export's invitation rows; the snapshot brings those.
 * - `profile-edit`: own profile edits arrive as patches; the next snapshot has the result.
 * - `edit-without-content`: an edit that does not carry the whole new text.
 * - `not-own-post`, `draft-post`: only the member's published posts are shares.
 * - `not-used`: a resource netwerk does not keep (articles, endorsements, events, reposts…).
 */
export type IgnoreReason =
  | 'invitation-urns-only'
  | 'profile-edit'
  | 'edit-without-content'
  | 'not-own-post'
  | 'draft-post'
  | 'not-used';

/** A person as a stored conversation knows them. */
export interface KnownParticipant {
  key: string;
  name: string | null;
  profileUrl: string | null;
}

/** What the database knows that turns a person URN into a person (pure data, passed in). */
export interface ChangelogPeople {
  owner: OwnerIdentity;
  /** The owner's profile URL and name as an export writes them, when known. */
  ownerProfileUrl: string | null;
  ownerName: string | null;
  /** Participants of stored conversations, by conversation id. */
  participants: ReadonlyMap<string, readonly KnownParticipant[]>;
}

export interface ProvisionalRecord<K extends ChangelogKind = ChangelogKind> {
  kind: K;
  /** `cl:<m|c|r|s>:<resource>`: a row only the changelog knows so far. */
  key: string;
  record: ExportRecordByKind[K];
  /** An edit: it replaces the provisional row of the same resource. */
  edit: boolean;
}

/**
 * What the events mean, one entry per resource: when a batch creates, edits and deletes the
 * same resource, only the last of those counts.
 */
export interface MappedChangelog {
  /** Rows to write. */
  upserts: ProvisionalRecord[];
  /** Provisional rows whose resource was deleted on LinkedIn. */
  removals: { kind: ChangelogKind; key: string }[];
  ignored: Partial<Record<IgnoreReason, number>>;
  skipped: { eventId: string; resource: string; problem: ChangelogSkipProblem }[];
}

/** The thread id as messages.csv writes `CONVERSATION ID` (`urn:li:messagingThread:<id>`). */
export function conversationIdOfThread(thread: string): string {
  return thread.replace(/^urn:li:messagingThread:/u, '');
}

/** Epoch milliseconds as messages.csv and the activity files write dates. */
export function formatExportDateTime(epochMs: number, utcSuffix: boolean): string {
  const iso = new Date(epochMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${utcSuffix ? ' UTC' : ''}`;
}

/** The link the activity files use for a post or article, from its URN. */
export function feedLinkOf(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}`;
}

type Row = Record<string, string>;
type Change =
  | { type: 'upsert'; kind: ChangelogKind; key: string; row: Row }
  | { type: 'remove'; kind: ChangelogKind; key: string }
  | { type: 'ignored'; reason: IgnoreReason }
  | { type: 'skipped'; problem: ChangelogSkipProblem };

const skippedFor = (...fields: string[]): Change => ({
  type: 'skipped',
  problem: { kind: 'activity-missing', fields },
});

const isDelete = (event: ChangelogEvent): boolean => event.method === 'DELETE';
const isEdit = (event: ChangelogEvent): boolean =>
  event.method === 'UPDATE' || event.method === 'PARTIAL_UPDATE';

/** The other person of a two-person conversation the database knows. */
function partnerIn(conversationId: string, people: ChangelogPeople): KnownParticipant | undefined {
  const others = new Map<string, KnownParticipant>();
  for (const participant of people.participants.get(conversationId) ?? []) {
    if (!people.owner.keys.has(participant.key)) others.set(participant.key, participant);
  }
  return others.size === 1 ? [...others.values()][0] : undefined;
}

function mapMessage(event: ChangelogEvent, people: ChangelogPeople): Change {
  const activity = readActivity(event.activity);
  const key = `cl:m:${event.resourceId ?? activity.text('id') ?? event.id}`;
  if (isDelete(event)) return { type: 'remove', kind: 'messages', key };
  const thread = activity.text('thread');
  if (!thread) return skippedFor('activity.thread');
  const conversationId = conversationIdOfThread(thread);
  const content =
    activity.text('content', 'content', 'string') ?? activity.text('content', 'fallback');
  if (isEdit(event) && content === undefined)
    return { type: 'ignored', reason: 'edit-without-content' };
  const at = activity.number('createdAt') ?? event.capturedAt ?? event.processedAt;
  const author = activity.text('author') ?? event.actor;
  let sender: { name: string | null; profileUrl: string | null } | undefined;
  // Outbound when the author is the member (the event's owner), else the other party: known
  // for sure only in a two-person conversation the database already holds.
  if (author !== undefined && author === event.owner) {
    sender = { name: people.ownerName, profileUrl: people.ownerProfileUrl };
  } else {
    sender = partnerIn(conversationId, people);
  }
  return {
    type: 'upsert',
    kind: 'messages',
    key,
    row: {
      'CONVERSATION ID': conversationId,
      FROM: sender?.name ?? '',
      'SENDER PROFILE URL': sender?.profileUrl ?? '',
      DATE: formatExportDateTime(at, true),
      CONTENT: content ?? '',
      FOLDER: 'INBOX',
    },
  };
}

function mapComment(event: ChangelogEvent): Change {
  const activity = readActivity(event.activity);
  const key = `cl:c:${event.resourceId ?? activity.text('id') ?? event.id}`;
  if (isDelete(event)) return { type: 'remove', kind: 'comments', key };
  const text = activity.text('message', 'text');
  const object = activity.text('object');
  if (text === undefined || object === undefined) {
    return isEdit(event)
      ? { type: 'ignored', reason: 'edit-without-content' }
      : skippedFor('activity.message.text', 'activity.object');
  }
  const at = event.capturedAt ?? activity.number('created', 'time') ?? event.processedAt;
  return {
    type: 'upsert',
    kind: 'comments',
    key,
    row: { Date: formatExportDateTime(at, false), Link: feedLinkOf(object), Message: text },
  };
}

function mapLike(event: ChangelogEvent): Change {
  const activity = readActivity(event.activity);
  const resource = event.resourceUri ?? `${event.resourceId ?? event.id}|${event.actor ?? ''}`;
  const key = `cl:r:${resource}`;
  if (isDelete(event)) return { type: 'remove', kind: 'reactions', key };
  const object = activity.text('object') ?? event.resourceId;
  if (object === undefined) return skippedFor('activity.object');
  const at = event.capturedAt ?? activity.number('created', 'time') ?? event.processedAt;
  return {
    type: 'upsert',
    kind: 'reactions',
    key,
    row: {
      Date: formatExportDateTime(at, false),
      // The official sample has no reaction type; a plain like is what it shows.
      Type: activity.text('reactionType') ?? 'LIKE',
      Link: feedLinkOf(object),
    },
  };
}

function mapPost(event: ChangelogEvent): Change {
  const activity = readActivity(event.activity);
  const id = activity.text('id') ?? event.resourceId ?? event.id;
  const key = `cl:s:${id}`;
  if (isDelete(event)) return { type: 'remove', kind: 'shares', key };
  const author = activity.text('author') ?? event.actor;
  if (author !== undefined && event.owner !== undefined && author !== event.owner) {
    return { type: 'ignored', reason: 'not-own-post' };
  }
  const state = activity.text('lifecycleState');
  if (state !== undefined && state !== 'PUBLISHED')
    return { type: 'ignored', reason: 'draft-post' };
  const shareContent = ['specificContent', 'com.linkedin.ugc.ShareContent'] as const;
  const commentary = activity.text(...shareContent, 'shareCommentary', 'text');
  if (isEdit(event) && commentary === undefined) {
    return { type: 'ignored', reason: 'edit-without-content' };
  }
  const at =
    event.capturedAt ??
    activity.number('firstPublishedAt') ??
    activity.number('created', 'time') ??
    event.processedAt;
  return {
    type: 'upsert',
    kind: 'shares',
    key,
    row: {
      Date: formatExportDateTime(at, false),
      ShareLink: feedLinkOf(id),
      ShareCommentary: commentary ?? '',
      SharedUrl: activity.text(...shareContent, 'media', '0', 'originalUrl') ?? '',
      MediaUrl: '',
      Visibility: activity.text('visibility', 'com.linkedin.ugc.MemberNetworkVisibility') ?? '',
    },
  };
}

/** What one event means for the export tables. */
function changeOf(event: ChangelogEvent, people: ChangelogPeople): Change {
  switch (event.resourceName) {
    case 'messages':
      return mapMessage(event, people);
    case 'socialActions/comments':
      return mapComment(event);
    case 'socialActions/likes':
      return mapLike(event);
    case 'ugcPosts':
      return mapPost(event);
    case 'invitations':
      return { type: 'ignored', reason: 'invitation-urns-only' };
    case 'people':
    case 'people/positions':
      return { type: 'ignored', reason: 'profile-edit' };
    default:
      return { type: 'ignored', reason: 'not-used' };
  }
}

/**
 * Turns changelog events (selected, oldest first) into provisional export records. Each row is
 * built with the export's CSV headers and goes through the export's own row mapper, then takes
 * a `cl:` key of its resource: the snapshot or an export later brings the same action under its
 * own key, and the store then drops the provisional twin (docs/sync.md, "No twins").
 */
export function mapChangelogEvents(
  events: readonly ChangelogEvent[],
  people: ChangelogPeople,
): MappedChangelog {
  const result: MappedChangelog = { upserts: [], removals: [], ignored: {}, skipped: [] };
  const last = new Map<string, ProvisionalRecord | { kind: ChangelogKind; key: string }>();
  // A context of its own: the snapshot's occurrence counts must not see these rows.
  const context = createMappingContext({
    keys: new Set(people.owner.keys),
    names: new Set(people.owner.names),
  });
  const mappers = new Map<string, (cells: readonly string[]) => unknown>();
  const mapperFor = (kind: ChangelogKind, header: readonly string[]) => {
    const id = `${kind}|${header.join('\u0001')}`;
    let mapper = mappers.get(id);
    if (mapper === undefined) {
      mapper = rowMappers[kind](new ColumnMap(header), context);
      mappers.set(id, mapper);
    }
    return mapper;
  };
  for (const event of events) {
    const change = changeOf(event, people);
    switch (change.type) {
      case 'ignored':
        result.ignored[change.reason] = (result.ignored[change.reason] ?? 0) + 1;
        break;
      case 'skipped':
        result.skipped.push({
          eventId: event.id,
          resource: event.resourceName,
          problem: change.problem,
        });
        break;
      case 'remove':
        last.delete(change.key);
        last.set(change.key, { kind: change.kind, key: change.key });
        break;
      case 'upsert': {
        const header = Object.keys(change.row);
        const mapped = mapperFor(
          change.kind,
          header,
        )(header.map((column) => change.row[column] ?? ''));
        if (typeof mapped === 'object' && mapped !== null && isRowProblem(mapped)) {
          result.skipped.push({
            eventId: event.id,
            resource: event.resourceName,
            problem: mapped,
          });
          break;
        }
        const record = { ...(mapped as ExportRecordByKind[ChangelogKind]), key: change.key };
        const earlier = last.get(change.key);
        last.delete(change.key);
        last.set(change.key, {
          kind: change.kind,
          key: change.key,
          record,
          // A create the same batch already wrote counts as an edit too.
          edit: isEdit(event) || (earlier !== undefined && 'record' in earlier),
        } as ProvisionalRecord);
        break;
      }
    }
  }
  for (const entry of last.values()) {
    if ('record' in entry) result.upserts.push(entry);
    else result.removals.push(entry);
  }
  return result;
}
