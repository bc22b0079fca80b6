import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../core/errors/app-error.js';
import { createMappingContext } from '../core/linkedin-export/mapping-context.js';
import { mapSnapshotRows, tableFromSnapshotRows } from '../core/linkedin-sync/map-snapshot-rows.js';
import { AccountStore } from './accounts.js';
import { UserSettingsStore } from './user-settings-store.js';
import type { KyselyStore } from './kysely-store.js';
import type { StoreTarget } from './test-support/store-targets.js';
import { postgresTarget, postgresUnavailable, sqliteTarget } from './test-support/store-targets.js';

const importMeta = {
  source: 'Basic_LinkedInDataExport_11-26-2026.zip',
  exportedOn: '2026-11-26',
  startedAt: '2026-11-26T10:00:00.000Z',
};

/** One connection, mapped as an import maps it. */
const connectionRecords = (owner: Parameters<typeof createMappingContext>[0]) =>
  mapSnapshotRows(
    'connections',
    tableFromSnapshotRows([
      {
        'First Name': 'Jan',
        'Last Name': 'Smit',
        URL: 'https://www.linkedin.com/in/jan-smit',
        'Email Address': '',
        Company: 'Isala',
        Position: 'Nurse',
        'Connected On': '08 Feb 2026',
      },
    ]),
    createMappingContext(owner),
  ).records;

