import { parseActivityDateTime } from './export-dates.js';
import type { CommentRecord, ReactionRecord, ShareRecord } from './export-records.js';
import { hashTextHex } from './hash-text.js';
import type { RowMapperFactory } from './mapping-context.js';
import { orNull, textOrNull, withOccurrence } from './mapping-context.js';

const activityDateExample = '2025-03-04 09:07:12';

/**
 * Shares.csv wraps each line of a multi-line `ShareCommentary` in its own quotes; after CSV
 * decoding the text reads `line one."` / `""` / `"line two`. Strips those wrappers when every
 * line shows them, and leaves any other text alone.
 */
export function unwrapShareCommentary(text: string): string {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  if (lines.length < 2) return text;
  const last = lines.length - 1;
  const wrapped = lines.every(
    (line, index) =>
      (index === 0 || line.startsWith('"')) &&
      (index === last || line.endsWith('"')) &&
      !(index > 0 && index < last && line.length < 2),
  );
  if (!wrapped) return text;
  return lines
    .map((line, index) => {
      let unwrapped = line;
      if (index > 0) unwrapped = unwrapped.slice(1);
      if (index < last) unwrapped = unwrapped.slice(0, -1);
      return unwrapped;
    })
    .join('\n');
}

/** Shares.csv: a post is its share link (an activity URN); without one, its date and text. */
export const mapShareRow: RowMapperFactory<ShareRecord> = (columns, context) => {
  const date = columns.text('Date');
  const link = columns.text('ShareLink');
  const commentary = columns.raw('ShareCommentary');
  const sharedUrl = columns.text('SharedUrl');
  const mediaUrl = columns.text('MediaUrl');
  const visibility = columns.text('Visibility');
  const counter = context.occurrences('shares');
  return (cells) => {
    const dateText = date(cells);
    if (dateText === '') return { kind: 'missing', column: 'Date' };
    const sharedAt = parseActivityDateTime(dateText);
    if (sharedAt === undefined) {
      return { kind: 'not-a-date', column: 'Date', value: dateText, example: activityDateExample };
    }
    const shareLink = orNull(link(cells));
    const raw = textOrNull(commentary(cells));
    const text = raw === null ? null : unwrapShareCommentary(raw);
    return {
      key:
        shareLink !== null
          ? `l:${shareLink}`
          : withOccurrence(counter, `d:${sharedAt}|${hashTextHex(text ?? '')}`),
      sharedAt,
      shareLink,
      commentary: text,
      sharedUrl: orNull(sharedUrl(cells)),
      mediaUrl: orNull(mediaUrl(cells)),
      visibility: orNull(visibility(cells)),
    };
  };
};

/** Comments.csv (and `Comments_<n>.csv`): a comment is its date, post and text. */
export const mapCommentRow: RowMapperFactory<CommentRecord> = (columns, context) => {
  const date = columns.text('Date');
  const link = columns.text('Link');
  const message = columns.raw('Message');
  const counter = context.occurrences('comments');
  return (cells) => {
    const dateText = date(cells);
    if (dateText === '') return { kind: 'missing', column: 'Date' };
    const commentedAt = parseActivityDateTime(dateText);
    if (commentedAt === undefined) {
      return { kind: 'not-a-date', column: 'Date', value: dateText, example: activityDateExample };
    }
    const linkText = orNull(link(cells));
    const text = textOrNull(message(cells));
    return {
      key: withOccurrence(
        counter,
        `${commentedAt}|${linkText ?? ''}|${hashTextHex((text ?? '').trim())}`,
      ),
      commentedAt,
      link: linkText,
      message: text,
    };
  };
};

/** Reactions.csv: one reaction per post and time. */
export const mapReactionRow: RowMapperFactory<ReactionRecord> = (columns, context) => {
  const date = columns.text('Date');
  const type = columns.text('Type');
  const link = columns.text('Link');
  const counter = context.occurrences('reactions');
  return (cells) => {
    const dateText = date(cells);
    if (dateText === '') return { kind: 'missing', column: 'Date' };
    const reactedAt = parseActivityDateTime(dateText);
    if (reactedAt === undefined) {
      return { kind: 'not-a-date', column: 'Date', value: dateText, example: activityDateExample };
    }
    const reactionType = orNull(type(cells).toUpperCase());
    const linkText = orNull(link(cells));
    return {
      key: withOccurrence(counter, `${reactedAt}|${reactionType ?? ''}|${linkText ?? ''}`),
      reactedAt,
      reactionType,
      link: linkText,
    };
  };
};
