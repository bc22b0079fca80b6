/**
 * The tables, as Kysely sees them. One schema for SQLite and PostgreSQL: only `text` and
 * `integer` columns (booleans are 0/1, dates ISO 8601 UTC text), so both dialects store and
 * return the same values. Every table has `owner_id`; every query is scoped by it.
 */

type Text = string | null;

export interface OwnersTable {
  id: string;
  created_at: string;
}

export interface ImportsTable {
  owner_id: string;
  seq: number;
  source: string;
  exported_on: Text;
  started_at: string;
  finished_at: string;
  /** 1 when this import read an Invitations.csv: invitations it did not list are answered. */
  had_invitations: number;
  /** The summary as JSON (files, counts, skipped rows). */
  summary: string;
}

export interface OwnerIdentitiesTable {
  owner_id: string;
  /** `key` (a person key) or `name` (a normalised full name). */
  kind: string;
  value: string;
}

export interface ConnectionsTable {
  owner_id: string;
  row_key: string;
  /** The key this row has in exports without URLs (migration 0007). */
  alias_key: Text;
  first_name: Text;
  last_name: Text;
  name_norm: Text;
  profile_url: Text;
  email: Text;
  company: Text;
  position: Text;
  connected_on: string;
  hidden: number;
  first_import_seq: number;
}

export interface InvitationsTable {
  owner_id: string;
  row_key: string;
  /** The key this row has in exports without URLs (migration 0007). */
  alias_key: Text;
  direction: string;
  from_name: Text;
  to_name: Text;
  other_name: Text;
  other_name_norm: Text;
  other_profile_url: Text;
  other_person_key: string;
  owner_profile_url: Text;
  sent_at: string;
  message: Text;
  first_import_seq: number;
  last_seen_seq: number;
}

export interface MessagesTable {
  owner_id: string;
  row_key: string;
  conversation_id: string;
  conversation_title: Text;
  sender_name: Text;
  sender_profile_url: Text;
  sender_key: Text;
  recipient_names: Text;
  recipient_profile_urls: Text;
  sent_at: string;
  subject: Text;
  content: string;
  folder: Text;
  attachments: Text;
  is_draft: number;
  from_owner: number;
  first_import_seq: number;
}

export interface ConversationParticipantsTable {
  owner_id: string;
  conversation_id: string;
  person_key: string;
  name: Text;
  profile_url: Text;
}

export interface ProfileTable {
  owner_id: string;
  row_key: string;
  first_name: Text;
  last_name: Text;
  maiden_name: Text;
  address: Text;
  birth_date: Text;
  headline: Text;
  summary: Text;
  industry: Text;
  zip_code: Text;
  geo_location: Text;
  twitter_handles: Text;
  websites: Text;
  instant_messengers: Text;
}

export interface ProfileSummariesTable {
  owner_id: string;
  row_key: string;
  text: Text;
}

export interface PositionsTable {
  owner_id: string;
  row_key: string;
  company_name: Text;
  title: Text;
  description: Text;
  location: Text;
  started_on: Text;
  finished_on: Text;
}

export interface EducationTable {
  owner_id: string;
  row_key: string;
  school_name: Text;
  start_date: Text;
  end_date: Text;
  notes: Text;
  degree_name: Text;
  activities: Text;
}

export interface SkillsTable {
  owner_id: string;
  row_key: string;
  name: string;
}

export interface RichMediaTable {
  owner_id: string;
  row_key: string;
  media_kind: string;
  uploaded_at: string;
  description: Text;
  media_link: Text;
}

export interface SharesTable {
  owner_id: string;
  row_key: string;
  shared_at: string;
  share_link: Text;
  commentary: Text;
  shared_url: Text;
  media_url: Text;
  visibility: Text;
}

export interface CommentsTable {
  owner_id: string;
  row_key: string;
  commented_at: string;
  link: Text;
  message: Text;
}

export interface ReactionsTable {
  owner_id: string;
  row_key: string;
  reacted_at: string;
  reaction_type: Text;
  link: Text;
}

export interface NotesTable {
  owner_id: string;
  row_key: string;
  person_key: Text;
  first_name: Text;
  last_name: Text;
  profile_url: Text;
  note: string;
  created_at: Text;
  edited_at: Text;
}

export interface CompanyFollowsTable {
  owner_id: string;
  row_key: string;
  organization: string;
  followed_at: Text;
}

export interface EndorsementsTable {
  owner_id: string;
  row_key: string;
  /** The key this row has in exports without URLs (migration 0007). */
  alias_key: Text;
  direction: string;
  person_key: string;
  first_name: Text;
  last_name: Text;
  name_norm: Text;
  profile_url: Text;
  skill_name: string;
  endorsed_at: Text;
  status: Text;
}

