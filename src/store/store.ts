import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type {
  ExportRecordByKind,
  GivenOrReceived,
  InvitationDirection,
} from '../core/linkedin-export/export-records.js';
import type { OwnerIdentity } from '../core/linkedin-export/mapping-context.js';
import type {
  InvitationMark,
  InviterFacts,
  InviterFactsChange,
} from '../core/invitation/inviter-facts.js';
import type {
  IntroductionFact,
  IntroductionSide,
  IntroductionStatus,
} from '../core/give-and-take/introduction.js';

/**
 * The storage port: what the CLI, the import and (later) the HTTP server ask of the database.
 * One implementation on Kysely serves SQLite and PostgreSQL; every call is scoped to one owner.
 */
export interface Store {
  readonly ownerId: string;
  readonly dialect: 'sqlite' | 'postgres';
  /** The SQLite file, or the PostgreSQL URL without its password. */
  readonly location: string;

  /**
   * Runs one import in one transaction: it commits when `work` resolves and leaves the
   * database exactly as before when it throws or the process dies.
   */
  runImport<T>(meta: ImportMeta, work: (session: ImportSession) => Promise<T>): Promise<T>;

  getStats(): Promise<StoreStats>;
  /** What the owner is known as: person keys and normalised names. */
  getOwnerIdentity(): Promise<OwnerIdentity>;
  listImports(): Promise<StoredImport[]>;

  listConnections(query?: ConnectionQuery): Promise<StoredConnection[]>;
  listInvitations(query?: InvitationQuery): Promise<StoredInvitation[]>;
  listMessages(query?: MessageQuery): Promise<StoredMessage[]>;
  /** Per person the owner has conversations with: messages both ways, drafts, last dates. */
  listMessageActivity(): Promise<PersonMessageActivity[]>;
  /** Shares, comments and reactions, newest first. */
  listActivity(query?: ActivityQuery): Promise<ActivityItem[]>;
  getOwnProfile(): Promise<OwnProfile>;
  listEndorsements(direction?: GivenOrReceived): Promise<StoredEndorsement[]>;
  listRecommendations(direction?: GivenOrReceived): Promise<StoredRecommendation[]>;
  listNotes(): Promise<StoredNote[]>;
  listCompanyFollows(): Promise<StoredCompanyFollow[]>;

  /** Messages per person and calendar month, both ways, drafts excluded. */
  listMonthlyMessageCounts(): Promise<MonthlyMessageCount[]>;

  /**
   * What the user saw on an inviter's profile: given fields replace stored ones, `null` forgets
   * one (unknown again), absent fields stay.
   */
  setInviterFacts(personKey: string, facts: InviterFactsChange, at: string): Promise<void>;
  listInviterFacts(): Promise<Map<string, InviterFacts>>;
  /** What the user did with an invitation on LinkedIn. */
  setInvitationMark(personKey: string, mark: InvitationMark, at: string): Promise<void>;
  /** Undoes the mark (pending again); false when there was none. */
  clearInvitationMark(personKey: string): Promise<boolean>;
  listInvitationMarks(): Promise<Map<string, { mark: InvitationMark; markedAt: string }>>;
  /** The people met at an event, replacing an earlier list with the same id. */
  saveEvent(event: StoredEvent): Promise<void>;
  listEvents(): Promise<StoredEvent[]>;

  /**
   * Logs an introduction `netwerk intro` drafted, numbered per owner. When the latest entry for
   * the same two people (in either order) is still `drafted`, that entry keeps its id and takes
   * the new reason instead: drafting again is no second introduction.
   */
  createIntroduction(introduction: NewIntroduction): Promise<StoredIntroduction>;
  /** The introductions log, newest first. */
  listIntroductions(): Promise<StoredIntroduction[]>;
  /** Sets an introduction's status and that status's time; undefined when there is no such id. */
  markIntroduction(
    id: number,
    status: Exclude<IntroductionStatus, 'drafted'>,
    at: string,
  ): Promise<StoredIntroduction | undefined>;
  /** Who takes part in which conversation (the owner included), as the import recorded it. */
  listConversationParticipants(): Promise<StoredConversationParticipant[]>;
  /**
   * Sent and received messages (no drafts) in key order, one page after `afterKey`: the words of
   * every message without holding a million in memory.
   */
  listMessageTexts(query: MessageTextQuery): Promise<StoredMessageText[]>;

