import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultUserSettings } from '../../src/core/settings/user-settings.js';
import { importExport } from '../../src/import/import-export.js';
import type { Store } from '../../src/store/store.js';
import type { StoreTarget } from '../../src/store/test-support/store-targets.js';
import {
  postgresTarget,
  postgresUnavailable,
  sqliteTarget,
} from '../../src/store/test-support/store-targets.js';
import type { TodoContext } from '../../src/use-cases/network-todo.js';
import {
  listFollowups,
  listReconnects,
  listStaleSent,
  loadVisibility,
  markInviter,
  recordInviterFacts,
  triagePendingInvitations,
} from '../../src/use-cases/network-todo.js';
import { buildWeeklyPlan } from '../../src/use-cases/weekly-plan.js';
import { now, url, writeKnownExport } from '../support/known-export.js';

function networkContract(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`the network to-do lists on ${label}`, () => {
    let target: StoreTarget;
    let store: Store;
    let dir: string;
    let todo: TodoContext;
    before(async () => {
      const reason = postgresUnavailable();
      if (label.startsWith('PostgreSQL') && reason) throw new Error(reason);
      target = await makeTarget();
      store = await target.open();
      dir = await mkdtemp(join(tmpdir(), 'netwerk-network-'));
      await writeKnownExport(dir);
      await importExport(dir, store, { clock: () => now });
      todo = {
        store,
        settings: { ...defaultUserSettings, language: 'en', signature: 'Best, Robert' },
        now,
        timeZone: 'Europe/Amsterdam',
      };
    });
    after(async () => {
      await store?.close();
      await target?.dispose();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('owes a first message to new connections only: exactly 60 days in, drafts no contact, namesakes apart', async () => {
      const followups = await listFollowups(todo, 60);
      assert.deepEqual(
        followups.map((f) => f.connection.profileUrl?.replace('https://www.linkedin.com/in/', '')),
        ['sue-sent', 'jan-jansen-2', 'karin-de-vries', 'eva-draft', 'ann-exact'],
      );
      const karin = followups.find((f) => f.connection.name === 'Karin de Vries');
      assert.equal(karin?.invitedBy, 'them');
      assert.equal(karin?.voice.language, 'nl', 'her note was Dutch');
      assert.match(karin?.draft ?? '', /^(Hoi|Dag) Karin/);
      assert.ok(karin?.draft.endsWith('Best, Robert'));
      const sue = followups.find((f) => f.connection.name === 'Sue Sent');
      assert.equal(sue?.invitedBy, 'me');
      assert.match(sue?.draft ?? '', /accept/i);
    });

    it('suggests reconnecting with real two-way conversations silent six months or more', async () => {
      const reconnects = await listReconnects(todo);
      assert.deepEqual(
        reconnects.map((r) => r.name),
        ['Piet Stil'],
      );
      assert.equal(reconnects[0]?.sent, 2);
      assert.equal(reconnects[0]?.received, 2);
      assert.equal(reconnects[0]?.silentMonths, 6);
      assert.match(reconnects[0]?.draft ?? '', /koffie|coffee/);
    });

    it('lists sent invitations pending three weeks or more, oldest first', async () => {
      const sent = await listStaleSent(todo);
      assert.deepEqual(
        sent.map((s) => [s.invitation.name, s.daysPending]),
        [['Sam Stale', 21]],
      );
    });

    it('counts activity per ISO week in the user’s time zone and nudges after two quiet weeks', async () => {
      const visibility = await loadVisibility(todo);
      assert.equal(visibility.weeks.length, 12);
      const thisWeek = visibility.weeks[11]!;
      assert.deepEqual(thisWeek, {
        week: '2026-W48',
        monday: '2026-11-23',
        posts: 0,
        comments: 0,
        reactions: 2,
      });
      assert.equal(visibility.weeks[10]?.posts, 0);
      assert.equal(visibility.weeks[9]?.posts, 1);
      assert.equal(visibility.nudge, true);
    });

    it('triages the pending invitations, takes recorded profile facts and hides handled ones unless all', async () => {
      const first = await triagePendingInvitations(todo);
      assert.deepEqual(
        first.map((r) => [r.name, r.verdict]),
        [
          ['Peter Pending', 'review'],
          ['Rich Moore', 'caution'],
        ],
      );
      await recordInviterFacts(todo, 'peter pending', {
        hasPhoto: true,
        headline: 'Freelance copywriter for B2B tech',
        summary:
          'I write case studies and white papers for software companies that sell to engineers.',
      });
      const peter = (await triagePendingInvitations(todo)).find((r) => r.name === 'Peter Pending');
      assert.equal(peter?.verdict, 'accept');
      await markInviter(todo, url('rich-moore'), 'reported');
      assert.deepEqual(
        (await triagePendingInvitations(todo)).map((r) => r.name),
        ['Peter Pending'],
      );
      const all = await triagePendingInvitations(todo, { all: true });
      assert.deepEqual(
        all.map((r) => [r.name, r.status]),
        [
          ['Peter Pending', 'pending'],
          ['Rich Moore', 'reported'],
        ],
      );
      const again = await importExport(dir, store, { clock: () => now });
      assert.ok(again.files.length > 0);
      assert.equal(
        (await triagePendingInvitations(todo, { all: true })).find((r) => r.name === 'Rich Moore')
          ?.status,
        'reported',
        'a re-import keeps the mark',
      );
    });

    it('puts it all in the weekly plan', async () => {
      const plan = await buildWeeklyPlan(todo);
      assert.equal(plan.week.key, '2026-W48');
      assert.equal(plan.followups.count, 5);
      assert.equal(plan.reconnects.count, 1);
      assert.equal(plan.sent.count, 1);
      assert.equal(plan.visibility.nudge, true);
      assert.ok(plan.actions.length >= 4);
      // The known export has no endorsements, recommendations or offers of help: nothing owed.
      assert.deepEqual(plan.giveBack, []);
    });
  });
}

networkContract(sqliteTarget, 'SQLite');
networkContract(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);