export interface RecommendationsTable {
  owner_id: string;
  row_key: string;
  direction: string;
  person_key: string;
  first_name: Text;
  last_name: Text;
  name_norm: Text;
  company: Text;
  job_title: Text;
  text: Text;
  created_at: Text;
  status: Text;
}

export interface InviterFactsTable {
  owner_id: string;
  person_key: string;
  headline: Text;
  summary: Text;
  /** 1, 0 or null (unknown). */
  has_photo: number | null;
  updated_at: string;
}

export interface InvitationMarksTable {
  owner_id: string;
  person_key: string;
  /** accepted | ignored | reported */
  mark: string;
  marked_at: string;
}

export interface EventsTable {
  owner_id: string;
  event_id: string;
  name: string;
  created_at: string;
}

export interface EventPeopleTable {
  owner_id: string;
  event_id: string;
  position: number;
  name: string;
  name_norm: string;
  topic: string;
  company: Text;
  profile_url: Text;
  person_key: string;
  note: string;
}

export interface AccountsTable {
  owner_id: string;
  username: string;
  password_hash: string;
  created_at: string;
  password_changed_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token: the token itself is only ever in the user's cookie. */
  token_hash: string;
  owner_id: string;
  created_at: string;
  expires_at: string;
  /** When the session was last used (0006): idle sessions end; null until first used. */
  last_seen_at: Text;
}

/** The shared server's settings per account (0006): the config file's fields as JSON. */
export interface UserSettingsTable {
  owner_id: string;
  settings: string;
  updated_at: string;
}

/** Live sync (0004): one row per owner; the token is never stored in the database. */
export interface SyncStateTable {
  owner_id: string;
  member_urn: Text;
  regulated_at: Text;
  linked_at: Text;
  /** Epoch milliseconds as text (the latest applied `processedAt`). */
  changelog_cursor: Text;
  last_sync_at: Text;
  last_snapshot_at: Text;
  last_attempt_at: Text;
  last_error_code: Text;
  last_error_at: Text;
  last_error_status: number | null;
}

/** The imports that were sync runs. */
export interface SyncRunsTable {
  owner_id: string;
  seq: number;
  /** `snapshot` (snapshot and changelog) or `changelog`. */
  kind: string;
  started_at: string;
  finished_at: string;
}

/** Rows a sync inserted and no export import has written since (and, in `provisional_rows`, the changelog's provisional rows). */
export interface SyncedRowsTable {
  owner_id: string;
  table_name: string;
  row_key: string;
}

/** The introductions log (0003): one row per introduction, numbered per owner. */
export interface IntroductionsTable {
  owner_id: string;
  id: number;
  person_a_key: string;
  person_a_name: string;
  person_b_key: string;
  person_b_name: string;
  why: string;
  /** drafted | asked | accepted | declined | done */
  status: string;
  created_at: string;
  asked_at: Text;
  accepted_at: Text;
  declined_at: Text;
  done_at: Text;
  updated_at: string;
}

export interface Database {
  owners: OwnersTable;
  imports: ImportsTable;
  owner_identities: OwnerIdentitiesTable;
  connections: ConnectionsTable;
  invitations: InvitationsTable;
  messages: MessagesTable;
  conversation_participants: ConversationParticipantsTable;
  profile: ProfileTable;
  profile_summaries: ProfileSummariesTable;
  positions: PositionsTable;
  education: EducationTable;
  skills: SkillsTable;
  rich_media: RichMediaTable;
  shares: SharesTable;
  comments: CommentsTable;
  reactions: ReactionsTable;
  notes: NotesTable;
  company_follows: CompanyFollowsTable;
  endorsements: EndorsementsTable;
  recommendations: RecommendationsTable;
  inviter_facts: InviterFactsTable;
  invitation_marks: InvitationMarksTable;
  events: EventsTable;
  event_people: EventPeopleTable;
  introductions: IntroductionsTable;
  sync_state: SyncStateTable;
  sync_runs: SyncRunsTable;
  synced_rows: SyncedRowsTable;
  provisional_rows: SyncedRowsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  user_settings: UserSettingsTable;
}

/** The tables that hold one export file kind's rows, keyed by (owner_id, row_key). */
export type ExportTable =
  | 'connections'
  | 'invitations'
  | 'messages'
  | 'profile'
  | 'profile_summaries'
  | 'positions'
  | 'education'
  | 'skills'
  | 'rich_media'
  | 'shares'
  | 'comments'
  | 'reactions'
  | 'notes'
  | 'company_follows'
  | 'endorsements'
  | 'recommendations';
