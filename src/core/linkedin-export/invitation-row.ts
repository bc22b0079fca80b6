import type { Invitation } from '../invitation/invitation.js';
import { parseIsoLikeDateTime, parseUsDateTime } from './export-dates.js';

/** One row of Invitations.csv, mapped by header name (the columns changed in late 2023). */
export interface ExportInvitation {
  from: string;
  to: string;
  /** ISO 8601 UTC, or undefined when the cell was not a date LinkedIn writes. */
  sentAt: string | undefined;
  sentAtText: string;
  message: string;
  direction: 'INCOMING' | 'OUTGOING';
  inviterProfileUrl?: string;
  inviteeProfileUrl?: string;
}

/** The header that tells an Invitations.csv apart from other CSV files. */
export function isInvitationsHeader(columns: readonly string[]): boolean {
  const names = new Set(columns.map((column) => column.trim().toLowerCase()));
  return ['from', 'to', 'sent at', 'direction'].every((name) => names.has(name));
}

export type RowProblem = { field: string; message: string };

/** Maps a row keyed by header into an invitation, or says which field is wrong. */
export function mapInvitationRow(
  row: Readonly<Record<string, string | undefined>>,
): ExportInvitation | RowProblem {
  const cell = (name: string): string => {
    const key = Object.keys(row).find(
      (column) => column.trim().toLowerCase() === name.toLowerCase(),
    );
    return key === undefined ? '' : (row[key] ?? '');
  };
  const direction = cell('Direction').trim().toUpperCase();
  if (direction !== 'INCOMING' && direction !== 'OUTGOING') {
    return {
      field: 'Direction',
      message: `expected INCOMING or OUTGOING, got "${cell('Direction')}"`,
    };
  }
  const sentAtText = cell('Sent At').trim();
  const inviter = cell('inviterProfileUrl').trim();
  const invitee = cell('inviteeProfileUrl').trim();
  return {
    from: cell('From').trim(),
    to: cell('To').trim(),
    sentAt: parseUsDateTime(sentAtText) ?? parseIsoLikeDateTime(sentAtText.replace(/\s*UTC$/, '')),
    sentAtText,
    message: cell('Message'),
    direction,
    ...(inviter ? { inviterProfileUrl: inviter } : {}),
    ...(invitee ? { inviteeProfileUrl: invitee } : {}),
  };
}

/**
 * An incoming export invitation as a triage input. The export has no photo, headline or
 * summary of the inviter, so those stay unknown (docs/formats.md).
 */
export function invitationFromExport(row: ExportInvitation, id: string): Invitation {
  return {
    id,
    ...(row.message.trim() ? { message: row.message } : {}),
    ...(row.sentAt ? { sentAt: row.sentAt } : {}),
    from: {
      name: row.from,
      ...(row.inviterProfileUrl ? { profileUrl: row.inviterProfileUrl } : {}),
    },
  };
}
