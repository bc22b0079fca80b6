import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccountStore } from './accounts.js';
import type { KyselyStore } from './kysely-store.js';
import type { StoreTarget } from './test-support/store-targets.js';
import { postgresTarget, postgresUnavailable, sqliteTarget } from './test-support/store-targets.js';

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
