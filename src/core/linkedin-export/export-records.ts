/**
 * Typed records of the export files netwerk imports, one per data row. Every record carries
 * its identity `key` (docs/formats.md, "Identity"); a `fallbackKey` is the key the same row had
 * in an older export era (a name where now there is a URL), so a newer export upgrades the old
 * row instead of adding a twin. Absent values are null, never ''.
 */

export interface ConnectionRecord {
  key: string;
  fallbackKey: string | null;
  firstName: string | null;
  lastName: string | null;
  /** First and last name, normalised for joining by name. */
  nameNorm: string | null;
  profileUrl: string | null;
  email: string | null;
  company: string | null;
  position: string | null;
  /** YYYY-MM-DD. */
  connectedOn: string;
  /** A hidden or closed profile: LinkedIn writes only the date. */
  hidden: boolean;
}

export type InvitationDirection = 'incoming' | 'outgoing';

export interface InvitationRecord {
  key: string;
  fallbackKey: string | null;
  direction: InvitationDirection;
  fromName: string | null;
  toName: string | null;
  /** The party that is not the owner: the inviter of an incoming invitation, else the invitee. */
  otherName: string | null;
  otherNameNorm: string | null;
  otherProfileUrl: string | null;
  otherPersonKey: string;
  /** The owner's own side, when the export says it (inviter/invitee URL columns, late 2023). */
  ownerName: string | null;
  ownerProfileUrl: string | null;
  /** ISO 8601 UTC. */
  sentAt: string;
  message: string | null;
}

export interface MessageRecord {
  key: string;
  conversationId: string;
  conversationTitle: string | null;
  senderName: string | null;
  senderProfileUrl: string | null;
  senderKey: string | null;
  recipientNames: string | null;
  recipientProfileUrls: string | null;
  /**
   * Person keys of the sender and every recipient, on the first message of a conversation
   * that has them (later messages with the same people carry an empty list).
   */
  participants: readonly { key: string; name: string | null; profileUrl: string | null }[];
  /** ISO 8601 UTC. */
  sentAt: string;
  subject: string | null;
  content: string;
  folder: string | null;
  attachments: string | null;
  isDraft: boolean;
  fromOwner: boolean;
}

export interface ProfileRecord {
  key: string;
  firstName: string | null;
  lastName: string | null;
  maidenName: string | null;
  address: string | null;
  birthDate: string | null;
  headline: string | null;
  summary: string | null;
  industry: string | null;
  zipCode: string | null;
  geoLocation: string | null;
  twitterHandles: string | null;
  websites: string | null;
  instantMessengers: string | null;
}

export interface ProfileSummaryRecord {
  key: string;
  text: string | null;
}

export interface PositionRecord {
  key: string;
  companyName: string | null;
  title: string | null;
  description: string | null;
  location: string | null;
  /** `YYYY-MM` or `YYYY` when the export says; else the text as written. */
  startedOn: string | null;
  finishedOn: string | null;
}

export interface EducationRecord {
  key: string;
  schoolName: string | null;
  startDate: string | null;
  endDate: string | null;
  notes: string | null;
  degreeName: string | null;
  activities: string | null;
}

export interface SkillRecord {
  key: string;
  name: string;
}

export interface RichMediaRecord {
  key: string;
  /** `profile photo`, `feed photo`, `video`... from the sentence in `Date/Time`. */
  mediaKind: string;
  /** ISO 8601 UTC. */
  uploadedAt: string;
  description: string | null;
  mediaLink: string | null;
}

export interface ShareRecord {
  key: string;
  sharedAt: string;
  shareLink: string | null;
  commentary: string | null;
  sharedUrl: string | null;
  mediaUrl: string | null;
  visibility: string | null;
}

export interface CommentRecord {
  key: string;
  commentedAt: string;
  link: string | null;
  message: string | null;
}

export interface ReactionRecord {
  key: string;
  reactedAt: string;
  reactionType: string | null;
  link: string | null;
}

export interface NoteRecord {
  key: string;
  personKey: string | null;
  firstName: string | null;
  lastName: string | null;
  profileUrl: string | null;
  note: string;
  createdAt: string | null;
  editedAt: string | null;
}

export interface CompanyFollowRecord {
  key: string;
  organization: string;
  followedAt: string | null;
}

export type GivenOrReceived = 'given' | 'received';

export interface EndorsementRecord {
  key: string;
  fallbackKey: string | null;
  direction: GivenOrReceived;
  /** The endorser of a received endorsement, the endorsee of a given one. */
  personKey: string;
  firstName: string | null;
  lastName: string | null;
  nameNorm: string | null;
  profileUrl: string | null;
  skillName: string;
  endorsedAt: string | null;
  status: string | null;
}

export interface RecommendationRecord {
  key: string;
  direction: GivenOrReceived;
  personKey: string;
  firstName: string | null;
  lastName: string | null;
  nameNorm: string | null;
  company: string | null;
  jobTitle: string | null;
  text: string | null;
  createdAt: string | null;
  status: string | null;
}

/** The record type each kind of export file gives. */
export interface ExportRecordByKind {
  profile: ProfileRecord;
  'profile-summary': ProfileSummaryRecord;
  positions: PositionRecord;
  education: EducationRecord;
  skills: SkillRecord;
  'rich-media': RichMediaRecord;
  connections: ConnectionRecord;
  invitations: InvitationRecord;
  messages: MessageRecord;
  shares: ShareRecord;
  comments: CommentRecord;
  reactions: ReactionRecord;
  notes: NoteRecord;
  'company-follows': CompanyFollowRecord;
  'endorsements-received': EndorsementRecord;
  'endorsements-given': EndorsementRecord;
  'recommendations-received': RecommendationRecord;
  'recommendations-given': RecommendationRecord;
}
