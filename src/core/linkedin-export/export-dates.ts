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

/** messages `DATE` (`2025-03-04 09:07:12 UTC`) and the zone-less activity files (`2025-03-04 09:07:12`). */
export function parseIsoLikeDateTime(text: string): string | undefined {
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
