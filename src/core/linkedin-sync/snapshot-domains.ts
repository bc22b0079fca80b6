import type { ExportFileKind } from '../linkedin-export/export-file-kinds.js';
import { isHeaderRow } from '../linkedin-export/export-headers.js';

/**
 * The Member Snapshot domains netwerk reads, each the API's copy of one export file
 * (../shared/formats/linkedin-dma-api.md §2.4). Rows carry the CSV headers as keys, so the
 * export's row mappers read them unchanged.
 */
export const snapshotDomains = [
  'PROFILE',
  'PROFILE_SUMMARY',
  'POSITIONS',
  'EDUCATION',
  'SKILLS',
  'RICH_MEDIA',
  'CONNECTIONS',
  'INVITATIONS',
  'INBOX',
  'MEMBER_SHARE_INFO',
  'ALL_COMMENTS',
  'ALL_LIKES',
  'ENDORSEMENTS',
] as const;

export type SnapshotDomain = (typeof snapshotDomains)[number];

/**
 * The export kind of a domain's rows. ENDORSEMENTS holds given endorsements as far as one live
 * client saw; the rows' own columns decide (`Endorsee …` given, `Endorser …` received).
 * RECOMMENDATIONS is left out: its rows have the same columns both ways and no direction.
 */
const kindsByDomain: Readonly<Record<SnapshotDomain, readonly ExportFileKind[]>> = {
  PROFILE: ['profile'],
  PROFILE_SUMMARY: ['profile-summary'],
  POSITIONS: ['positions'],
  EDUCATION: ['education'],
  SKILLS: ['skills'],
  RICH_MEDIA: ['rich-media'],
  CONNECTIONS: ['connections'],
  INVITATIONS: ['invitations'],
  INBOX: ['messages'],
  MEMBER_SHARE_INFO: ['shares'],
  ALL_COMMENTS: ['comments'],
  ALL_LIKES: ['reactions'],
  ENDORSEMENTS: ['endorsements-given', 'endorsements-received'],
};

/** The names a user may give `--domains`: netwerk's words and LinkedIn's own. */
const domainsByName: Readonly<Record<string, readonly SnapshotDomain[]>> = {
  profile: ['PROFILE', 'PROFILE_SUMMARY'],
  positions: ['POSITIONS'],
  education: ['EDUCATION'],
  skills: ['SKILLS'],
  'rich-media': ['RICH_MEDIA'],
  photos: ['RICH_MEDIA'],
  connections: ['CONNECTIONS'],
  invitations: ['INVITATIONS'],
  messages: ['INBOX'],
  inbox: ['INBOX'],
  shares: ['MEMBER_SHARE_INFO'],
  posts: ['MEMBER_SHARE_INFO'],
  comments: ['ALL_COMMENTS'],
  likes: ['ALL_LIKES'],
  reactions: ['ALL_LIKES'],
  endorsements: ['ENDORSEMENTS'],
  none: [],
};

/** `--domains connections,messages,ALL_LIKES` → the domains, or the names it did not know. */
export function parseSnapshotDomains(
  text: string,
): { domains: SnapshotDomain[] } | { unknown: string[] } {
  const domains = new Set<SnapshotDomain>();
  const unknown: string[] = [];
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    const byName = domainsByName[name.toLowerCase()];
    const upper = name.toUpperCase();
    if (byName) for (const domain of byName) domains.add(domain);
    else if ((snapshotDomains as readonly string[]).includes(upper))
      domains.add(upper as SnapshotDomain);
    else unknown.push(name);
  }
  if (unknown.length > 0) return { unknown };
  return { domains: snapshotDomains.filter((domain) => domains.has(domain)) };
}

/** The words `--domains` takes, for help and error texts. */
export const snapshotDomainNames = Object.keys(domainsByName).filter(
  (name) => !['inbox', 'posts', 'reactions', 'photos'].includes(name),
);

/** Which export kind a domain's header fits, or undefined when none does. */
export function kindForSnapshotHeader(
  domain: SnapshotDomain,
  header: readonly string[],
): ExportFileKind | undefined {
  return kindsByDomain[domain].find((kind) => isHeaderRow(kind, header));
}

/** The kinds a domain can hold (the first is the usual one). */
export function kindsOfDomain(domain: SnapshotDomain): readonly ExportFileKind[] {
  return kindsByDomain[domain];
}
