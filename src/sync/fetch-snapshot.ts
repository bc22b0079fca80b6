import { createHash } from 'node:crypto';
import { AppError } from '../core/errors/app-error.js';
import type { SnapshotRow } from '../core/linkedin-sync/map-snapshot-rows.js';
import type { SnapshotDomain } from '../core/linkedin-sync/snapshot-domains.js';
import type { LinkedInApi } from './linkedin-api.js';

/**
 * How one snapshot domain was read:
 * - `read`: to its end (a 404 after the first page, a page without a `next` link, or a page
 *   that repeats the one before);
 * - `empty`: a 404 on the first page (nothing there, or not processed yet after consent);
 * - `not-supported`: LinkedIn answered 400 for the domain (e.g. "domain is not supported");
 * - `incomplete`: the page cap was reached first.
 */
export type SnapshotDomainStatus = 'read' | 'empty' | 'not-supported' | 'incomplete';

export interface FetchedSnapshotDomain {
  domain: SnapshotDomain;
  status: SnapshotDomainStatus;
  pages: number;
  /** Rows handed to `onRows`. */
  rows: number;
  /** LinkedIn's reason for a 400. */
  message?: string;
}

export const defaultMaxSnapshotPages = 500;

interface SnapshotPage {
  rows: SnapshotRow[];
  hasNext: boolean;
}

/** Reads one page body; throws when it is not the documented shape. */
function readPage(body: unknown, domain: SnapshotDomain): SnapshotPage {
  const page = body as {
    elements?: unknown;
    paging?: { links?: { rel?: unknown }[] };
  } | null;
  if (typeof page !== 'object' || page === null || !Array.isArray(page.elements)) {
    throw new AppError('linkedin-request-failed', {
      reason: `memberSnapshotData ${domain}: no 'elements' list in the answer`,
    });
  }
  const rows: SnapshotRow[] = [];
  for (const element of page.elements as unknown[]) {
    const { snapshotDomain, snapshotData } = (element ?? {}) as {
      snapshotDomain?: unknown;
      snapshotData?: unknown;
    };
    // Without a domain filter LinkedIn sends every domain; with one, only that one.
    if (snapshotDomain !== undefined && snapshotDomain !== domain) continue;
    if (!Array.isArray(snapshotData)) continue;
    for (const row of snapshotData as unknown[]) {
      if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
        rows.push(row as SnapshotRow);
      }
    }
  }
  const links = Array.isArray(page.paging?.links) ? page.paging.links : [];
  return { rows, hasNext: links.some((link) => link?.rel === 'next') };
}

/**
 * Reads a snapshot domain page by page as the API behaves (§2.3): `start` is a page index (0, 1,
 * 2…), a 404 ends the data, `paging.total` is not trusted, and the `next` link's URL is never
 * followed (the token goes to the base URL only).
 */
export async function fetchSnapshotDomain(
  api: LinkedInApi,
  domain: SnapshotDomain,
  options: {
    /** Takes each page's rows as they come (to a spool file: a domain can be large). */
    onRows: (rows: SnapshotRow[]) => Promise<void> | void;
    maxPages?: number;
    onPage?: (page: number, rows: number) => void;
  },
): Promise<FetchedSnapshotDomain> {
  const maxPages = options.maxPages ?? defaultMaxSnapshotPages;
  let rows = 0;
  let previousHash: string | undefined;
  for (let start = 0; start < maxPages; start += 1) {
    const response = await api.get(
      'memberSnapshotData',
      { q: 'criteria', domain, start },
      [400, 404],
    );
    if (response.status === 404) {
      return { domain, status: start === 0 ? 'empty' : 'read', pages: start, rows };
    }
    if (response.status === 400) {
      if (start > 0) {
        throw new AppError('linkedin-request-failed', {
          reason: `HTTP 400 for memberSnapshotData ${domain} page ${start}`,
        });
      }
      const message = (response.body as { message?: unknown } | undefined)?.message;
      return {
        domain,
        status: 'not-supported',
        pages: 0,
        rows,
        ...(typeof message === 'string' ? { message: message.slice(0, 200) } : {}),
      };
    }
    const page = readPage(response.body, domain);
    const hash = createHash('sha256').update(JSON.stringify(page.rows)).digest('hex');
    if (hash === previousHash) return { domain, status: 'read', pages: start, rows };
    previousHash = hash;
    await options.onRows(page.rows);
    rows += page.rows.length;
    options.onPage?.(start + 1, rows);
    if (!page.hasNext || page.rows.length === 0) {
      return { domain, status: 'read', pages: start + 1, rows };
    }
  }
  return { domain, status: 'incomplete', pages: maxPages, rows };
}
