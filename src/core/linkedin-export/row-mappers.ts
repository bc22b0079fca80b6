import type { ExportFileKind } from './export-file-kinds.js';
import type { ColumnMap } from './export-headers.js';
import type { ExportRecordByKind } from './export-records.js';
import { mapCommentRow, mapReactionRow, mapShareRow } from './map-activity-rows.js';
import { mapConnectionRow } from './map-connection-row.js';
import { mapInvitationRow } from './map-invitation-row.js';
import { mapMessageRow } from './map-message-row.js';
import {
  endorsementMapper,
  mapCompanyFollowRow,
  mapNoteRow,
  recommendationMapper,
} from './map-people-rows.js';
import {
  mapEducationRow,
  mapPositionRow,
  mapProfileRow,
  mapProfileSummaryRow,
  mapRichMediaRow,
  mapSkillRow,
  repairRichMediaRow,
} from './map-profile-rows.js';
import type { RowMapperFactory } from './mapping-context.js';

/** The row mapper of each kind of export file. */
export const rowMappers: { [K in ExportFileKind]: RowMapperFactory<ExportRecordByKind[K]> } = {
  profile: mapProfileRow,
  'profile-summary': mapProfileSummaryRow,
  positions: mapPositionRow,
  education: mapEducationRow,
  skills: mapSkillRow,
  'rich-media': mapRichMediaRow,
  connections: mapConnectionRow,
  invitations: mapInvitationRow,
  messages: mapMessageRow,
  shares: mapShareRow,
  comments: mapCommentRow,
  reactions: mapReactionRow,
  notes: mapNoteRow,
  'company-follows': mapCompanyFollowRow,
  'endorsements-received': endorsementMapper('received'),
  'endorsements-given': endorsementMapper('given'),
  'recommendations-received': recommendationMapper('received'),
  'recommendations-given': recommendationMapper('given'),
};

/**
 * Rows of some kinds that LinkedIn may write with an unquoted comma, put back together before
 * their cells are counted (the rest of the row must still match the header).
 */
export const rowRepairs: Partial<
  Record<ExportFileKind, (columns: ColumnMap) => (cells: string[]) => string[]>
> = {
  'rich-media': repairRichMediaRow,
};
