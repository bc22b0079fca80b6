import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from './store.js';
import type { StoreTarget } from './test-support/store-targets.js';
import { postgresTarget, postgresUnavailable, sqliteTarget } from './test-support/store-targets.js';

/** What the user adds beside the export, on both databases (migration 0002). */
function userDataContract(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`user data on ${label}`, () => {
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

    it('keeps inviter facts per field: a later fact replaces only what it names', async () => {
      const store = await fresh();
      await store.setInviterFacts(
        'u:linkedin.com/in/karin',
        { headline: 'Nurse at Isala', hasPhoto: false },
        '2026-11-20T10:00:00Z',
      );
      await store.setInviterFacts(
        'u:linkedin.com/in/karin',
        { hasPhoto: true, summary: '' },
        '2026-11-21T10:00:00Z',
      );
      const facts = await store.listInviterFacts();
      assert.deepEqual(facts.get('u:linkedin.com/in/karin'), {
        headline: 'Nurse at Isala',
        summary: '',
        hasPhoto: true,
      });
    });

    it('keeps the last mark per invitation', async () => {
      const store = await fresh();
      await store.setInvitationMark('n:tom baker', 'ignored', '2026-11-20T10:00:00Z');
      await store.setInvitationMark('n:tom baker', 'reported', '2026-11-21T10:00:00Z');
      const marks = await store.listInvitationMarks();
      assert.deepEqual(marks.get('n:tom baker'), {
        mark: 'reported',
        markedAt: '2026-11-21T10:00:00Z',
      });
    });

    it('forgets one inviter fact (unknown again) and keeps the others', async () => {
      const store = await fresh();
      const key = 'u:linkedin.com/in/karin';
      await store.setInviterFacts(
        key,
        { headline: 'Nurse at Isala', summary: '', hasPhoto: false },
        '2026-11-20T10:00:00Z',
      );
      await store.setInviterFacts(key, { hasPhoto: null, summary: null }, '2026-11-21T10:00:00Z');
      assert.deepEqual((await store.listInviterFacts()).get(key), { headline: 'Nurse at Isala' });
      // A known "no photo" after a reset is a fact again, not left unknown.
      await store.setInviterFacts(key, { hasPhoto: false }, '2026-11-22T10:00:00Z');
      assert.deepEqual((await store.listInviterFacts()).get(key), {
        headline: 'Nurse at Isala',
        hasPhoto: false,
      });
      // Every fact forgotten: the inviter has no facts at all, as if never looked at.
      await store.setInviterFacts(key, { headline: null, hasPhoto: null }, '2026-11-23T10:00:00Z');
      assert.equal((await store.listInviterFacts()).has(key), false);
    });

    it('undoes a mark: the invitation is unmarked, other marks stay', async () => {
      const store = await fresh();
      await store.setInvitationMark('n:tom baker', 'ignored', '2026-11-20T10:00:00Z');
      await store.setInvitationMark('n:ann', 'accepted', '2026-11-20T10:00:00Z');
      assert.equal(await store.clearInvitationMark('n:tom baker'), true);
      const marks = await store.listInvitationMarks();
      assert.equal(marks.has('n:tom baker'), false);
      assert.equal(marks.get('n:ann')?.mark, 'accepted');
      assert.equal(await store.clearInvitationMark('n:tom baker'), false);
      // Marked again after the undo: a mark like any other.
      await store.setInvitationMark('n:tom baker', 'reported', '2026-11-21T10:00:00Z');
      assert.equal((await store.listInvitationMarks()).get('n:tom baker')?.mark, 'reported');
    });

    it('stores an event list and replaces it when saved again, and another owner sees none of it', async () => {
      const store = await fresh('owner-a');
      const person = {
        name: 'Ann',
        nameNorm: 'ann',
        topic: 'heat pumps',
        company: null,
        profileUrl: null,
        personKey: 'n:ann',
        note: 'Hi Ann',
      };
      await store.saveEvent({
        eventId: 'e1',
        name: 'Borrel',
        createdAt: '2026-11-20T20:00:00Z',
        people: [person, { ...person, name: 'Bob', nameNorm: 'bob', personKey: 'n:bob' }],
      });
      await store.saveEvent({
        eventId: 'e1',
        name: 'Borrel',
        createdAt: '2026-11-20T20:00:00Z',
        people: [person],
      });
      const events = await store.listEvents();
      assert.equal(events.length, 1);
      assert.deepEqual(
        events[0]?.people.map((p) => p.name),
        ['Ann'],
      );
      if (target.dialect === 'postgres') {
        const other = await fresh('owner-b');
        assert.deepEqual(await other.listEvents(), []);
        assert.equal((await other.listInviterFacts()).size, 0);
        // Another owner's undo and reset reach nothing of this owner's.
        await store.setInviterFacts('n:ann', { hasPhoto: true }, '2026-11-20T10:00:00Z');
        await store.setInvitationMark('n:ann', 'accepted', '2026-11-20T10:00:00Z');
        assert.equal(await other.clearInvitationMark('n:ann'), false);
        await other.setInviterFacts('n:ann', { hasPhoto: null }, '2026-11-21T10:00:00Z');
        assert.equal((await store.listInvitationMarks()).get('n:ann')?.mark, 'accepted');
        assert.deepEqual((await store.listInviterFacts()).get('n:ann'), { hasPhoto: true });
      }
    });
  });
}

userDataContract(sqliteTarget, 'SQLite');
userDataContract(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);
