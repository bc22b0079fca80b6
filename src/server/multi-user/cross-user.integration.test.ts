import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDirectory } from '../../import/test-support/temp-directory.js';
import type { KyselyStore } from '../../store/kysely-store.js';
import type { StoreTarget } from '../../store/test-support/store-targets.js';
import {
  postgresTarget,
  postgresUnavailable,
  sqliteTarget,
} from '../../store/test-support/store-targets.js';
import type { PhotoAnalysis } from '../../vision/analyze-photo.js';
import { zipFolder } from '../../../test/support/export-zips.js';
import { writeKnownExport } from '../../../test/support/known-export.js';
import { isAppError } from '../../core/errors/app-error.js';
import { importExport } from '../../import/import-export.js';
import type { ImportRunner } from '../app-options.js';
import { importInWorker } from '../import-runner.js';
import type { MultiUserTestApp, UserClient } from '../test-support/multi-user-test-app.js';
import { createMultiUserTestApp } from '../test-support/multi-user-test-app.js';

/**
 * Issue 8's promise, route by route: a second signed-in user can neither read nor change the
 * first user's data, guessing ids included. Three accounts on one database: Ann imports first;
 * Bob and Cara then import at the same time exports that share most people with Ann's (the same
 * profile URLs, so the same person keys) plus one inviter each of their own. Every route the app
 * has must have a case below (the last test checks that against the router).
 */

const fakePhoto: PhotoAnalysis = {
  format: 'jpeg',
  width: 800,
  height: 800,
  faces: 1,
  largestFaceShare: 0.12,
  brightness: 0.5,
  contrast: 0.2,
  sharpness: 0.4,
  faceBrightness: 0.5,
  faceBoxes: [{ x: 260, y: 180, width: 280, height: 280, score: 0.93 }],
  measuredOn: 'face',
  timingsMs: { decode: 1, faces: 1, measure: 1 },
};

const password = (name: string) => `${name}-long-enough-password`;
/** Inbox ids are person keys: `u:` and the profile URL without scheme and `www.`. */
const sharedInviter = 'u:linkedin.com/in/peter-pending';

/** What only one user has: an inviter, a headline, the export's name. */
const own = (name: string) => ({
  inviter: `${name[0]!.toUpperCase()}${name.slice(1)}only Inviter`,
  inviterUrl: `https://www.linkedin.com/in/${name}only-inviter`,
  inviterId: `u:linkedin.com/in/${name}only-inviter`,
  headline: `Headline of ${name} the owner`,
  source: `${name}_LinkedInDataExport_11-26-2026.zip`,
  settingsName: `${name} settings name`,
  facts: `Seen by ${name} on the profile`,
  event: `${name} event marker`,
});

/** The known export with the user's own inviter and headline, zipped under the user's name. */
async function writeUserExport(name: string): Promise<string> {
  const dir = tempDirectory(`cross-user-${name}`);
  const folder = join(dir, 'files');
  await mkdir(folder);
  await writeKnownExport(folder);
  const mine = own(name);
  const invitations = join(folder, 'Invitations.csv');
  await writeFile(
    invitations,
    `${await readFile(invitations, 'utf8')}${mine.inviter},Robert Vos,"11/25/26, 11:00 AM",Hello from ${name},INCOMING,${mine.inviterUrl},https://www.linkedin.com/in/robertvos\n`,
  );
  const profile = join(folder, 'Profile.csv');
  await writeFile(
    profile,
    (await readFile(profile, 'utf8')).replace('Adviseur bij Rovos', mine.headline),
  );
  return zipFolder(folder, join(dir, mine.source));
}

