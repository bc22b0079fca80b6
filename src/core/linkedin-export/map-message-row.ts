import { parseIsoLikeDateTime } from './export-dates.js';
import type { MessageRecord } from './export-records.js';
import { hashTexts64 } from './hash-text.js';
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

/** Seconds since 1970 in base 36, 7 digits wide (enough until 2080), so keys sort by time. */
const timeKey = (iso: string): string =>
  Math.max(0, Math.floor(Date.parse(iso) / 1000))
    .toString(36)
    .padStart(7, '0');

/**
 * Entries per memo: senders and conversations repeat, so a memo saves most normalising. Big
 * enough to hold every sender and conversation of a large export: a memo that keeps emptying
 * only feeds the garbage collector.
 */
const memoSize = 100_000;

/** The sender and every recipient of a message, as person keys. */
function participantsOf(
  senderKey: string | null,
  senderName: string | null,
  senderProfileUrl: string | null,
  recipientNames: string | null,
  recipientProfileUrls: string | null,
): MessageRecord['participants'] {
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
  return participants;
}

const noParticipants: MessageRecord['participants'] = [];

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
  const participantsSeen = new Map<string, [string | null, string | null, string | null][]>();
  const senderMemo = new Map<string, { key: string | null; nameNorm: string }>();

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
    const senderId = `${senderProfileUrl ?? ''}\u0001${senderName ?? ''}`;
    let sender = senderMemo.get(senderId);
    if (sender === undefined) {
      sender = {
        key: personKeyFor(senderProfileUrl ?? undefined, senderName ?? undefined) ?? null,
        nameNorm: normalizePersonName(senderName ?? ''),
      };
      if (senderMemo.size >= memoSize) senderMemo.clear();
      senderMemo.set(senderId, sender);
    }
    const senderKey = sender.key;
    const rawBody = content(cells);
    const body = rawBody.includes('\r') ? rawBody.replace(/\r\n?/gu, '\n') : rawBody;
    const identity = hashTexts64([conversation, sentAt, senderKey ?? '', body.trim()]);
    // The time first (base-36 seconds, fixed width): keys of one conversation sort together,
    // so the primary-key index grows at a few places instead of at random.
    const key = `${timeKey(sentAt)}-${identity.high.toString(16).padStart(8, '0')}${identity.low
      .toString(16)
      .padStart(8, '0')}:${counter.next(identity)}`;

    const recipientNames = orNull(to(cells));
    const recipientProfileUrls = orNull(recipientUrls(cells));
    // A conversation repeats its sender and recipients on every message: only the first
    // message with a new sender or recipient list carries its participants.
    let seen = participantsSeen.get(conversation);
    if (seen === undefined) {
      if (participantsSeen.size >= memoSize) participantsSeen.clear();
      seen = [];
      participantsSeen.set(conversation, seen);
    }
    let participants: MessageRecord['participants'] = noParticipants;
    if (
      !seen.some(
        ([key, names, urls]) =>
          key === senderKey && names === recipientNames && urls === recipientProfileUrls,
      )
    ) {
      seen.push([senderKey, recipientNames, recipientProfileUrls]);
      participants = participantsOf(
        senderKey,
        senderName,
        senderProfileUrl,
        recipientNames,
        recipientProfileUrls,
      );
    }

    const folderName = orNull(folder(cells));
    const isDraft =
      isYes(messageDraft(cells)) ||
      isYes(conversationDraft(cells)) ||
      /^drafts?$/iu.test(folderName ?? '');
    const fromOwner =
      (senderKey !== null && owner.keys.has(senderKey)) ||
      (sender.nameNorm !== '' && owner.names.has(sender.nameNorm));
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
