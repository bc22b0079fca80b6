import type { ExportFileKind } from './export-file-kinds.js';
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