  /**
   * Runs one sync with LinkedIn's API as one import (docs/sync.md): the same merge as an export,
   * in one transaction with the sync state, so a killed sync leaves the data and the changelog
   * cursor as they were.
   */
  runSync<T>(meta: SyncMeta, work: (session: SyncSession) => Promise<T>): Promise<T>;
  /** The sync's cursor, times and last error (empty before the first link). */
  getSyncState(): Promise<SyncState>;
  /** Records facts outside a sync run: the link, an attempt, a failure. */
  updateSyncState(update: SyncStateUpdate): Promise<void>;
  /**
   * Deletes what only the sync brought: rows it inserted that no export import has written
   * since, its provisional changelog rows and its state. Rows an export also holds stay.
   */
  deleteSyncedData(): Promise<SyncedDataDeletion>;

  close(): Promise<void>;
}

export interface SyncMeta extends ImportMeta {
  /** `snapshot` when the run read the snapshot (and the changelog), else `changelog`. */
  kind: 'snapshot' | 'changelog';
}

export interface SyncState {
  /** The member's person URN, from the consent check. */
  memberUrn: string | null;
  /** Since when LinkedIn archives the member's changelog (ISO 8601). */
  regulatedAt: string | null;
  linkedAt: string | null;
  /** Epoch milliseconds: the latest `processedAt` applied, the next `startTime`. */
  changelogCursor: number | null;
  lastSyncAt: string | null;
  lastSnapshotAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last attempt failed (an error code), cleared by a sync that succeeds. */
  lastError: { code: string; at: string; status: number | null } | null;
}

export type SyncStateUpdate = Partial<SyncState>;

/** A person of a stored conversation. */
export interface ConversationParticipant {
  key: string;
  name: string | null;
  profileUrl: string | null;
}

export interface SyncSession extends ImportSession {
  /** Participants of stored conversations (this run's writes included), by conversation id. */
  participantsOf(
    conversationIds: readonly string[],
  ): Promise<Map<string, ConversationParticipant[]>>;
  /** Keys of provisional records whose action a snapshot or export row already holds. */
  twinnedKeys<K extends ExportFileKind>(
    kind: K,
    records: readonly ExportRecordByKind[K][],
  ): Promise<Set<string>>;
  /** Deletes provisional changelog rows (`cl:` keys); rows of an export or snapshot never. */
  removeProvisional(kind: ExportFileKind, keys: readonly string[]): Promise<number>;
  /** Deletes provisional rows a snapshot or export row now stands for; returns how many. */
  reconcileProvisional(): Promise<number>;
  /** Saved with the data: commits with it or not at all. */
  saveSyncState(update: SyncStateUpdate): Promise<void>;
}

/** Rows deleted per table by `deleteSyncedData`. */
export type SyncedDataDeletion = Record<string, number>;

export interface MonthlyMessageCount {
  personKey: string;
  /** `YYYY-MM` */
  month: string;
  sent: number;
  received: number;
}

export interface StoredEvent {
  eventId: string;
  name: string;
  createdAt: string;
  people: StoredEventPerson[];
}

export interface StoredEventPerson {
  name: string;
  nameNorm: string;
  topic: string;
  company: string | null;
  profileUrl: string | null;
  personKey: string;
  /** The drafted invitation note. */
  note: string;
}

export interface ImportMeta {
  /** The file or folder name imported (no directories, no personal data). */
  source: string;
  /** YYYY-MM-DD from LinkedIn's archive name, when it has one. */
  exportedOn: string | undefined;
  /** ISO 8601 UTC. */
  startedAt: string;
}

/** What one batch of records did to the database. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportSession {
  /** This import's number (1 for the first import of this owner). */
  readonly seq: number;
  /** Who the owner is, as known before this import; the mappers add to it. */
  readonly owner: OwnerIdentity;
  /** Inserts new rows, updates changed ones; a row is never deleted. */
  write<K extends ExportFileKind>(
    kind: K,
    records: readonly ExportRecordByKind[K][],
  ): Promise<WriteCounts>;
  /** Records the import itself and what was learned about the owner; call once, last. */
  finish(result: { finishedAt: string; hadInvitations: boolean; summary: unknown }): Promise<void>;
}

export interface StoreStats {
  /** Distinct connections ever imported, hidden profiles included. */
  connections: number;
  /** Counted once per (direction, other party, sent at). */
  invitations: {
    incoming: number;
    outgoing: number;
    pendingIncoming: number;
    pendingOutgoing: number;
  };
  /** Sent and received messages in every folder; drafts are not messages. */
  messages: number;
  drafts: number;
  /** Distinct conversation ids among the messages. */
  conversations: number;
  shares: number;
  comments: number;
  reactions: number;
  endorsements: { received: number; given: number };
  recommendations: { received: number; given: number };
  positions: number;
  education: number;
  skills: number;
  notes: number;
  companyFollows: number;
  profilePhotoUploads: number;
  imports: number;
  lastImportAt: string | null;
}

export interface StoredImport {
  seq: number;
  source: string;
  exportedOn: string | null;
  startedAt: string;
  finishedAt: string;
  summary: unknown;
}

