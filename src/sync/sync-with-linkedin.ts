import { tmpdir } from 'node:os';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import { importRank } from '../core/linkedin-export/export-file-kinds.js';
import type { ExportRecordByKind } from '../core/linkedin-export/export-records.js';
import type { MappingContext } from '../core/linkedin-export/mapping-context.js';
import { createMappingContext } from '../core/linkedin-export/mapping-context.js';
import { isAppError } from '../core/errors/app-error.js';
import type { ChangelogEvent } from '../core/linkedin-sync/changelog-event.js';
import {
  hasChangelogGap,
  nextChangelogCursor,
  parseChangelogEvent,
  selectChangelogEvents,
} from '../core/linkedin-sync/changelog-event.js';
import type {
  ChangelogKind,
  ProvisionalRecord,
} from '../core/linkedin-sync/map-changelog-events.js';
import {
  conversationIdOfThread,
  mapChangelogEvents,
} from '../core/linkedin-sync/map-changelog-events.js';
import {
  createSnapshotRowMapper,
  snapshotHeader,
} from '../core/linkedin-sync/map-snapshot-rows.js';
import type { SnapshotDomain } from '../core/linkedin-sync/snapshot-domains.js';
import { kindForSnapshotHeader, kindsOfDomain } from '../core/linkedin-sync/snapshot-domains.js';
import type { OwnProfile, Store, SyncSession, SyncState } from '../store/store.js';
import { fetchChangelog } from './fetch-changelog.js';
import type { FetchedSnapshotDomain } from './fetch-snapshot.js';
import { fetchSnapshotDomain } from './fetch-snapshot.js';
import type { LinkedInApiOptions } from './linkedin-api.js';
import { LinkedInApi } from './linkedin-api.js';
import { SnapshotSpool } from './snapshot-spool.js';
import type { ChangelogSummary, SnapshotDomainSummary, SyncSummary } from './sync-summary.js';
import { maxReportedRows } from './sync-summary.js';

export interface SyncProgress {
  snapshotPage?(domain: SnapshotDomain, page: number, rows: number): void;
  changelogFetched?(events: number): void;
  writing?(): void;
}

export interface SyncOptions {
  store: Store;
  /** The API client's options, token included. */
  api: LinkedInApiOptions;
  clock?: () => Date;
  /** Snapshot domains to read; none reads only the changelog (what the hourly poll does). */
  domains: readonly SnapshotDomain[];
  maxSnapshotPages?: number;
  maxChangelogPages?: number;
  progress?: SyncProgress;
  /** Where the snapshot waits between reading and writing (default: the OS temp folder). */
  spoolDirectory?: string;
}

const batchSize = 1000;

/** Resources whose events can change the export tables. */
const appliedResources = new Set([
  'messages',
  'socialActions/comments',
  'socialActions/likes',
  'ugcPosts',
]);

/**
 * One sync with LinkedIn (docs/sync.md): reads the snapshot domains (if any) and the changelog
 * since the cursor, then writes everything in one import transaction together with the new
 * cursor, so a sync killed at any point leaves the database as before or complete. Reading comes
 * first and writing last, so no transaction waits on the network. A failure is recorded in the
 * sync state (its code only) and thrown.
 */
export async function syncWithLinkedIn(options: SyncOptions): Promise<SyncSummary> {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const startedAt = clock();
  try {
    return await runSync(options, clock, startedAt);
  } catch (error) {
    const status = isAppError(error) ? error.details.status : undefined;
    await store
      .updateSyncState({
        lastAttemptAt: startedAt.toISOString(),
        lastError: {
          code: isAppError(error) ? error.code : 'unexpected',
          at: clock().toISOString(),
          status: typeof status === 'number' ? status : null,
        },
      })
      .catch(() => undefined);
    throw error;
  }
}

async function runSync(
  options: SyncOptions,
  clock: () => Date,
  startedAt: Date,
): Promise<SyncSummary> {
  const { store } = options;
  const api = new LinkedInApi({ ...options.api, clock });
  const state = await store.getSyncState();
  const ownProfile = await store.getOwnProfile();

  const spool =
    options.domains.length > 0
      ? await SnapshotSpool.create(options.spoolDirectory ?? tmpdir())
      : undefined;
  try {
    return await readAndWrite(options, clock, startedAt, api, state, ownProfile, spool);
  } finally {
    await spool?.dispose();
  }
}

