import { AppError } from '../core/errors/app-error.js';
import type { LinkedInApi } from './linkedin-api.js';

/** The page size LinkedIn recommends (§1.7: "count=10 … The upper limit is 50"). */
export const changelogPageSize = 10;
export const defaultMaxChangelogPages = 2_000;

export interface FetchedChangelog {
  /** The raw elements, oldest first as LinkedIn sends them. */
  events: unknown[];
  pages: number;
  /** False when the page cap was reached: the rest comes next time from the new cursor. */
  complete: boolean;
}

/**
 * Reads the Member Changelog from `startTime` (inclusive, epoch ms; none on the first sync, which
 * gives the last 28 days). Within one `startTime` window `start` is an item offset (§3.1); a
 * short page is the last. A 404 here is an error, not "empty".
 */
export async function fetchChangelog(
  api: LinkedInApi,
  options: { startTime: number | null; count?: number; maxPages?: number },
): Promise<FetchedChangelog> {
  const count = Math.min(50, Math.max(1, options.count ?? changelogPageSize));
  const maxPages = options.maxPages ?? defaultMaxChangelogPages;
  const events: unknown[] = [];
  for (let page = 0; page < maxPages; page += 1) {
    const response = await api.get('memberChangeLogs', {
      q: 'memberAndApplication',
      count,
      start: events.length,
      startTime: options.startTime ?? undefined,
    });
    const elements = (response.body as { elements?: unknown } | undefined)?.elements;
    if (!Array.isArray(elements)) {
      throw new AppError('linkedin-request-failed', {
        reason: "memberChangeLogs: no 'elements' list in the answer",
      });
    }
    events.push(...(elements as unknown[]));
    if (elements.length < count) return { events, pages: page + 1, complete: true };
  }
  return { events, pages: maxPages, complete: false };
}

export interface MemberAuthorization {
  /** The member's person URN (the `owner` of changelog events). */
  memberUrn: string | null;
  /** ISO 8601: since when LinkedIn archives the member's changelog. */
  regulatedAt: string | null;
  registered: boolean;
}

/**
 * The consent check (§4.1): a valid token answers 200; an empty list means LinkedIn has not
 * registered the member for archiving (yet: it usually takes a few minutes).
 */
export async function checkMemberAuthorization(api: LinkedInApi): Promise<MemberAuthorization> {
  const response = await api.get('memberAuthorizations', { q: 'memberAndApplication' });
  const elements = (response.body as { elements?: unknown } | undefined)?.elements;
  const first = Array.isArray(elements)
    ? (elements[0] as
        | {
            memberComplianceAuthorizationKey?: { member?: unknown };
            regulatedAt?: unknown;
          }
        | undefined)
    : undefined;
  if (first === undefined) return { memberUrn: null, regulatedAt: null, registered: false };
  const member = first.memberComplianceAuthorizationKey?.member;
  const regulatedAt = first.regulatedAt;
  return {
    memberUrn: typeof member === 'string' ? member : null,
    regulatedAt: typeof regulatedAt === 'number' ? new Date(regulatedAt).toISOString() : null,
    registered: true,
  };
}