export interface ConnectionQuery {
  /** YYYY-MM-DD, inclusive. */
  connectedFrom?: string;
  /** YYYY-MM-DD, exclusive. */
  connectedBefore?: string;
  limit?: number;
}

export interface StoredConnection {
  /** The person key: `u:<normalised url>`, `n:<name>|<date>#n` or `h:<date>#n` (hidden). */
  key: string;
  firstName: string | null;
  lastName: string | null;
  profileUrl: string | null;
  email: string | null;
  company: string | null;
  position: string | null;
  connectedOn: string;
  hidden: boolean;
  firstImportSeq: number;
}

export interface InvitationQuery {
  direction?: InvitationDirection;
  /** Only invitations still pending (docs/formats.md, "Pending"). */
  pendingOnly?: boolean;
  limit?: number;
}

export interface StoredInvitation {
  key: string;
  direction: InvitationDirection;
  fromName: string | null;
  toName: string | null;
  otherName: string | null;
  otherProfileUrl: string | null;
  otherPersonKey: string;
  sentAt: string;
  message: string | null;
  pending: boolean;
  firstImportSeq: number;
}

export interface MessageQuery {
  conversationId?: string;
  /** Messages in conversations this person takes part in. */
  personKey?: string;
  includeDrafts?: boolean;
  /** ISO 8601, inclusive. */
  since?: string;
  limit?: number;
}

export interface StoredMessage {
  key: string;
  conversationId: string;
  conversationTitle: string | null;
  senderName: string | null;
  senderProfileUrl: string | null;
  senderKey: string | null;
  recipientNames: string | null;
  recipientProfileUrls: string | null;
  sentAt: string;
  subject: string | null;
  content: string;
  folder: string | null;
  isDraft: boolean;
  fromOwner: boolean;
}

export interface PersonMessageActivity {
  personKey: string;
  name: string | null;
  profileUrl: string | null;
  /** Messages the owner sent in conversations with this person (drafts excluded). */
  sent: number;
  /** Messages this person sent. */
  received: number;
  drafts: number;
  lastSentAt: string | null;
  lastReceivedAt: string | null;
}

export interface ActivityQuery {
  /** ISO 8601, inclusive. */
  since?: string;
  limit?: number;
}

export type ActivityItem =
  | {
      type: 'share';
      at: string;
      link: string | null;
      text: string | null;
      visibility: string | null;
    }
  | { type: 'comment'; at: string; link: string | null; text: string | null }
  | { type: 'reaction'; at: string; link: string | null; reactionType: string | null };

export interface OwnProfile {
  firstName: string | null;
  lastName: string | null;
  headline: string | null;
  /** Profile.csv `Summary`. */
  summary: string | null;
  /** Profile Summary.csv (the About text), when the export has it. */
  about: string | null;
  industry: string | null;
  geoLocation: string | null;
  websites: string | null;
  positions: {
    companyName: string | null;
    title: string | null;
    description: string | null;
    location: string | null;
    startedOn: string | null;
    finishedOn: string | null;
  }[];
  education: {
    schoolName: string | null;
    degreeName: string | null;
    startDate: string | null;
    endDate: string | null;
  }[];
  skills: string[];
  /** Rich_Media.csv profile photo uploads, newest first (ISO 8601). */
  profilePhotoUploads: string[];
}

export interface StoredEndorsement {
  direction: GivenOrReceived;
  personKey: string;
  firstName: string | null;
  lastName: string | null;
  profileUrl: string | null;
  skillName: string;
  endorsedAt: string | null;
  status: string | null;
}

export interface StoredRecommendation {
  direction: GivenOrReceived;
  personKey: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  jobTitle: string | null;
  text: string | null;
  createdAt: string | null;
  status: string | null;
}

export interface StoredNote {
  personKey: string | null;
  firstName: string | null;
  lastName: string | null;
  profileUrl: string | null;
  note: string;
  createdAt: string | null;
  editedAt: string | null;
}

export interface StoredCompanyFollow {
  organization: string;
  followedAt: string | null;
}

/** An introductions log entry. */
export type StoredIntroduction = IntroductionFact;

export interface NewIntroduction {
  a: IntroductionSide;
  b: IntroductionSide;
  why: string;
  /** ISO 8601 UTC. */
  at: string;
}

export interface StoredConversationParticipant {
  conversationId: string;
  personKey: string;
  name: string | null;
}

export interface MessageTextQuery {
  /** The last key of the previous page; none for the first page. */
  afterKey?: string;
  limit: number;
}

export interface StoredMessageText {
  key: string;
  conversationId: string;
  senderKey: string | null;
  senderName: string | null;
  fromOwner: boolean;
  sentAt: string;
  content: string;
}
