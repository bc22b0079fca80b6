import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../core/errors/app-error.js';
import { importExport } from '../import/import-export.js';
import type { ExportEra } from '../import/test-support/generate-export.js';
import {
  connectionPerson,
  generateExport,
  writeExportZip,
} from '../import/test-support/generate-export.js';
import { importGenerated } from '../import/test-support/import-generated.js';
import { tempDirectory } from '../import/test-support/temp-directory.js';
import { writeZip } from '../import/test-support/write-zip.js';
import type { Store, StoreStats } from './store.js';
import { dumpStore } from './test-support/store-dump.js';
import type { StoreTarget } from './test-support/store-targets.js';
import { postgresTarget, postgresUnavailable, sqliteTarget } from './test-support/store-targets.js';
import { join } from 'node:path';

/** The stats the generator says an import of its export must give. */
function expectedStats(
  expected: ReturnType<typeof generateExport>['expected'],
): Partial<StoreStats> {
  return {
    connections: expected.connections,
    invitations: expected.invitations,
    messages: expected.messages,
    drafts: expected.drafts,
    conversations: expected.conversations,
    shares: expected.shares,
    comments: expected.comments,
    reactions: expected.reactions,
    endorsements: expected.endorsements,
    recommendations: expected.recommendations,
    positions: expected.positions,
    education: expected.education,
    skills: expected.skills,
    notes: expected.notes,
    companyFollows: expected.companyFollows,
    profilePhotoUploads: expected.profilePhotoUploads,
  };
}

function pick(stats: StoreStats, keys: Partial<StoreStats>): Partial<StoreStats> {
  return Object.fromEntries(Object.keys(keys).map((key) => [key, stats[key as keyof StoreStats]]));
}