async function readAndWrite(
  options: SyncOptions,
  clock: () => Date,
  startedAt: Date,
  api: LinkedInApi,
  state: SyncState,
  ownProfile: OwnProfile,
  spool: SnapshotSpool | undefined,
): Promise<SyncSummary> {
  const { store, progress } = options;
  const fetched: FetchedSnapshotDomain[] = [];
  for (const domain of options.domains) {
    fetched.push(
      await fetchSnapshotDomain(api, domain, {
        onRows: (rows) => spool?.append(domain, rows),
        ...(options.maxSnapshotPages ? { maxPages: options.maxSnapshotPages } : {}),
        onPage: (page, rows) => progress?.snapshotPage?.(domain, page, rows),
      }),
    );
  }
  const changelog = await fetchChangelog(api, {
    startTime: state.changelogCursor,
    ...(options.maxChangelogPages ? { maxPages: options.maxChangelogPages } : {}),
  });
  progress?.changelogFetched?.(changelog.events.length);

  const parsed: ChangelogEvent[] = [];
  const unreadable: ChangelogSummary['skipped'] = [];
  changelog.events.forEach((raw, index) => {
    const event = parseChangelogEvent(raw);
    if ('problem' in event) {
      const id = (raw as { id?: unknown } | null)?.id;
      unreadable.push({
        eventId: typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index + 1}`,
        resource: String((raw as { resourceName?: unknown } | null)?.resourceName ?? '?'),
        problem: event.problem,
      });
    } else parsed.push(event);
  });
  const selected = selectChangelogEvents(parsed);
  const cursor = nextChangelogCursor(state.changelogCursor, parsed);
  const changelogSummary: ChangelogSummary = {
    events: selected.length,
    pages: changelog.pages,
    complete: changelog.complete,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    alreadyKnown: 0,
    replacedByTwin: 0,
    removed: 0,
    ignored: {},
    skipped: unreadable,
    cursor: cursor === null ? null : new Date(cursor).toISOString(),
    gap: hasChangelogGap(state.lastSyncAt, startedAt),
  };
  const snapshotRead = fetched.length > 0;
  const finishedState = (finishedAt: Date) => ({
    changelogCursor: cursor,
    lastSyncAt: finishedAt.toISOString(),
    lastAttemptAt: startedAt.toISOString(),
    lastError: null,
    ...(snapshotRead && fetched.every((domain) => domain.status !== 'incomplete')
      ? { lastSnapshotAt: finishedAt.toISOString() }
      : {}),
  });

  const needsWrite =
    fetched.some((domain) => domain.rows > 0) ||
    selected.some((event) => appliedResources.has(event.resourceName));
  if (!needsWrite) {
    // Nothing for the data tables: only the state moves (one statement, atomic on its own).
    const summary: SyncSummary = {
      seq: null,
      kind: snapshotRead ? 'snapshot' : 'changelog',
      startedAt: startedAt.toISOString(),
      finishedAt: clock().toISOString(),
      snapshot: fetched.map((domain) => emptyDomainSummary(domain)),
      changelog: {
        ...changelogSummary,
        ignored: mapChangelogEvents(selected, noPeople).ignored,
        skipped: [...unreadable, ...mapChangelogEvents(selected, noPeople).skipped],
      },
    };
    await store.updateSyncState(finishedState(new Date(summary.finishedAt)));
    return summary;
  }

  progress?.writing?.();
  return store.runSync(
    {
      source: 'linkedin-api',
      exportedOn: undefined,
      startedAt: startedAt.toISOString(),
      kind: snapshotRead ? 'snapshot' : 'changelog',
    },
    async (session) => {
      const context = createMappingContext(session.owner);
      const domains: SnapshotDomainSummary[] = [];
      let ownerName = [ownProfile.firstName, ownProfile.lastName].filter(Boolean).join(' ') || null;
      // Who the owner is must be known before messages are mapped, as in an import.
      const ordered = [...fetched].sort((a, b) => rankOf(a.domain) - rankOf(b.domain));
      let hadInvitations = false;
      for (const domain of ordered) {
        const summary = await writeSnapshotDomain(session, domain, context, spool);
        domains.push(summary);
        if (
          summary.kind === 'invitations' &&
          summary.status === 'read' &&
          summary.rows > summary.skippedCount
        ) {
          hadInvitations = true;
        }
        if (summary.kind === 'profile' && summary.profileName) ownerName = summary.profileName;
        delete summary.profileName;
      }
      domains.sort((a, b) => options.domains.indexOf(a.domain) - options.domains.indexOf(b.domain));

      await applyChangelog(session, selected, changelogSummary, ownerName);
      changelogSummary.replacedByTwin += await session.reconcileProvisional();

      const finishedAt = clock();
      const summary: SyncSummary = {
        seq: session.seq,
        kind: snapshotRead ? 'snapshot' : 'changelog',
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        snapshot: domains,
        changelog: changelogSummary,
      };
      await session.saveSyncState(finishedState(finishedAt));
      await session.finish({ finishedAt: finishedAt.toISOString(), hadInvitations, summary });
      return summary;
    },
  );
}

const noPeople = {
  owner: { keys: new Set<string>(), names: new Set<string>() },
  ownerProfileUrl: null,
  ownerName: null,
  participants: new Map(),
};

const rankOf = (domain: SnapshotDomain): number =>
  importRank(kindsOfDomain(domain)[0] as ExportFileKind);

function emptyDomainSummary(domain: FetchedSnapshotDomain): SnapshotDomainSummary {
  return {
    domain: domain.domain,
    kind: domain.rows > 0 ? null : (kindsOfDomain(domain.domain)[0] ?? null),
    status: domain.status,
    pages: domain.pages,
    rows: domain.rows,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    skippedCount: 0,
    unprocessedFields: 0,
    ...(domain.message ? { message: domain.message } : {}),
  };
}

/** Maps one domain's rows with the export's mapper and writes them in batches. */
async function writeSnapshotDomain(
  session: SyncSession,
  domain: FetchedSnapshotDomain,
  context: MappingContext,
  spool: SnapshotSpool | undefined,
): Promise<SnapshotDomainSummary & { profileName?: string }> {
  const summary: SnapshotDomainSummary & { profileName?: string } = emptyDomainSummary(domain);
  if (domain.rows === 0 || spool === undefined) return summary;
  const header = snapshotHeader(spool.keysOf(domain.domain));
  const kind = kindForSnapshotHeader(domain.domain, header);
  if (kind === undefined) {
    summary.status = 'no-header';
    summary.skippedCount = domain.rows;
    return summary;
  }
  summary.kind = kind;
  const mapper = createSnapshotRowMapper(kind, header, context, () => {
    summary.unprocessedFields += 1;
  });
  let position = 0;
  for await (const rows of spool.read(domain.domain, batchSize)) {
    const records: ExportRecordByKind[typeof kind][] = [];
    for (const row of rows) {
      position += 1;
      const result = mapper(row);
      if ('record' in result) records.push(result.record);
      else if ('problem' in result) {
        summary.skippedCount += 1;
        if (summary.skipped.length < maxReportedRows) {
          summary.skipped.push({ row: position, problem: result.problem });
        }
      }
    }
    if (kind === 'profile' && summary.profileName === undefined) {
      const profile = records[0] as ExportRecordByKind['profile'] | undefined;
      const name = [profile?.firstName, profile?.lastName].filter(Boolean).join(' ');
      if (name) summary.profileName = name;
    }
    if (records.length === 0) continue;
    const counts = await session.write(kind, records);
    summary.inserted += counts.inserted;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
  }
  return summary;
}

/** Applies the changelog's events as provisional rows (docs/sync.md, "No twins"). */
async function applyChangelog(
  session: SyncSession,
  events: readonly ChangelogEvent[],
  summary: ChangelogSummary,
  ownerName: string | null,
): Promise<void> {
  const threads = events.flatMap((event) => {
    const thread = (event.activity as { thread?: unknown }).thread;
    return event.resourceName === 'messages' && typeof thread === 'string'
      ? [conversationIdOfThread(thread)]
      : [];
  });
  const ownerKey = [...session.owner.keys].find((key) => key.startsWith('u:'));
  const mapped = mapChangelogEvents(events, {
    owner: session.owner,
    ownerProfileUrl: ownerKey ? `https://www.${ownerKey.slice(2)}` : null,
    ownerName,
    participants: await session.participantsOf(threads),
  });
  summary.ignored = mapped.ignored;
  summary.skipped.push(...mapped.skipped);

  const removals = new Map<ChangelogKind, string[]>();
  for (const removal of mapped.removals) {
    removals.set(removal.kind, [...(removals.get(removal.kind) ?? []), removal.key]);
  }
  for (const [kind, keys] of removals)
    summary.removed += await session.removeProvisional(kind, keys);

  const upserts = new Map<ChangelogKind, ProvisionalRecord[]>();
  for (const upsert of mapped.upserts) {
    upserts.set(upsert.kind, [...(upserts.get(upsert.kind) ?? []), upsert]);
  }
  for (const [kind, items] of upserts) {
    const twinned = await session.twinnedKeys(
      kind,
      items.map((item) => item.record) as ExportRecordByKind[typeof kind][],
    );
    summary.alreadyKnown += twinned.size;
    const fresh = items.filter((item) => !twinned.has(item.key));
    // An edit replaces the provisional row of its resource (its text is part of the identity).
    await session.removeProvisional(
      kind,
      fresh.filter((item) => item.edit).map((item) => item.key),
    );
    const records = fresh.map((item) => item.record) as ExportRecordByKind[typeof kind][];
    for (let start = 0; start < records.length; start += batchSize) {
      const counts = await session.write(kind, records.slice(start, start + batchSize));
      summary.inserted += counts.inserted;
      summary.updated += counts.updated;
      summary.unchanged += counts.unchanged;
    }
  }
}
