import type { IsoWeek } from './iso-week.js';
import { addDays, isoWeekOf, lastIsoWeeks, localDate } from './iso-week.js';
import type { ActivityFact } from './network-facts.js';

export interface WeekActivity {
  week: string;
  monday: string;
  posts: number;
  comments: number;
  reactions: number;
}

export interface Visibility {
  weeks: WeekActivity[];
  /** True when there was no post or comment in the last 14 days: time to show up again. */
  nudge: boolean;
  lastPostOrCommentAt: string | null;
}

/**
 * Playbook §6, stay visible: posts (Shares), comments and reactions per ISO week for the last
 * `weekCount` weeks in the user's time zone, oldest first.
 */
export function summariseVisibility(
  activity: readonly ActivityFact[],
  now: Date,
  timeZone: string,
  weekCount = 12,
): Visibility {
  const weeks: IsoWeek[] = lastIsoWeeks(now, timeZone, weekCount);
  const rows = new Map<string, WeekActivity>(
    weeks.map((week) => [
      week.key,
      { week: week.key, monday: week.monday, posts: 0, comments: 0, reactions: 0 },
    ]),
  );
  let lastPostOrComment: string | null = null;
  for (const item of activity) {
    const row = rows.get(isoWeekOf(new Date(item.at), timeZone).key);
    if (row) {
      if (item.type === 'share') row.posts += 1;
      else if (item.type === 'comment') row.comments += 1;
      else row.reactions += 1;
    }
    if (item.type !== 'reaction' && (!lastPostOrComment || item.at > lastPostOrComment))
      lastPostOrComment = item.at;
  }
  const twoWeeksAgo = addDays(localDate(now, timeZone), -14);
  const nudge =
    !lastPostOrComment || localDate(new Date(lastPostOrComment), timeZone) < twoWeeksAgo;
  return { weeks: [...rows.values()], nudge, lastPostOrCommentAt: lastPostOrComment };
}
