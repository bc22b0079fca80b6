/**
 * ISO 8601 weeks in the user's time zone (DEVELOPERS.md: week boundaries follow ISO weeks in the
 * user's zone). The zone is always passed in: the shell resolves the config or system zone.
 */
export interface IsoWeek {
  /** ISO week-numbering year. */
  year: number;
  week: number;
  /** `2026-W48` */
  key: string;
  /** The Monday that starts the week, `YYYY-MM-DD`, local to the zone. */
  monday: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone, as `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The ISO week of a local calendar date (`YYYY-MM-DD`). */
export function isoWeekOfDate(date: string): IsoWeek {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const weekday = (utc.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = new Date(utc.getTime() - weekday * 86_400_000);
  // The week belongs to the year of its Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const firstMonday = new Date(
    firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000,
  );
  const week = 1 + Math.round((monday.getTime() - firstMonday.getTime()) / (7 * 86_400_000));
  return {
    year: weekYear,
    week,
    key: `${weekYear}-W${String(week).padStart(2, '0')}`,
    monday: monday.toISOString().slice(0, 10),
  };
}

export function isoWeekOf(instant: Date, timeZone: string): IsoWeek {
  return isoWeekOfDate(localDate(instant, timeZone));
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The last `count` ISO weeks up to and including the one `now` is in, oldest first. */
export function lastIsoWeeks(now: Date, timeZone: string, count: number): IsoWeek[] {
  const thisMonday = isoWeekOf(now, timeZone).monday;
  return Array.from({ length: count }, (_, index) =>
    isoWeekOfDate(addDays(thisMonday, -7 * (count - 1 - index))),
  );
}
