/**
 * Each export file writes dates its own way (docs/formats.md, "Dates"). Every parser returns an
 * ISO 8601 UTC string, or undefined when the text is not in its format. Times without a zone
 * are read as UTC (DEVELOPERS.md).
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function isoOrUndefined(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`;
}

/** Two-digit years in the export are this century. */
const fullYear = (year: number): number => (year < 100 ? 2000 + year : year);

/** Invitations `Sent At`, Recommendations, Registration: `3/4/25, 9:07 AM` (US, 12-hour, no zone). */
export function parseUsDateTime(text: string): string | undefined {
  const match =
    /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?\s*$/u.exec(
      text.replace(/[\u202f\u00a0]/g, ' '),
    );
  if (!match) return undefined;
  const [, month, day, year, hour, minute, second, meridiem] = match;
  let hours = Number(hour) % 12;
  if (meridiem?.toLowerCase() === 'p') hours += 12;
  return isoOrUndefined(
    fullYear(Number(year)),
    Number(month),
    Number(day),
    hours,
    Number(minute),
    Number(second ?? 0),
  );
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The exact form of messages.csv, a million times per import: checked without a Date. */
const messagesDate = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: UTC)?$/u;

/** messages `DATE` (`2025-03-04 09:07:12 UTC`) and the zone-less activity files (`2025-03-04 09:07:12`). */
export function parseIsoLikeDateTime(text: string): string | undefined {
  const fast = messagesDate.exec(text);
  if (fast) {
    const year = Number(fast[1]);
    const month = Number(fast[2]);
    const day = Number(fast[3]);
    const lastDay = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] ?? 0);
    if (
      day < 1 ||
      day > lastDay ||
      Number(fast[4]) > 23 ||
      Number(fast[5]) > 59 ||
      Number(fast[6]) > 59
    ) {
      return undefined;
    }
    return `${text.slice(0, 10)}T${text.slice(11, 19)}Z`;
  }
  const match =
    /^\s*(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|GMT|Z|\+00:?00)?\s*$/u.exec(
      text,
    );
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return isoOrUndefined(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
}

/**
 * Shares, Comments, Reactions `Date` (`2025-03-04 09:07:12`), and the same cell after an Excel
 * re-save (US locale): `3/4/2025 9:07`, 24-hour, the seconds gone.
 */
export function parseActivityDateTime(text: string): string | undefined {
  const iso = parseIsoLikeDateTime(text);
  if (iso !== undefined) return iso;
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/u.exec(text);
  if (!match) return undefined;
  const [, month, day, year, hour, minute, second] = match;
  return isoOrUndefined(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
}

/**
 * English month abbreviations, as every measured export writes them; and, in case LinkedIn
 * writes the member's interface language (unverified, docs/formats.md), the Dutch, German,
 * French and Spanish ones that differ from English in their first three letters.
 */
const monthNumbers: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  ene: 1,
  fév: 2,
  févr: 2,
  mrt: 3,
  mär: 3,
  mrz: 3,
  avr: 4,
  abr: 4,
  mei: 5,
  mai: 5,
  juin: 6,
  juil: 7,
  juillet: 7,
  aoû: 8,
  août: 8,
  ago: 8,
  okt: 10,
  dez: 12,
  déc: 12,
  dic: 12,
};

/** A month name or abbreviation (`Feb`, `February`, `Sept`, `mrt`, `févr.`), or undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return monthNumbers[lower] ?? monthNumbers[lower.slice(0, 3)];
}

/** `YYYY-MM-DD`, or undefined when the day does not exist. */
function isoDateOrUndefined(year: number, month: number, day: number): string | undefined {
  return isoOrUndefined(year, month, day)?.slice(0, 10);
}

/**
 * Connections `Connected On`: `08 Feb 2026` (also a full month name), and the Excel re-save
 * forms `8-Feb-26` / `29-Feb-20`. Returns `YYYY-MM-DD`.
 */
export function parseConnectedOn(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\.?[\s-]+(\p{L}{3,9}\.?)[\s-]+(\d{2}|\d{4})\s*$/u.exec(text);
  if (!match) return undefined;
  const [, day, monthName, year] = match;
  const month = monthNumber(monthName ?? '');
  if (month === undefined) return undefined;
  return isoDateOrUndefined(fullYear(Number(year)), month, Number(day));
}

/** Company Follows `Followed On`, Logins: Java's `Date.toString()`, `Tue Mar 04 09:07:12 UTC 2025`. */
export function parseJavaDateTime(text: string): string | undefined {
  const match =
    /^\s*[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(?:UTC|GMT)\s+(\d{4})\s*$/u.exec(
      text,
    );
  if (!match) return undefined;
  const [, monthName, day, hour, minute, second, year] = match;
  const month = monthNumber(monthName ?? '');
  if (month === undefined) return undefined;
  return isoOrUndefined(
    Number(year),
    month,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
}

/**
 * Positions, Certifications, Education: `Mar 2021` gives `2021-03`, a bare `2015` gives `2015`.
 * The MIT fixtures write `01 Oct 2022`; that gives `2022-10` too.
 */
export function parseMonthYear(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}$/u.test(trimmed)) return trimmed;
  const match = /^(?:\d{1,2}\s+)?([A-Za-z]{3,9}\.?)\s+(\d{4})$/u.exec(trimmed);
  if (!match) return undefined;
  const month = monthNumber(match[1] ?? '');
  if (month === undefined) return undefined;
  return `${match[2]}-${pad(month)}`;
}

/** Publications, Rich_Media: `March 4, 2025` or `Mar 4, 2025`, optionally `at 9:07 AM`. */
function parseMonthDayYear(text: string): string | undefined {
  const match =
    /^\s*([A-Za-z]{3,9}\.?)\s+(\d{1,2}),\s*(\d{4})(?:\s+at\s+(\d{1,2}):(\d{2})\s*([AaPp])\.?[Mm]\.?)?\s*$/u.exec(
      text.replace(/[\u202f\u00a0]/g, ' '),
    );
  if (!match) return undefined;
  const [, monthName, day, year, hour, minute, meridiem] = match;
  const month = monthNumber(monthName ?? '');
  if (month === undefined) return undefined;
  let hours = hour === undefined ? 0 : Number(hour) % 12;
  if (meridiem?.toLowerCase() === 'p') hours += 12;
  return isoOrUndefined(Number(year), month, Number(day), hours, Number(minute ?? 0));
}

/** What a Rich_Media.csv `Date/Time` sentence says: the kind of upload and when. */
export interface RichMediaEvent {
  /** `profile photo`, `feed photo`, `video`, `profile background photo`, ... */
  kind: string;
  /** ISO 8601 UTC. */
  at: string;
}

/**
 * Rich_Media `Date/Time` holds a sentence: `You uploaded a profile photo on March 4, 2025 at
 * 9:07 AM (GMT)`. The article and the trailing zone are optional.
 */
export function parseRichMediaSentence(text: string): RichMediaEvent | undefined {
  const match =
    /^\s*You\s+uploaded\s+(?:an?\s+)?(.+?)\s+on\s+(.+?)\s*(?:\((?:GMT|UTC)\))?\s*$/iu.exec(text);
  if (!match) return undefined;
  const at = parseMonthDayYear(match[2] ?? '');
  if (at === undefined) return undefined;
  return { kind: (match[1] ?? '').toLowerCase(), at };
}
