import { z } from 'zod';
import type { ChangelogSkipProblem } from './changelog-skip-problem.js';

/**
 * One Member Changelog event (../shared/formats/linkedin-dma-api.md §3.2), read leniently:
 * `method` is an open string (the docs list four values, live events also say `ACTION`), and
 * `activity` stays unknown until a resource's mapper reads what it needs.
 */
export interface ChangelogEvent {
  id: string;
  /** Epoch milliseconds; the polling cursor. */
  processedAt: number;
  capturedAt: number | undefined;
  owner: string | undefined;
  actor: string | undefined;
  resourceName: string;
  resourceId: string | undefined;
  resourceUri: string | undefined;
  method: string;
  methodName: string | undefined;
  activity: Readonly<Record<string, unknown>>;
  activityId: string | undefined;
  /** `SUCCESS`, `FAILURE`, `SUCCESSFUL_REPLAY`, or absent. */
  activityStatus: string | undefined;
}

const idLike = z.union([z.string(), z.number()]).transform(String);

const eventSchema = z.object({
  id: idLike,
  processedAt: z.number().int().nonnegative(),
  capturedAt: z.number().int().nonnegative().optional(),
  owner: z.string().optional(),
  actor: z.string().optional(),
  resourceName: z.string().min(1),
  resourceId: idLike.optional(),
  resourceUri: z.string().optional(),
  method: z.string().min(1),
  methodName: z.string().optional(),
  activity: z.record(z.string(), z.unknown()).nullish(),
  activityId: idLike.optional(),
  activityStatus: z.string().optional(),
});

/** An event, or why it cannot be read (the field, never its value). */
export function parseChangelogEvent(
  value: unknown,
): ChangelogEvent | { problem: Extract<ChangelogSkipProblem, { kind: 'event-shape' }> } {
  const parsed = eventSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(event)';
    return { problem: { kind: 'event-shape', field } };
  }
  const event = parsed.data;
  return {
    id: event.id,
    processedAt: event.processedAt,
    capturedAt: event.capturedAt,
    owner: event.owner,
    actor: event.actor,
    resourceName: event.resourceName,
    resourceId: event.resourceId,
    resourceUri: event.resourceUri,
    method: event.method.toUpperCase(),
    methodName: event.methodName,
    activity: event.activity ?? {},
    activityId: event.activityId,
    activityStatus: event.activityStatus,
  };
}

/**
 * The events to apply, oldest first. `startTime` is inclusive, so the last event of a poll comes
 * back in the next one: events are unique by `id`. Processing may be retried, so records of one
 * `activityId` are grouped and the last one that did not fail wins (a lone `FAILURE` is kept:
 * it is all there is).
 */
export function selectChangelogEvents(events: readonly ChangelogEvent[]): ChangelogEvent[] {
  const byId = new Map<string, ChangelogEvent>();
  for (const event of events) byId.set(event.id, event);
  const ordered = [...byId.values()].sort(
    (a, b) => a.processedAt - b.processedAt || compareIds(a.id, b.id),
  );
  const chosen = new Map<string, ChangelogEvent>();
  for (const event of ordered) {
    // Processing attempts share the activity id and act on the same resource the same way.
    const group =
      event.activityId === undefined
        ? `id:${event.id}`
        : `a:${event.activityId}|${event.resourceName}|${event.resourceId ?? ''}|${event.method}`;
    const earlier = chosen.get(group);
    if (earlier && event.activityStatus === 'FAILURE' && earlier.activityStatus !== 'FAILURE') {
      continue;
    }
    chosen.set(group, event);
  }
  return [...chosen.values()].sort(
    (a, b) => a.processedAt - b.processedAt || compareIds(a.id, b.id),
  );
}

/** Numeric ids compare as numbers, others as text. */
function compareIds(a: string, b: string): number {
  if (/^\d+$/u.test(a) && /^\d+$/u.test(b))
    return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The next `startTime`: the latest `processedAt` seen (the API repeats that event next time). */
export function nextChangelogCursor(
  previous: number | null,
  events: readonly { processedAt: number }[],
): number | null {
  let cursor = previous;
  for (const event of events) {
    if (cursor === null || event.processedAt > cursor) cursor = event.processedAt;
  }
  return cursor;
}

/** The changelog keeps 28 days. */
export const changelogRetentionMs = 28 * 24 * 60 * 60 * 1000;

/**
 * Whether events may have been missed: the last changelog read (ISO 8601) is older than the
 * 28 days LinkedIn keeps. The cursor itself may be old without a gap (a quiet month).
 */
export function hasChangelogGap(lastSyncAt: string | null, now: Date): boolean {
  if (lastSyncAt === null) return false;
  const last = Date.parse(lastSyncAt);
  return !Number.isNaN(last) && now.getTime() - last > changelogRetentionMs;
}
