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
      }
    });
  });
}

userDataContract(sqliteTarget, 'SQLite');
userDataContract(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);
