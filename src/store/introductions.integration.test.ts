import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from './store.js';
import type { StoreTarget } from './test-support/store-targets.js';
import { postgresTarget, postgresUnavailable, sqliteTarget } from './test-support/store-targets.js';

const ann = { personKey: 'u:linkedin.com/in/ann', name: 'Ann Akker' };
const bob = { personKey: 'n:bob bakker|2020-01-01#0', name: 'Bob Bakker' };
const cas = { personKey: 'u:linkedin.com/in/cas', name: 'Cas Claes' };

/** The introductions log on both databases (migration 0003). */
function introductionsContract(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`the introductions log on ${label}`, () => {
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

    it('numbers introductions per owner and lists the newest first', async () => {
      const store = await fresh('owner-a');
      const first = await store.createIntroduction({
        a: ann,
        b: bob,
        why: 'payments',
        at: '2026-11-20T10:00:00Z',
      });
      await store.markIntroduction(first.id, 'asked', '2026-11-20T11:00:00Z');
      const second = await store.createIntroduction({
        a: cas,
        b: ann,
        why: 'data',
        at: '2026-11-21T10:00:00Z',
      });
      assert.deepEqual([first.id, second.id], [1, 2]);
      assert.deepEqual(
        (await store.listIntroductions()).map((entry) => [
          entry.id,
          entry.a.name,
          entry.b.name,
          entry.status,
        ]),
        [
          [2, 'Cas Claes', 'Ann Akker', 'drafted'],
          [1, 'Ann Akker', 'Bob Bakker', 'asked'],
        ],
      );
      if (target.dialect === 'postgres') {
        const other = await fresh('owner-b');
        assert.deepEqual(await other.listIntroductions(), []);
        const theirs = await other.createIntroduction({
          a: ann,
          b: cas,
          why: 'x',
          at: '2026-11-22T10:00:00Z',
        });
        assert.equal(theirs.id, 1);
        assert.equal(await other.markIntroduction(2, 'done', '2026-11-22T10:00:00Z'), undefined);
      }
    });

    it('keeps the id of a pair still drafted and takes the new reason, in either order', async () => {
      const store = await fresh();
      const first = await store.createIntroduction({
        a: ann,
        b: bob,
        why: 'payments',
        at: '2026-11-20T10:00:00Z',
      });
      const again = await store.createIntroduction({
        a: bob,
        b: ann,
        why: 'payments at banks',
        at: '2026-11-20T10:05:00Z',
      });
      assert.equal(again.id, first.id);
      assert.equal(again.why, 'payments at banks');
      assert.deepEqual(
        (await store.listIntroductions()).map((entry) => [
          entry.id,
          entry.why,
          entry.a.name,
          entry.createdAt,
        ]),
        [[1, 'payments at banks', 'Ann Akker', '2026-11-20T10:00:00Z']],
      );
      // Once asked, drafting the pair again is a new introduction.
      await store.markIntroduction(1, 'asked', '2026-11-21T09:00:00Z');
      const third = await store.createIntroduction({
        a: ann,
        b: bob,
        why: 'again',
        at: '2026-11-22T10:00:00Z',
      });
      assert.equal(third.id, 2);
    });

    it('records when each status was set, and says when an id is unknown', async () => {
      const store = await fresh();
      const entry = await store.createIntroduction({
        a: ann,
        b: cas,
        why: 'data',
        at: '2026-11-20T10:00:00Z',
      });
      await store.markIntroduction(entry.id, 'asked', '2026-11-20T12:00:00Z');
      await store.markIntroduction(entry.id, 'accepted', '2026-11-23T08:00:00Z');
      const done = await store.markIntroduction(entry.id, 'done', '2026-11-24T08:00:00Z');
      assert.deepEqual(done, {
        id: 1,
        a: ann,
        b: cas,
        why: 'data',
        status: 'done',
        createdAt: '2026-11-20T10:00:00Z',
        askedAt: '2026-11-20T12:00:00Z',
        acceptedAt: '2026-11-23T08:00:00Z',
        declinedAt: null,
        doneAt: '2026-11-24T08:00:00Z',
      });
      assert.equal(await store.markIntroduction(9, 'done', '2026-11-24T08:00:00Z'), undefined);
    });
  });
}

introductionsContract(sqliteTarget, 'SQLite');
introductionsContract(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);