function accountsContract(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`accounts on ${label}`, () => {
    let target: StoreTarget;
    let store: KyselyStore;
    before(async () => {
      const reason = postgresUnavailable();
      if (label.startsWith('PostgreSQL') && reason) throw new Error(reason);
      target = await makeTarget();
      store = (await target.open()) as KyselyStore;
    });
    after(async () => {
      await store?.close();
      await target?.dispose();
    });

    it('removes an account with every row it owns, and leaves the other account alone', async () => {
      const accounts = new AccountStore(store.database);
      const ann = await accounts.create(`ann-${label}`, 'hash-a', '2026-11-26T10:00:00Z');
      const bob = await accounts.create(`bob-${label}`, 'hash-b', '2026-11-26T10:00:00Z');
      const annStore = await store.forOwner(ann.ownerId);
      const bobStore = await store.forOwner(bob.ownerId);
      await annStore.setInvitationMark('n:x', 'ignored', '2026-11-26T10:00:00Z');
      await bobStore.setInvitationMark('n:x', 'accepted', '2026-11-26T10:00:00Z');
      await accounts.startSession(ann.ownerId, new Date('2026-11-26T10:00:00Z'), 3_600_000);
      assert.equal(await accounts.remove(ann.username), true);
      assert.equal(await accounts.find(ann.username), undefined);
      assert.equal((await annStore.listInvitationMarks()).size, 0);
      assert.equal((await bobStore.listInvitationMarks()).get('n:x')?.mark, 'accepted');
      assert.equal(await accounts.remove('nobody'), false);
    });

    /** Rows of the owner in the tables an import writes, and whether the owner row exists. */
    const leftOf = async (ownerId: string) => ({
      connections: (
        await store.database
          .selectFrom('connections')
          .select('owner_id')
          .where('owner_id', '=', ownerId)
          .execute()
      ).length,
      imports: (
        await store.database
          .selectFrom('imports')
          .select('owner_id')
          .where('owner_id', '=', ownerId)
          .execute()
      ).length,
      owner: (
        await store.database.selectFrom('owners').select('id').where('id', '=', ownerId).execute()
      ).length,
    });

    it('writes nothing for an account removed before its import began (the upload took long)', async () => {
      const accounts = new AccountStore(store.database);
      const dan = await accounts.create(`dan-${label}`, 'hash-d', '2026-11-26T10:00:00Z');
      const view = await store.forOwner(dan.ownerId, { accountBound: true });
      assert.equal(await accounts.remove(dan.username), true);
      await assert.rejects(
        view.runImport(importMeta, async (session) => {
          await session.write('connections', connectionRecords(session.owner));
          await session.finish({
            finishedAt: '2026-11-26T10:01:00Z',
            hadInvitations: false,
            summary: {},
          });
        }),
        (error) => isAppError(error) && error.code === 'account-removed',
      );
      // An account's view never makes the owner row again (the import worker opens one too).
      await store.forOwner(dan.ownerId, { accountBound: true });
      assert.deepEqual(await leftOf(dan.ownerId), { connections: 0, imports: 0, owner: 0 });
    });

    it('writes no mark, fact or setting for an account removed while its request was under way', async () => {
      const accounts = new AccountStore(store.database);
      const fay = await accounts.create(`fay-${label}`, 'hash-f', '2026-11-26T10:00:00Z');
      const view = await store.forOwner(fay.ownerId, { accountBound: true });
      const settings = new UserSettingsStore(store.database, store.dialect);
      // While the account lives, its writes go through.
      await view.setInvitationMark('n:x', 'accepted', '2026-11-26T10:00:00Z');
      await settings.save(fay.ownerId, { name: 'Fay' }, '2026-11-26T10:00:00Z');
      assert.equal((await view.listInvitationMarks()).get('n:x')?.mark, 'accepted');
      assert.equal(await accounts.remove(fay.username), true);
      const removed = (error: unknown) => isAppError(error) && error.code === 'account-removed';
      await assert.rejects(
        view.setInvitationMark('n:y', 'ignored', '2026-11-26T10:01:00Z'),
        removed,
      );
      await assert.rejects(
        view.setInviterFacts('n:y', { headline: 'x' }, '2026-11-26T10:01:00Z'),
        removed,
      );
      await assert.rejects(
        settings.save(fay.ownerId, { name: 'Fay' }, '2026-11-26T10:01:00Z'),
        removed,
      );
      assert.equal((await view.listInvitationMarks()).size, 0);
      assert.deepEqual(await view.listInviterFacts(), new Map());
      assert.equal(await settings.load(fay.ownerId), undefined);
    });

    it('removes what an import under way wrote: the removal waits for its commit', async () => {
      const accounts = new AccountStore(store.database);
      const eve = await accounts.create(`eve-${label}`, 'hash-e', '2026-11-26T10:00:00Z');
      const view = await store.forOwner(eve.ownerId, { accountBound: true });
      let wrote!: () => void;
      let release!: () => void;
      const written = new Promise<void>((resolve) => (wrote = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const importing = view.runImport(importMeta, async (session) => {
        await session.write('connections', connectionRecords(session.owner));
        wrote();
        await released;
        await session.finish({
          finishedAt: '2026-11-26T10:01:00Z',
          hadInvitations: false,
          summary: {},
        });
      });
      await written;
      let removedYet = false;
      const removing = accounts.remove(eve.username).then((removed) => {
        removedYet = true;
        return removed;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(removedYet, false, 'the removal waits for the import');
      release();
      await importing;
      assert.equal(await removing, true);
      assert.equal(await accounts.find(eve.username), undefined);
      assert.deepEqual(await leftOf(eve.ownerId), { connections: 0, imports: 0, owner: 0 });
    });

    it('keeps only a hash of session tokens, expires sessions and ends them on a password change', async () => {
      const accounts = new AccountStore(store.database);
      const cara = await accounts.create(`cara-${label}`, 'hash-c', '2026-11-26T10:00:00Z');
      const start = new Date('2026-11-26T10:00:00Z');
      const session = await accounts.startSession(cara.ownerId, start, 3_600_000);
      const stored = await store.database.selectFrom('sessions').select('token_hash').execute();
      assert.ok(stored.every((row) => row.token_hash !== session.token));
      assert.equal(await accounts.ownerOfSession(session.token, start), cara.ownerId);
      assert.equal(
        await accounts.ownerOfSession(session.token, new Date('2026-11-26T11:00:01Z')),
        undefined,
      );
      const second = await accounts.startSession(cara.ownerId, start, 3_600_000);
      await accounts.changePassword(cara.ownerId, 'hash-c2', '2026-11-26T10:30:00Z');
      assert.equal(await accounts.ownerOfSession(second.token, start), undefined);
      assert.equal((await accounts.find(cara.username))?.passwordHash, 'hash-c2');
    });
  });
}

accountsContract(sqliteTarget, 'SQLite');
accountsContract(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);