function crossUserSuite(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`one user cannot reach another's data, on ${label}`, () => {
    let target: StoreTarget;
    let base: KyselyStore;
    let server: MultiUserTestApp;
    let ann: UserClient;
    let bob: UserClient;
    let cara: UserClient;
    let annJob: string;
    let bobJob: string;
    let workerUrl: string | undefined;
    const tried = new Set<string>();

    const json = async <T>(response: Response): Promise<T> => {
      assert.ok(response.ok, `${response.status} ${response.url}`);
      return (await response.json()) as T;
    };
    const upload = async (user: UserClient, zip: string) => {
      const response = await user.call('/api/import', {
        method: 'POST',
        body: await readFile(zip),
        headers: { 'x-file-name': encodeURIComponent(zip.split('/').pop()!) },
      });
      assert.equal(response.status, 202, await response.clone().text());
      return ((await response.json()) as { job: { id: string } }).job.id;
    };
    const finished = async (user: UserClient, id: string) => {
      for (let attempt = 0; attempt < 1500; attempt += 1) {
        const { job } = await json<{ job: { status: string; error: unknown } }>(
          await user.call(`/api/import/jobs/${id}`),
        );
        if (job.status !== 'running') {
          assert.equal(job.status, 'done', JSON.stringify(job.error));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`job ${id} did not finish`);
    };
    /** The body of a read by `user` holds nothing that only the others have. */
    const readsNothingOfOthers = async (user: UserClient, path: string, others: string[]) => {
      const response = await user.call(path);
      assert.equal(response.status, 200, `${user.username} ${path}`);
      const text = await response.text();
      for (const name of others) {
        for (const [what, marker] of Object.entries(own(name))) {
          assert.ok(!text.includes(marker), `${user.username} ${path} shows ${name}'s ${what}`);
        }
      }
      return text;
    };
    const inboxEntry = async (user: UserClient, id: string) =>
      (
        await json<{ entry: { status: string; facts: { headline?: string } } }>(
          await user.call(`/api/inbox/entry?id=${encodeURIComponent(id)}`),
        )
      ).entry;

    before(async () => {
      const reason = postgresUnavailable();
      if (label.startsWith('PostgreSQL') && reason) throw new Error(reason);
      target = await makeTarget();
      base = (await target.open()) as KyselyStore;
      // On a real PostgreSQL server imports run as `netwerk serve --multi-user` runs them: in a
      // worker thread each, on a connection of their own to the test's database (PGlite cannot
      // be shared with a worker; there they run in-process).
      const serverUrl = process.env.NETWERK_TEST_PG_URL;
      if (base.dialect === 'postgres' && serverUrl) {
        const url = new URL(serverUrl);
        url.pathname = new URL(base.location).pathname;
        workerUrl = url.toString();
      }
      server = createMultiUserTestApp(base, {
        analyzePhoto: async () => fakePhoto,
        ...(workerUrl ? { runImport: importInWorker(workerUrl, { accountBound: true }) } : {}),
      });
      for (const name of ['ann', 'bob', 'cara']) await server.addUser(name, password(name));
      [ann, bob, cara] = await Promise.all([
        server.signIn('ann', password('ann')),
        server.signIn('bob', password('bob')),
        server.signIn('cara', password('cara')),
      ]);
      const [annZip, bobZip, caraZip] = await Promise.all(
        ['ann', 'bob', 'cara'].map(writeUserExport),
      );
      annJob = await upload(ann, annZip!);
      await finished(ann, annJob);
      // Ann's own marks, facts, settings and an event: what nobody else may see or change.
      await json(
        await ann.call('/api/inbox/mark', {
          method: 'PUT',
          json: { id: sharedInviter, mark: 'accepted' },
        }),
      );
      await json(
        await ann.call('/api/inbox/facts', {
          method: 'PUT',
          json: { id: own('ann').inviterId, facts: { headline: own('ann').facts } },
        }),
      );
      await json(
        await ann.call('/api/settings', {
          method: 'PUT',
          json: {
            name: own('ann').settingsName,
            signature: '',
            language: 'en',
            timeZone: 'Europe/Amsterdam',
            account: 'premium',
            interests: { companies: [], industries: [], keywords: [], places: [] },
          },
        }),
      );
      const annOwner = (await server.accounts.find('ann'))!.ownerId;
      await (
        await base.forOwner(annOwner)
      ).saveEvent({
        eventId: 'ann-event',
        name: own('ann').event,
        createdAt: '2026-11-20T10:00:00Z',
        people: [],
      });

      // Before Bob has anything: every read of Bob's is empty of Ann.
      for (const path of readPaths) await readsNothingOfOthers(bob, path, ['ann']);
      for (const id of [sharedInviter, own('ann').inviterId]) {
        const entry = await bob.call(`/api/inbox/entry?id=${encodeURIComponent(id)}`);
        assert.equal(entry.status, 404, `Bob guesses ${id} before importing`);
      }
      // Bob and Cara import at the same time.
      [bobJob] = await Promise.all([upload(bob, bobZip!), upload(cara, caraZip!)]).then(
        async ([bobId, caraId]) => {
          await Promise.all([finished(bob, bobId), finished(cara, caraId)]);
          return [bobId, caraId] as const;
        },
      );
    });
    after(async () => {
      await base?.close();
      await target?.dispose();
    });

    /** Every GET that reads a list or a view (one entry needs an id: its own cases below). */
    const readPaths = [
      '/api/session',
      '/api/settings',
      '/api/imports',
      '/api/inbox',
      '/api/network/charts',
      '/api/network/followups',
      '/api/network/reconnects',
      '/api/network/sent',
      '/api/network/week',
      '/api/events',
      '/api/profile',
    ];

    /** One case per route: what Bob tries with Ann's ids, and what must hold afterwards. */
    const cases: Record<string, () => Promise<void>> = {
      'POST /api/auth/login': async () => {
        const wrong = await server.client().call('/api/auth/login', {
          method: 'POST',
          json: { username: 'ann', password: password('bob') },
        });
        assert.equal(wrong.status, 401, "Bob's password does not open Ann's account");
      },
      'GET /api/session': async () => {
        const session = await json<{ username: string }>(await bob.call('/api/session'));
        assert.equal(session.username, 'bob');
      },
      'GET /api/settings': async () => {
        await readsNothingOfOthers(bob, '/api/settings', ['ann', 'cara']);
      },
      'PUT /api/settings': async () => {
        const saved = await bob.call('/api/settings', {
          method: 'PUT',
          json: {
            name: own('bob').settingsName,
            signature: 'Bob',
            language: 'nl',
            timeZone: 'Europe/Amsterdam',
            account: 'free',
            interests: { companies: [], industries: [], keywords: [], places: [] },
          },
        });
        assert.equal(saved.status, 200);
        const anns = await json<{ name: string; account: string }>(await ann.call('/api/settings'));
        assert.equal(anns.name, own('ann').settingsName);
        assert.equal(anns.account, 'premium');
      },
      'POST /api/import': async () => {
        // Bob's import (in before) left Ann's data as it was.
        const imports = await json<{ imports: { source: string }[]; stats: unknown }>(
          await ann.call('/api/imports'),
        );
        assert.deepEqual(
          imports.imports.map((entry) => entry.source),
          [own('ann').source],
        );
        const bobs = await json<{ imports: { source: string }[] }>(await bob.call('/api/imports'));
        assert.deepEqual(
          bobs.imports.map((entry) => entry.source),
          [own('bob').source],
        );
      },
      'GET /api/import/jobs/:id': async () => {
        assert.equal((await bob.call(`/api/import/jobs/${annJob}`)).status, 404);
        assert.equal((await ann.call(`/api/import/jobs/${bobJob}`)).status, 404);
        assert.equal((await ann.call(`/api/import/jobs/${annJob}`)).status, 200);
      },
      'GET /api/import/jobs/:id/events': async () => {
        assert.equal((await bob.call(`/api/import/jobs/${annJob}/events`)).status, 404);
      },
      'GET /api/imports': async () => {
        await readsNothingOfOthers(bob, '/api/imports', ['ann', 'cara']);
      },
      'GET /api/inbox': async () => {
        const text = await readsNothingOfOthers(bob, '/api/inbox', ['ann', 'cara']);
        const rows = (JSON.parse(text) as { rows: { id: string; status: string }[] }).rows;
        assert.ok(rows.some((row) => row.id === own('bob').inviterId));
        // The shared inviter is Bob's own row: Ann's mark is not on it.
        assert.equal(rows.find((row) => row.id === sharedInviter)?.status, 'pending');
        const annRows = (await json<{ rows: { id: string }[] }>(await ann.call('/api/inbox'))).rows;
        assert.ok(!annRows.some((row) => row.id === own('bob').inviterId));
      },
      'GET /api/inbox/entry': async () => {
        // Guessing Ann's ids: her own inviter is not Bob's, the shared one is Bob's own.
        const guessed = await bob.call(
          `/api/inbox/entry?id=${encodeURIComponent(own('ann').inviterId)}`,
        );
        assert.equal(guessed.status, 404);
        assert.equal((await inboxEntry(bob, sharedInviter)).status, 'pending');
        await readsNothingOfOthers(
          bob,
          `/api/inbox/entry?id=${encodeURIComponent(sharedInviter)}`,
          ['ann', 'cara'],
        );
      },
      'PUT /api/inbox/facts': async () => {
        const guessed = await bob.call('/api/inbox/facts', {
          method: 'PUT',
          json: { id: own('ann').inviterId, facts: { headline: 'Bob was here' } },
        });
        assert.equal(guessed.status, 404);
        const shared = await bob.call('/api/inbox/facts', {
          method: 'PUT',
          json: { id: sharedInviter, facts: { headline: 'Bob saw this' } },
        });
        assert.equal(shared.status, 200);
        assert.equal(
          (await inboxEntry(ann, own('ann').inviterId)).facts.headline,
          own('ann').facts,
        );
        assert.equal((await inboxEntry(ann, sharedInviter)).facts.headline, undefined);
        assert.equal((await inboxEntry(cara, sharedInviter)).facts.headline, undefined);
        // Bob forgetting a fact reaches only his own.
        const forget = await bob.call('/api/inbox/facts', {
          method: 'PUT',
          json: { id: own('ann').inviterId, facts: { headline: null } },
        });
        assert.equal(forget.status, 404);
        assert.equal(
          (await inboxEntry(ann, own('ann').inviterId)).facts.headline,
          own('ann').facts,
        );
      },
      'PUT /api/inbox/mark': async () => {
        const guessed = await bob.call('/api/inbox/mark', {
          method: 'PUT',
          json: { id: own('ann').inviterId, mark: 'reported' },
        });
        assert.equal(guessed.status, 404);
        const shared = await bob.call('/api/inbox/mark', {
          method: 'PUT',
          json: { id: sharedInviter, mark: 'reported' },
        });
        assert.equal(shared.status, 200);
        assert.equal((await inboxEntry(ann, sharedInviter)).status, 'accepted');
        assert.equal((await inboxEntry(ann, own('ann').inviterId)).status, 'pending');
        assert.equal((await inboxEntry(cara, sharedInviter)).status, 'pending');
        // Bob's undo reaches only his own mark, never Ann's.
        const undo = await bob.call('/api/inbox/mark', {
          method: 'PUT',
          json: { id: sharedInviter, mark: 'pending' },
        });
        assert.equal(undo.status, 200);
        assert.equal((await inboxEntry(bob, sharedInviter)).status, 'pending');
        assert.equal((await inboxEntry(ann, sharedInviter)).status, 'accepted');
      },
      'GET /api/network/charts': async () => {
        await readsNothingOfOthers(bob, '/api/network/charts', ['ann', 'cara']);
        const anns = await json<{ totals: { connections: number } }>(
          await ann.call('/api/network/charts'),
        );
        const bobs = await json<{ totals: { connections: number } }>(
          await bob.call('/api/network/charts'),
        );
        assert.equal(anns.totals.connections, bobs.totals.connections, 'the same export each');
      },
      'GET /api/network/followups': async () => {
        await readsNothingOfOthers(bob, '/api/network/followups', ['ann', 'cara']);
      },
      'GET /api/network/reconnects': async () => {
        await readsNothingOfOthers(bob, '/api/network/reconnects', ['ann', 'cara']);
      },
      'GET /api/network/sent': async () => {
        await readsNothingOfOthers(bob, '/api/network/sent', ['ann', 'cara']);
      },
      'GET /api/network/week': async () => {
        await readsNothingOfOthers(bob, '/api/network/week', ['ann', 'cara']);
      },
      'GET /api/events': async () => {
        const text = await readsNothingOfOthers(bob, '/api/events', ['ann', 'cara']);
        assert.deepEqual(JSON.parse(text), { events: [] });
        assert.match(await (await ann.call('/api/events')).text(), /ann event marker/u);
      },
      'GET /api/profile': async () => {
        const text = await readsNothingOfOthers(bob, '/api/profile', ['ann', 'cara']);
        assert.match(text, /Headline of bob the owner/u);
      },
      'POST /api/profile/photo': async () => {
        const response = await bob.call('/api/profile/photo', {
          method: 'POST',
          body: new Uint8Array([0xff, 0xd8, 0xff]),
          headers: { 'content-type': 'image/jpeg' },
        });
        assert.equal(response.status, 200);
        const text = await response.text();
        assert.match(text, /Headline of bob the owner/u);
        for (const name of ['ann', 'cara']) assert.ok(!text.includes(own(name).headline));
      },
      'POST /api/auth/logout': async () => {
        const second = await server.signIn('bob', password('bob'));
        assert.equal((await second.call('/api/auth/logout', { method: 'POST' })).status, 200);
        assert.equal((await ann.call('/api/session')).status, 200, "Ann's session lives on");
        assert.equal((await bob.call('/api/session')).status, 200, "Bob's other one too");
      },
      'PUT /api/auth/password': async () => {
        const changed = await bob.call('/api/auth/password', {
          method: 'PUT',
          json: { currentPassword: password('bob'), newPassword: 'bobs-second-password' },
        });
        assert.equal(changed.status, 200);
        assert.equal((await ann.call('/api/session')).status, 200, "Ann's session lives on");
        await server.signIn('ann', password('ann'));
        // Knowing Ann's name and guessing is a login, throttled like any (tested in auth).
      },
    };

    for (const [route, check] of Object.entries(cases)) {
      it(`${route}: Bob gets nothing of Ann's or Cara's and changes nothing of theirs`, async () => {
        tried.add(route);
        await check();
      });
    }

    it('signs a removed user out at once, and their import under way writes nothing', async () => {
      // The import waits until the account is gone: an upload that took long, or a removal
      // just before the import's transaction. On SQLite and a real server it runs in a worker
      // as the server runs it; PGlite cannot be shared with a worker.
      const workerLocation = base.dialect === 'sqlite' ? base.location : workerUrl;
      const inner: ImportRunner = workerLocation
        ? importInWorker(workerLocation, { accountBound: true })
        : (path, scope, progress) => importExport(path, scope.store, { progress });
      let removed!: () => void;
      const gone = new Promise<void>((resolve) => (removed = resolve));
      let outcome: Promise<unknown> | undefined;
      const runImport: ImportRunner = (path, scope, progress) => {
        const run = gone.then(() => inner(path, scope, progress));
        outcome = run;
        return run;
      };
      const other = createMultiUserTestApp(base, { runImport });
      await other.addUser('dan', password('dan'));
      const dan = await other.signIn('dan', password('dan'));
      const danOwner = (await other.accounts.find('dan'))!.ownerId;
      const uploaded = await dan.call('/api/import', {
        method: 'POST',
        body: await readFile(await writeUserExport('dan')),
        headers: { 'x-file-name': 'dan.zip' },
      });
      assert.equal(uploaded.status, 202);
      assert.equal(await other.accounts.remove('dan'), true);
      removed();
      const session = await dan.call('/api/session');
      assert.equal(session.status, 401, 'the removed user is signed out');
      assert.equal(dan.cookie, undefined, 'and the dead cookie cleared');
      await assert.rejects(
        outcome!,
        (error) => isAppError(error) && error.code === 'account-removed',
      );
      for (const table of ['connections', 'invitations', 'imports', 'owners'] as const) {
        const column = table === 'owners' ? 'id' : 'owner_id';
        const rows = await base.database
          .selectFrom(table)
          .select(column)
          .where(column, '=', danOwner)
          .execute();
        assert.equal(rows.length, 0, `no ${table} rows of the removed user`);
      }
      // The others' data is as it was.
      assert.equal(
        (await json<{ imports: unknown[] }>(await ann.call('/api/imports'))).imports.length,
        1,
      );
    });

    it('has a case for every route the app has, and every route but the login needs a session', async () => {
      const routes = server.app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path}`);
      assert.deepEqual([...new Set(routes)].sort(), Object.keys(cases).sort());
      const stranger = server.client();
      for (const route of routes.filter((route) => route !== 'POST /api/auth/login')) {
        const [method, path] = route.split(' ') as [string, string];
        const response = await stranger.call(path.replace(':id', annJob), {
          method,
          ...(method === 'GET' ? {} : { json: {} }),
        });
        assert.equal(response.status, 401, route);
      }
      // A made-up session cookie is no session.
      const forged = await stranger.call('/api/inbox', {
        headers: { cookie: 'netwerk_session_4747=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      });
      assert.equal(forged.status, 401);
      assert.equal(tried.size, Object.keys(cases).length);
    });
  });
}

crossUserSuite(sqliteTarget, 'SQLite');
crossUserSuite(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);
