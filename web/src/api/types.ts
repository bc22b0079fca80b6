/**
 * The shapes the API answers with (docs/formats.md, "Web app"). The domain types come from the
 * pure core; the views are restated here so the browser build never reads server code.
 */
import type { UserLanguage } from '../../../src/core/i18n/languages.js';
import type { RowProblem } from '../../../src/core/linkedin-export/row-problem.js';
import type { InvitationMark, InviterFacts } from '../../../src/core/invitation/inviter-facts.js';
import type { ProfileAudit } from '../../../src/core/profile/audit-profile.js';
import type { ProfileFacts } from '../../../src/core/profile/profile-facts.js';
import type { Interests, NoteLimits } from '../../../src/core/settings/user-settings.js';
import type { TriageResult, TriageVerdict } from '../../../src/core/triage/triage-result.js';
import type { Followup } from '../../../src/core/network/find-followups.js';
import type { Reconnect } from '../../../src/core/network/find-reconnects.js';
import type { StaleInvitation } from '../../../src/core/network/find-stale-invitations.js';
import type { Visibility } from '../../../src/core/network/weekly-visibility.js';
import type { DraftLanguage } from '../../../src/core/i18n/languages.js';

export type { InvitationMark, InviterFacts, TriageResult, TriageVerdict, UserLanguage };

export interface SettingsView {
  name: string;
  signature: string;
  language: UserLanguage;
  timeZone: string;
  systemTimeZone: string;
  account: 'premium' | 'free';
  interests: Interests;
  noteLimit: number;
  limits: NoteLimits;
}

export type SettingsInput = Omit<SettingsView, 'systemTimeZone' | 'noteLimit' | 'limits'>;

export type InvitationStatus = 'pending' | InvitationMark;

export interface InboxRow {
  id: string;
  name: string;
  sentAt: string;
  verdict: TriageVerdict;
  status: InvitationStatus;
  snippet: string;
}

export interface InboxList {
  rows: InboxRow[];
  counts: {
    byVerdict: Record<TriageVerdict, number>;
    byStatus: Record<InvitationStatus, number>;
  };
}

export interface InboxEntry {
  id: string;
  name: string;
  profileUrl: string | null;
  sentAt: string;
  message: string | null;
  facts: InviterFacts;
  status: InvitationStatus;
  triage: TriageResult;
}

export interface JobFile {
  name: string;
  kind: string;
  bytes: number;
  bytesRead: number;
  rows: number;
  done: boolean;
}

export interface FileSummary {
  name: string;
  kind: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Why each row was skipped, as a code with its facts: describeRowProblem says it. */
  skipped: { line: number; problem: RowProblem }[];
  skippedCount: number;
}

export interface SkippedFile {
  name: string;
  reason: 'not-imported' | 'unsafe-path' | 'encrypted' | 'unsupported-compression' | 'no-header';
  expected?: string[];
}

export interface ImportJob {
  id: string;
  source: string;
  status: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  files: JobFile[];
  summary: {
    seq: number;
    source: string;
    files: FileSummary[];
    skippedFiles: SkippedFile[];
  } | null;
  error: { code: string; message: Record<UserLanguage, string> } | null;
}

export interface ImportHistory {
  imports: {
    seq: number;
    source: string;
    exportedOn: string | null;
    startedAt: string;
    finishedAt: string;
  }[];
  stats: { connections: number; invitations: { pendingIncoming: number }; messages: number };
}

export interface MonthCount {
  month: string;
  count: number;
}

export interface NetworkCharts {
  connectionsPerMonth: MonthCount[];
  companies: { name: string; count: number }[];
  positions: { name: string; count: number }[];
  invitationsPerMonth: { month: string; sent: number; received: number; accepted: number }[];
  visibility: Visibility;
  totals: { connections: number; companies: number; invitations: number };
}

export interface PersonVoice {
  language: DraftLanguage;
  known: boolean;
}

export type FollowupWithDraft = Followup & { voice: PersonVoice; draft: string };
export type ReconnectWithDraft = Reconnect & { voice: PersonVoice; draft: string };
export type { StaleInvitation, Visibility };

export interface WeeklyPlan {
  week: { key: string; monday: string };
  invitations: { pending: number; byVerdict: Record<TriageVerdict, number> };
  followups: { count: number };
  reconnects: { count: number };
  sent: { count: number };
  visibility: Visibility;
  actions: string[];
}

export interface StoredEventView {
  eventId: string;
  name: string;
  createdAt: string;
  people: {
    name: string;
    topic: string;
    company: string | null;
    profileUrl: string | null;
    note: string;
    status: 'connected' | 'invited' | 'not-invited';
  }[];
}

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

export interface PhotoView {
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  faces: number;
  faceBoxes: FaceBox[];
}

export interface ProfileView {
  facts: ProfileFacts | null;
  audit: ProfileAudit | null;
}

export interface PhotoCheck extends ProfileView {
  photo: PhotoView;
}

/** GET /api/session: which server this is and who is signed in (the shared server). */
export interface SessionView {
  mode: 'single-user' | 'multi-user';
  username: string | null;
  /** Whether the server polls LinkedIn (GET /api/sync/status answers). */
  sync: boolean;
}

/** GET /api/sync/status: the LinkedIn link of a single-user server; never the token. */
export interface SyncStatusView {
  linked: boolean;
  tokenFrom: 'env' | 'file' | null;
  lastSyncAt: string | null;
  lastSnapshotAt: string | null;
  lastAttemptAt: string | null;
  lastError: { code: string; at: string; message: Record<UserLanguage, string> } | null;
  changelogCursor: string | null;
  changelogGap: boolean;
}
