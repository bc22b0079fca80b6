import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { ExportRecordByKind } from '../core/linkedin-export/export-records.js';
import type { ExportTable } from './database-schema.js';

export type ColumnValue = string | number | null;
export type RowValues = Record<string, ColumnValue>;

/** How one kind of export record is stored. */
export interface TableSpec<R> {
  table: ExportTable;
  /** The data columns: compared on re-import, updated when they change. */
  values(record: R): RowValues;
  /**
   * Whether an empty value in a newer export clears the stored one. Only for the owner's own
   * profile, where the newest export is the truth; elsewhere nothing is lost on a merge.
   */
  blankClears: boolean;
  /** Set once, when the row is first inserted. */
  insertOnly?: (seq: number) => RowValues;
  /**
   * Columns the row key is made of (a message's content is hashed into its key): they cannot
   * change for a known key, so a re-import neither reads nor compares them.
   */
  identityColumns?: readonly string[];
  /**
   * Whether rows keep `alias_key`, their key in exports without URLs (the record's
   * `fallbackKey`): an older export imported later then finds them (migration 0007).
   */
  aliased?: boolean;
}

const flag = (value: boolean): number => (value ? 1 : 0);

const endorsementSpec: TableSpec<ExportRecordByKind['endorsements-given']> = {
  table: 'endorsements',
  aliased: true,
  blankClears: false,
  values: (r) => ({
    direction: r.direction,
    person_key: r.personKey,
    first_name: r.firstName,
    last_name: r.lastName,
    name_norm: r.nameNorm,
    profile_url: r.profileUrl,
    skill_name: r.skillName,
    endorsed_at: r.endorsedAt,
    status: r.status,
  }),
};

const recommendationSpec: TableSpec<ExportRecordByKind['recommendations-given']> = {
  table: 'recommendations',
  blankClears: false,
  values: (r) => ({
    direction: r.direction,
    person_key: r.personKey,
    first_name: r.firstName,
    last_name: r.lastName,
    name_norm: r.nameNorm,
    company: r.company,
    job_title: r.jobTitle,
    text: r.text,
    created_at: r.createdAt,
    status: r.status,
  }),
};

export const tableSpecs: { [K in ExportFileKind]: TableSpec<ExportRecordByKind[K]> } = {
  profile: {
    table: 'profile',
    blankClears: true,
    values: (r) => ({
      first_name: r.firstName,
      last_name: r.lastName,
      maiden_name: r.maidenName,
      address: r.address,
      birth_date: r.birthDate,
      headline: r.headline,
      summary: r.summary,
      industry: r.industry,
      zip_code: r.zipCode,
      geo_location: r.geoLocation,
      twitter_handles: r.twitterHandles,
      websites: r.websites,
      instant_messengers: r.instantMessengers,
    }),
  },
  'profile-summary': {
    table: 'profile_summaries',
    blankClears: true,
    values: (r) => ({ text: r.text }),
  },
  positions: {
    table: 'positions',
    blankClears: false,
    values: (r) => ({
      company_name: r.companyName,
      title: r.title,
      description: r.description,
      location: r.location,
      started_on: r.startedOn,
      finished_on: r.finishedOn,
    }),
  },
  education: {
    table: 'education',
    blankClears: false,
    values: (r) => ({
      school_name: r.schoolName,
      start_date: r.startDate,
      end_date: r.endDate,
      notes: r.notes,
      degree_name: r.degreeName,
      activities: r.activities,
    }),
  },
  skills: { table: 'skills', blankClears: false, values: (r) => ({ name: r.name }) },
  'rich-media': {
    table: 'rich_media',
    blankClears: false,
    values: (r) => ({
      media_kind: r.mediaKind,
      uploaded_at: r.uploadedAt,
      description: r.description,
      media_link: r.mediaLink,
    }),
  },
  connections: {
    table: 'connections',
    aliased: true,
    blankClears: false,
    values: (r) => ({
      first_name: r.firstName,
      last_name: r.lastName,
      name_norm: r.nameNorm,
      profile_url: r.profileUrl,
      email: r.email,
      company: r.company,
      position: r.position,
      connected_on: r.connectedOn,
      hidden: flag(r.hidden),
    }),
    insertOnly: (seq) => ({ first_import_seq: seq }),
  },
  invitations: {
    table: 'invitations',
    aliased: true,
    blankClears: false,
    values: (r) => ({
      direction: r.direction,
      from_name: r.fromName,
      to_name: r.toName,
      other_name: r.otherName,
      other_name_norm: r.otherNameNorm,
      other_profile_url: r.otherProfileUrl,
      other_person_key: r.otherPersonKey,
      owner_profile_url: r.ownerProfileUrl,
      sent_at: r.sentAt,
      message: r.message,
    }),
    insertOnly: (seq) => ({ first_import_seq: seq, last_seen_seq: seq }),
  },
  messages: {
    table: 'messages',
    blankClears: false,
    values: (r) => ({
      conversation_id: r.conversationId,
      conversation_title: r.conversationTitle,
      sender_name: r.senderName,
      sender_profile_url: r.senderProfileUrl,
      sender_key: r.senderKey,
      recipient_names: r.recipientNames,
      recipient_profile_urls: r.recipientProfileUrls,
      sent_at: r.sentAt,
      subject: r.subject,
      content: r.content,
      folder: r.folder,
      attachments: r.attachments,
      is_draft: flag(r.isDraft),
      from_owner: flag(r.fromOwner),
    }),
    insertOnly: (seq) => ({ first_import_seq: seq }),
    identityColumns: ['conversation_id', 'sent_at', 'sender_key', 'content'],
  },
  shares: {
    table: 'shares',
    blankClears: false,
    values: (r) => ({
      shared_at: r.sharedAt,
      share_link: r.shareLink,
      commentary: r.commentary,
      shared_url: r.sharedUrl,
      media_url: r.mediaUrl,
      visibility: r.visibility,
    }),
  },
  comments: {
    table: 'comments',
    blankClears: false,
    values: (r) => ({ commented_at: r.commentedAt, link: r.link, message: r.message }),
    identityColumns: ['commented_at', 'link', 'message'],
  },
  reactions: {
    table: 'reactions',
    blankClears: false,
    values: (r) => ({ reacted_at: r.reactedAt, reaction_type: r.reactionType, link: r.link }),
    identityColumns: ['reacted_at', 'reaction_type', 'link'],
  },
  notes: {
    table: 'notes',
    blankClears: false,
    values: (r) => ({
      person_key: r.personKey,
      first_name: r.firstName,
      last_name: r.lastName,
      profile_url: r.profileUrl,
      note: r.note,
      created_at: r.createdAt,
      edited_at: r.editedAt,
    }),
  },
  'company-follows': {
    table: 'company_follows',
    blankClears: false,
    values: (r) => ({ organization: r.organization, followed_at: r.followedAt }),
  },
  'endorsements-received': endorsementSpec,
  'endorsements-given': endorsementSpec,
  'recommendations-received': recommendationSpec,
  'recommendations-given': recommendationSpec,
};
