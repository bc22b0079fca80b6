import { parseIsoLikeDateTime, parseUsDateTime } from './export-dates.js';
import type { InvitationRecord } from './export-records.js';
import type { RowMapperFactory } from './mapping-context.js';
import { orNull, textOrNull } from './mapping-context.js';
import { normalizePersonName, normalizeProfileUrl } from './profile-url.js';

/**
 * Invitations.csv, both eras (`From,To,Sent At,Message,Direction` and the late-2023 form with
 * `inviterProfileUrl,inviteeProfileUrl`). An invitation is identified by direction, the other
 * party and the time it was sent. The owner's own side teaches who the owner is.
 */
export const mapInvitationRow: RowMapperFactory<InvitationRecord> = (columns, context) => {
  const from = columns.text('From');
  const to = columns.text('To');
  const sentAtText = columns.text('Sent At');
  const message = columns.raw('Message');
  const directionText = columns.text('Direction');
  const inviterUrl = columns.text('inviterProfileUrl');
  const inviteeUrl = columns.text('inviteeProfileUrl');

  return (cells) => {
    const directionValue = directionText(cells).toUpperCase();
    if (directionValue !== 'INCOMING' && directionValue !== 'OUTGOING') {
      return {
        kind: 'invalid',
        column: 'Direction',
        value: directionText(cells),
        allowed: ['INCOMING', 'OUTGOING'],
      };
    }
    const sentText = sentAtText(cells);
    if (sentText === '') return { kind: 'missing', column: 'Sent At' };
    // The MIT fixtures write `1823-07-18 11:00:00 UTC`; real exports `3/4/25, 9:07 AM`.
    const sentAt = parseUsDateTime(sentText) ?? parseIsoLikeDateTime(sentText);
    if (sentAt === undefined) {
      return { kind: 'not-a-date', column: 'Sent At', value: sentText, example: '3/4/25, 9:07 AM' };
    }
    const direction = directionValue === 'INCOMING' ? 'incoming' : 'outgoing';
    const fromName = orNull(from(cells));
    const toName = orNull(to(cells));
    const fromUrl = orNull(inviterUrl(cells));
    const toUrl = orNull(inviteeUrl(cells));
    const [otherName, otherUrl, ownerName, ownerUrl] =
      direction === 'incoming'
        ? [fromName, fromUrl, toName, toUrl]
        : [toName, toUrl, fromName, fromUrl];
    const otherNameNorm = orNull(normalizePersonName(otherName ?? ''));
    const normalizedOtherUrl = normalizeProfileUrl(otherUrl ?? undefined);
    if (normalizedOtherUrl === undefined && otherNameNorm === null) {
      return { kind: 'missing', column: direction === 'incoming' ? 'From' : 'To' };
    }
    const nameKey = otherNameNorm === null ? null : `n:${otherNameNorm}`;
    const otherPersonKey =
      normalizedOtherUrl === undefined ? (nameKey as string) : `u:${normalizedOtherUrl}`;
    const normalizedOwnerUrl = normalizeProfileUrl(ownerUrl ?? undefined);
    if (normalizedOwnerUrl !== undefined) context.owner.keys.add(`u:${normalizedOwnerUrl}`);
    const ownerNameNorm = normalizePersonName(ownerName ?? '');
    if (ownerNameNorm !== '') context.owner.names.add(ownerNameNorm);
    return {
      key: `${direction}|${otherPersonKey}|${sentAt}`,
      fallbackKey:
        normalizedOtherUrl !== undefined && nameKey !== null
          ? `${direction}|${nameKey}|${sentAt}`
          : null,
      direction,
      fromName,
      toName,
      otherName,
      otherNameNorm,
      otherProfileUrl: otherUrl,
      otherPersonKey,
      ownerName,
      ownerProfileUrl: ownerUrl,
      sentAt,
      message: textOrNull(message(cells)),
    };
  };
};
