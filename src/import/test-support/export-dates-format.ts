/** LinkedIn's date formats, per file (docs/formats.md, "Dates"), for the generator. */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const hour12 = (date: Date): string => {
  const hours = date.getUTCHours();
  return `${hours % 12 === 0 ? 12 : hours % 12}:${pad(date.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'}`;
};

/** Connections `Connected On`: `08 Feb 2026`; an Excel re-save writes `8-Feb-26`. */
export function formatConnectedOn(date: Date, excel = false): string {
  const month = months[date.getUTCMonth()] as string;
  if (excel) return `${date.getUTCDate()}-${month}-${pad(date.getUTCFullYear() % 100)}`;
  return `${pad(date.getUTCDate())} ${month} ${date.getUTCFullYear()}`;
}

/** Invitations `Sent At`, Recommendations `Creation Date`: `3/4/25, 9:07 AM`. */
export function formatUsDateTime(date: Date): string {
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${pad(date.getUTCFullYear() % 100)}, ${hour12(date)}`;
}

/** `2025-03-04 09:07:12`, with `sep` between date parts and an optional ` UTC`. */
export function formatIsoLike(
  date: Date,
  options: { sep?: '-' | '/'; utc?: boolean } = {},
): string {
  const sep = options.sep ?? '-';
  const text = `${date.getUTCFullYear()}${sep}${pad(date.getUTCMonth() + 1)}${sep}${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return options.utc ? `${text} UTC` : text;
}

/** Company Follows `Followed On`: Java's `Tue Mar 04 09:07:12 UTC 2025`. */
export function formatJavaDate(date: Date): string {
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
}

/** Rich_Media `Date/Time`: `You uploaded a profile photo on March 4, 2025 at 9:07 AM (GMT)`. */
export function formatRichMediaSentence(kind: string, date: Date): string {
  return `You uploaded ${kind} on ${longMonths[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${hour12(date)} (GMT)`;
}

/** Positions `Started On`: `Mar 2021`. */
export function formatMonthYear(date: Date): string {
  return `${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** ISO 8601 UTC to the second, as the importer stores it. */
export const isoSeconds = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/** Minutes are all `Sent At` keeps: round down so expectations match. */
export const toMinute = (date: Date): Date => new Date(Math.floor(date.getTime() / 60000) * 60000);

export const addDays = (date: Date, days: number): Date =>
  new Date(date.getTime() + days * 86_400_000);
