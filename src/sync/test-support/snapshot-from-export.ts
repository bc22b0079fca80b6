import type { ExportFileKind } from '../../core/linkedin-export/export-file-kinds.js';
import type { SnapshotDomain } from '../../core/linkedin-sync/snapshot-domains.js';
import { readExport } from '../../import/read-export.js';

/** The snapshot domain that mirrors each export file kind (§2.4); others have none. */
const domainOfKind: Partial<Record<ExportFileKind, SnapshotDomain>> = {
  profile: 'PROFILE',
  'profile-summary': 'PROFILE_SUMMARY',
  positions: 'POSITIONS',
  education: 'EDUCATION',
  skills: 'SKILLS',
  'rich-media': 'RICH_MEDIA',
  connections: 'CONNECTIONS',
  invitations: 'INVITATIONS',
  messages: 'INBOX',
  shares: 'MEMBER_SHARE_INFO',
  comments: 'ALL_COMMENTS',
  reactions: 'ALL_LIKES',
  'endorsements-given': 'ENDORSEMENTS',
};

/**
 * What the Member Snapshot API would send for an export: each file's rows as JSON objects keyed
 * by its CSV headers (what §2.5 reports), in pages of `pageSize` rows. Read through the import's
 * own reader, so the cells are exactly what `netwerk import` maps.
 */
export async function snapshotFromExport(
  path: string,
  pageSize = 50,
): Promise<Map<SnapshotDomain, Record<string, unknown>[][]>> {
  const rows = new Map<SnapshotDomain, Record<string, unknown>[]>();
  let header: string[] = [];
  let domain: SnapshotDomain | undefined;
  for await (const event of readExport(path)) {
    if (event.type === 'file-start') domain = domainOfKind[event.kind];
    if (event.type === 'header') header = event.columns;
    if (event.type === 'rows' && domain !== undefined) {
      const list = rows.get(domain) ?? [];
      for (const row of event.rows) {
        if (!('cells' in row)) continue;
        list.push(Object.fromEntries(header.map((name, index) => [name, row.cells[index] ?? ''])));
      }
      rows.set(domain, list);
    }
  }
  const pages = new Map<SnapshotDomain, Record<string, unknown>[][]>();
  for (const [name, list] of rows) {
    const split: Record<string, unknown>[][] = [];
    for (let start = 0; start < list.length; start += pageSize) {
      split.push(list.slice(start, start + pageSize));
    }
    pages.set(name, split);
  }
  return pages;
}