/** The same contract for every database (docs/decisions/0010). */
function storeContract(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`the store on ${label}`, () => {
    let target: StoreTarget;
    const open: Store[] = [];
    const fresh = async (ownerId?: string): Promise<Store> => {
      const store = await target.open(ownerId);
      open.push(store);
      return store;
    };
    before(async () => {
      const reason = postgresUnavailable();
      if (label.startsWith('PostgreSQL') && reason) throw new Error(reason);
      target = await makeTarget();
    });
    after(async () => {
      for (const store of open) await store.close();
      await target?.dispose();
    });

    const eras: ExportEra[] = ['2020', '2022', '2024', '2026-03'];
    for (const era of eras) {
      it(`counts exactly what a ${era} export holds`, async () => {
        const store = await fresh();
        const { generated, summary } = await importGenerated(store, { era, excel: era === '2022' });
        const stats = await store.getStats();
        const wanted = expectedStats(generated.expected);
        assert.deepEqual(pick(stats, wanted), wanted);
        for (const file of summary.files) {
          assert.equal(file.rows, generated.expected.rowsByFile[file.name], file.name);
          assert.equal(file.skippedCount, 0, `${file.name}: ${JSON.stringify(file.skipped)}`);
        }
      });
    }

    it('changes nothing when the same export is imported again', async () => {
      const store = await fresh();
      const options = { era: '2026-04' as const, messages: 300 };
      const { path } = await importGenerated(store, options);
      const before = await dumpStore(store);
      const again = await importExport(path, store);
      assert.equal(await dumpStore(store), before);
      for (const file of again.files) {
        assert.deepEqual(
          [file.inserted, file.updated, file.unchanged],
          [0, 0, file.rows],
          `${file.name} on the second import`,
        );
      }
    });

    it('merges a newer export: adds, updates changed companies, loses nothing', async () => {
      const store = await fresh();
      const first = await importGenerated(store, {
        era: '2025',
        connections: 60,
        invitations: 40,
        messages: 200,
      });
      const second = await importGenerated(store, {
        era: '2025',
        epoch: 2,
        connections: 70,
        invitationsFrom: 10,
        invitations: 50,
        messages: 260,
      });
      const stats = await store.getStats();
      assert.equal(stats.connections, second.generated.expected.connections);
      assert.equal(stats.messages, second.generated.expected.messages);
      const union = new Map(
        [
          ...first.generated.expected.invitationList,
          ...second.generated.expected.invitationList,
        ].map((invitation) => [
          `${invitation.direction}|${invitation.slug}|${invitation.sentAt}`,
          invitation,
        ]),
      );
      const incoming = [...union.values()].filter((i) => i.direction === 'incoming');
      assert.equal(stats.invitations.incoming, incoming.length);
      assert.equal(stats.invitations.outgoing, union.size - incoming.length);
      // Pending: still listed by the latest export, and its party not among the connections.
      assert.equal(
        stats.invitations.pendingIncoming,
        second.generated.expected.invitations.pendingIncoming,
      );
      assert.equal(
        stats.invitations.pendingOutgoing,
        second.generated.expected.invitations.pendingOutgoing,
      );

      const connectionsFile = second.summary.files.find((file) => file.kind === 'connections');
      const changedCompanies = Array.from({ length: 60 }, (_, n) => n).filter(
        (n) => n % 7 === 0 && n % 40 !== 13,
      ).length;
      assert.equal(connectionsFile?.updated, changedCompanies);
      assert.equal(
        connectionsFile?.inserted,
        second.generated.expected.connections - first.generated.expected.connections,
      );
      const zero = connectionPerson(0);
      const [stored] = (await store.listConnections()).filter(
        (connection) =>
          connection.firstName === zero.firstName && connection.lastName === zero.lastName,
      );
      assert.notEqual(stored, undefined);
      assert.equal(stored?.firstImportSeq, 1);
    });

    it('keeps one row per person when a pre-2023 export is followed by one with URLs', async () => {
      const store = await fresh();
      await importGenerated(store, { era: '2022' });
      const later = await importGenerated(store, { era: '2025' });
      const stats = await store.getStats();
      assert.equal(stats.connections, later.generated.expected.connections);
      assert.deepEqual(stats.invitations, later.generated.expected.invitations);
      assert.deepEqual(stats.endorsements, later.generated.expected.endorsements);
      const withoutUrl = (await store.listConnections()).filter(
        (connection) => !connection.hidden && connection.profileUrl === null,
      );
      assert.deepEqual(withoutUrl, []);
    });

    it('adds nobody twice when a pre-2023 export comes after one with URLs, or again after it', async () => {
      const newerFirst = await fresh();
      const newer = await importGenerated(newerFirst, { era: '2025' });
      const expected = newer.generated.expected;
      const older = await importGenerated(newerFirst, { era: '2022' });
      const connections = older.summary.files.find((file) => file.kind === 'connections');
      assert.equal(connections?.inserted, 0);
      const stats = await newerFirst.getStats();
      assert.equal(stats.connections, expected.connections);
      // Counts and pending stay the newer export's: an old list of pending invitations is old.
      assert.deepEqual(stats.invitations, expected.invitations);
      assert.deepEqual(stats.endorsements, expected.endorsements);

      const olderAgain = await fresh();
      await importGenerated(olderAgain, { era: '2022' });
      await importGenerated(olderAgain, { era: '2025' });
      const again = await importGenerated(olderAgain, { era: '2022' });
      const inserted = again.summary.files.reduce((sum, file) => sum + file.inserted, 0);
      assert.equal(inserted, 0);
      const statsAgain = await olderAgain.getStats();
      assert.equal(statsAgain.connections, expected.connections);
      assert.deepEqual(statsAgain.invitations, expected.invitations);
      assert.deepEqual(statsAgain.endorsements, expected.endorsements);
    });

    it('leaves pending what the latest export says when an export dated before it comes later', async () => {
      const store = await fresh();
      const newer = await importGenerated(store, {
        era: '2025',
        epoch: 2,
        connections: 70,
        invitationsFrom: 10,
        invitations: 50,
      });
      // Lists only invitations the newer export no longer has: were it taken as the latest, none
      // of the newer export's pending invitations would count as pending any more.
      const older = generateExport({ era: '2025', connections: 60, invitations: 10 });
      const path = await writeExportZip(
        tempDirectory('older'),
        older,
        'Complete_LinkedInDataExport_01-10-2025.zip',
      );
      await importExport(path, store);
      const stats = await store.getStats();
      assert.equal(
        stats.invitations.pendingIncoming,
        newer.generated.expected.invitations.pendingIncoming,
      );
      assert.equal(
        stats.invitations.pendingOutgoing,
        newer.generated.expected.invitations.pendingOutgoing,
      );
    });

    it('leaves the database exactly as before when an import fails halfway', async () => {
      const store = await fresh();
      await importGenerated(store, { era: '2025' });
      const before = await dumpStore(store);
      const imports = (await store.listImports()).length;
      const generated = generateExport({ era: '2025', epoch: 2, connections: 90, messages: 400 });
      const dir = tempDirectory('bad');
      const path = join(dir, 'bad.zip');
      // Reactions.csv comes after connections and messages: those are written, then undone.
      const undecodable = Buffer.from(
        'Date,Type,Link\n2025-01-02 10:00:00,LIKE,caf\xe9\n',
        'latin1',
      );
      await writeZip(
        path,
        generated.files.map((file) => ({
          name: file.path,
          content: file.path === 'Reactions.csv' ? undecodable : file.content,
        })),
      );
      await assert.rejects(
        importExport(path, store),
        (error: unknown) => error instanceof AppError && error.code === 'export-undecodable',
      );
      assert.equal(await dumpStore(store), before);
      assert.equal((await store.listImports()).length, imports);
    });

    it('imports text with NUL characters (PostgreSQL refuses them) without them', async () => {
      const store = await fresh();
      const path = join(tempDirectory('nul'), 'nul.zip');
      await writeZip(path, [
        {
          name: 'Connections.csv',
          content:
            'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJan,Sm\0it,,,Isa\0la,Nurse,08 Feb 2026\n',
        },
      ]);
      const summary = await importExport(path, store);
      assert.equal(summary.files[0]?.inserted, 1);
      const [connection] = await store.listConnections();
      assert.equal(connection?.lastName, 'Smit');
      assert.equal(connection?.company, 'Isala');
    });

    it('keeps owners apart in one database', async () => {
      const store = await fresh('owner-a');
      await importGenerated(store, { era: '2025', messages: 50 });
      const other = await target.open('owner-b');
      open.push(other);
      const stats = await other.getStats();
      assert.equal(stats.connections, 0);
      assert.equal(stats.messages, 0);
    });

    it('answers the queries later features need', async () => {
      const store = await fresh();
      const { generated } = await importGenerated(store, { era: '2026-04' });
      const pending = await store.listInvitations({ direction: 'incoming', pendingOnly: true });
      assert.equal(pending.length, generated.expected.invitations.pendingIncoming);
      assert.ok(
        pending.every((invitation) => invitation.pending && invitation.direction === 'incoming'),
      );
      const pendingSlugs = generated.expected.invitationList
        .filter((invitation) => invitation.direction === 'incoming' && invitation.pending)
        .map((invitation) => `${invitation.sentAt}`)
        .sort();
      assert.deepEqual(pending.map((invitation) => invitation.sentAt).sort(), pendingSlugs);

      const connections = await store.listConnections();
      const keys = new Set(connections.map((connection) => connection.key));
      const endorsements = await store.listEndorsements('received');
      assert.equal(endorsements.length, generated.expected.endorsements.received);
      assert.ok(
        endorsements.every((endorsement) => keys.has(endorsement.personKey)),
        'endorsers are connections',
      );

      const activity = await store.listMessageActivity();
      const owner = await store.getOwnerIdentity();
      assert.ok(owner.keys.has('u:linkedin.com/in/karin-visser-0a1b2c'));
      const received = activity.reduce((sum, person) => sum + person.received, 0);
      const messages = await store.listMessages();
      assert.equal(received, messages.filter((message) => !message.fromOwner).length);
      assert.ok(activity.some((person) => person.sent > 0 && person.received > 0));

      const profile = await store.getOwnProfile();
      assert.equal(profile.firstName, 'Karin');
      assert.equal(profile.profilePhotoUploads.length, generated.expected.profilePhotoUploads);
      assert.equal(profile.positions.length, generated.expected.positions);
      const recent = await store.listActivity({ limit: 5 });
      assert.equal(recent.length, 5);
      assert.ok(
        recent.every((item, index) => index === 0 || (recent[index - 1]?.at ?? '') >= item.at),
      );
    });
  });
}

storeContract(sqliteTarget, 'SQLite');
storeContract(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);

describe('SQLite and PostgreSQL', () => {
  it('store the same values for the same export', async (context) => {
    if (postgresUnavailable()) assert.fail(postgresUnavailable());
    const sqlite = await sqliteTarget();
    const postgres = await postgresTarget();
    context.after(async () => {
      await sqlite.dispose();
      await postgres.dispose();
    });
    const dumps: string[] = [];
    for (const target of [sqlite, postgres]) {
      const store = await target.open('same-owner');
      await importGenerated(store, { era: '2026-03', messages: 150 });
      dumps.push(await dumpStore(store));
      await store.close();
    }
    assert.equal(dumps[1], dumps[0]);
  });
});
