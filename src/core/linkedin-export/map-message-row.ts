import { parseIsoLikeDateTime } from './export-dates.js';
import type { MessageRecord } from './export-records.js';
import { hashText64 } from './hash-text.js';
import type { RowMapperFactory } from './mapping-context.js';
import { orNull, textOrNull } from './mapping-context.js';
import { normalizePersonName, normalizeProfileUrl, personKeyFor } from './profile-url.js';

/** Degree and name suffixes that follow ", " inside one name in `TO` (`Jane Doe, Ph.D.`). */
const nameSuffix =
  /^(?:ph\.?\s?d\.?|jr\.?|sr\.?|mba|msc|bsc|ma|ba|md|ll\.?m\.?|cpa|pmp|[ivx]{1,4})$/iu;

/** Splits `TO` (joined with ", ") into names, keeping suffixes with their name. */
export function splitRecipientNames(to: string): string[] {
  const names: string[] = [];
  for (const piece of to.split(/,\s+/u)) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    if (names.length > 0 && nameSuffix.test(trimmed)) names[names.length - 1] += `, ${trimmed}`;
    else names.push(trimmed);
  }
  return names;
}

const isYes = (text: string): boolean => /^(?:yes|true|1)$/iu.test(text.trim());

/**
 * messages.csv in every layout from 9 to 13 columns. A message has no id in the export, so it
 * is keyed by conversation, date, sender and content, plus how often that combination occurred
 * before in this import: re-imports never double a message, and a message really sent twice
 * in the same second stays two.
 */
export const mapMessageRow: RowMapperFactory<MessageRecord> = (columns, context) => {
  const conversationId = columns.text('CONVERSATION ID');
  const conversationTitle = columns.text('CONVERSATION TITLE');
  const from = columns.text('FROM');
  const senderUrl = columns.text('SENDER PROFILE URL');
  const to = columns.text('TO');
  const recipientUrls = columns.text('RECIPIENT PROFILE URLS');
  const dateText = columns.text('DATE');
  const subject = columns.raw('SUBJECT');
  const content = columns.raw('CONTENT');
  const folder = columns.text('FOLDER');
  const attachments = columns.text('ATTACHMENTS');
  const messageDraft = columns.text('IS MESSAGE DRAFT');
  const conversationDraft = columns.text('IS CONVERSATION DRAFT');
  const counter = context.occurrences('messages');
  const { owner } = context;

  return (cells) => {
    const conversation = conversationId(cells);
    if (conversation === '') return { kind: 'missing', column: 'CONVERSATION ID' };
    const date = dateText(cells);
    if (date === '') return { kind: 'missing', column: 'DATE' };
    const sentAt = parseIsoLikeDateTime(date);
    if (sentAt === undefined) {
      return {
        kind: 'not-a-date',
        column: 'DATE',
        value: date,
        example: '2025-03-04 09:07:12 UTC',
      };
    }
    const senderName = orNull(from(cells));
    const senderProfileUrl = orNull(senderUrl(cells));
    const senderKey = personKeyFor(senderProfileUrl ?? undefined, senderName ?? undefined) ?? null;
    const body = content(cells).replace(/\r\n?/gu, '\n');
    const identity = hashText64(
      `${conversation}\u0001${sentAt}\u0001${senderKey ?? ''}\u0001${body.trim()}`,
    );
    const key = `${identity.high.toString(16).padStart(8, '0')}${identity.low
      .toString(16)
      .padStart(8, '0')}:${counter.next(identity)}`;

    const recipientNames = orNull(to(cells));
    const recipientProfileUrls = orNull(recipientUrls(cells));
    const participants: MessageRecord['participants'][number][] = [];
    if (senderKey !== null) {
      participants.push({ key: senderKey, name: senderName, profileUrl: senderProfileUrl });
    }
    const urls = (recipientProfileUrls ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean);
    const names = splitRecipientNames(recipientNames ?? '');
    if (urls.length > 0) {
      urls.forEach((url, index) => {
        const normalized = normalizeProfileUrl(url);
        if (normalized === undefined) return;
        // Names line up with URLs only when the counts agree.
        const name = names.length === urls.length ? (names[index] ?? null) : null;
        participants.push({ key: `u:${normalized}`, name, profileUrl: url });
      });
    } else {
      for (const name of names) {
        participants.push({ key: `n:${normalizePersonName(name)}`, name, profileUrl: null });
      }
    }

    const folderName = orNull(folder(cells));
    const isDraft =
      isYes(messageDraft(cells)) ||
      isYes(conversationDraft(cells)) ||
      /^drafts?$/iu.test(folderName ?? '');
    const fromOwner =
      (senderKey !== null && owner.keys.has(senderKey)) ||
      (senderName !== null && owner.names.has(normalizePersonName(senderName)));
    return {
      key,
      conversationId: conversation,
      conversationTitle: orNull(conversationTitle(cells)),
      senderName,
      senderProfileUrl,
      senderKey,
      recipientNames,
      recipientProfileUrls,
      participants,
      sentAt,
      subject: textOrNull(subject(cells)),
      content: body,
      folder: folderName,
      attachments: orNull(attachments(cells)),
      isDraft,
      fromOwner,
    };
  };
};
