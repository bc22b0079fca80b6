import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { isAppError } from '../core/errors/app-error.js';
import { snapshotDomains } from '../core/linkedin-sync/snapshot-domains.js';
import * as samples from '../core/linkedin-sync/test-support/documented-samples.js';
import { importExport } from '../import/import-export.js';
import { generateExport, writeExportZip } from '../import/test-support/generate-export.js';
import { tempDirectory } from '../import/test-support/temp-directory.js';
import type { Store } from '../store/store.js';
import { dumpStore } from '../store/test-support/store-dump.js';
import type { StoreTarget } from '../store/test-support/store-targets.js';
import { postgresTarget, sqliteTarget } from '../store/test-support/store-targets.js';
import { hasSyncProblems } from './sync-summary.js';
import { syncWithLinkedIn } from './sync-with-linkedin.js';
import type { FakeLinkedInApi } from './test-support/fake-linkedin-api.js';
import { startFakeLinkedInApi } from './test-support/fake-linkedin-api.js';
import { snapshotFromExport } from './test-support/snapshot-from-export.js';

const token = 'AQX-fake-token-0123456789abcdefghijklmnopqrstuvwxyz';
const now = new Date('2026-03-05T10:00:00Z');
const at = (iso: string) => Date.parse(iso);

let fake: FakeLinkedInApi;
let target: StoreTarget;
const stores: Store[] = [];
before(async () => {
  fake = await startFakeLinkedInApi({ token });
  target = await sqliteTarget();
});
after(async () => {
  for (const store of stores) await store.close();
  await target.dispose();
  await fake.close();
});

async function freshStore(): Promise<Store> {
  const store = await target.open();
  stores.push(store);
  return store;
}

/** Resets the fake to an empty account. */
function emptyAccount(): void {
  for (const domain of [...snapshotDomains]) fake.setSnapshot(domain, []);
  fake.setChangelog([]);
}

const sync = (store: Store, domains: readonly string[] = snapshotDomains) =>
  syncWithLinkedIn({
    store,
    api: { token, baseUrl: fake.baseUrl, sleep: async () => undefined },
    clock: () => now,
    domains: domains as (typeof snapshotDomains)[number][],
  });

/** A comment as the changelog shows it and the ALL_COMMENTS row of the same action. */
function commentBoth(id: string, capturedAt: number, text: string) {
  const event = {
    ...samples.commentEvent,
    id: Number(id),
    activityId: `comment-${id}`,
    resourceId: id,
    capturedAt,
    processedAt: capturedAt + 5_000,
    activity: { ...samples.commentEvent.activity, id, message: { attributes: [], text } },
  };
  const row = {
    Date: new Date(capturedAt).toISOString().slice(0, 19).replace('T', ' '),
    Link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aarticle%3A7152306652638920611',
    Message: text,
  };
  return { event, row };
}

beforeEach(() => emptyAccount());

describe('a sync with LinkedIn', () => {
  it('brings the snapshot in as an import would, and the export then adds nothing', async () => {
    const generated = generateExport({ era: '2026-03', seed: 'sync', messages: 300 });
    const zip = await writeExportZip(tempDirectory('sync-export'), generated);
    for (const [domain, pages] of await snapshotFromExport(zip, 40))
      fake.setSnapshot(domain, pages);

    const store = await freshStore();
    const summary = await sync(store);
    assert.equal(hasSyncProblems(summary), false, JSON.stringify(summary.snapshot));
    assert.equal(summary.seq, 1);
    const inbox = summary.snapshot.find((domain) => domain.domain === 'INBOX');
    assert.ok(
      inbox &&
        inbox.pages > 1 &&
        inbox.inserted === generated.expected.messages + generated.expected.drafts,
    );

    const stats = await store.getStats();
    assert.equal(stats.connections, generated.expected.connections);
    assert.equal(stats.messages, generated.expected.messages);
    // Pending incoming invitations come from the snapshot (the changelog never has them).
    assert.deepEqual(stats.invitations, generated.expected.invitations);

    const again = await importExport(zip, store);
    for (const file of again.files) {
      if (
        [
          'notes',
          'company-follows',
          'recommendations-received',
          'recommendations-given',
          'endorsements-received',
        ].includes(file.kind)
      )
        continue;
      assert.deepEqual([file.inserted, file.updated], [0, 0], `${file.name} after the sync`);
    }
  });

  it('changes nothing when the same snapshot comes again', async () => {
    fake.setSnapshot('CONNECTIONS', [
      [
        {
          'First Name': 'Jan',
          'Last Name': 'Smit',
          URL: 'https://www.linkedin.com/in/jan',
          'Connected On': '08 Feb 2026',
        },
      ],
    ]);
    const store = await freshStore();
    await sync(store);
    const before = await dumpStore(store);
    const second = await sync(store);
    assert.equal(await dumpStore(store), before);
    assert.equal(second.snapshot.find((domain) => domain.domain === 'CONNECTIONS')?.unchanged, 1);
  });

  it('applies the changelog since the cursor and never doubles the event the inclusive startTime repeats', async () => {
    const first = commentBoth('11', at('2026-03-01T08:00:00Z'), 'Eerste');
    const second = commentBoth('12', at('2026-03-02T08:00:00Z'), 'Tweede');
    fake.setChangelog([first.event]);
    const store = await freshStore();
    const one = await sync(store, []);
    assert.equal(one.changelog.inserted, 1);
    assert.equal((await store.getSyncState()).changelogCursor, first.event.processedAt);

    fake.setChangelog([first.event, second.event]);
    fake.requests.length = 0;
    const two = await sync(store, []);
    assert.equal(fake.requests[0]?.query.startTime, String(first.event.processedAt));
    assert.deepEqual(
      [two.changelog.events, two.changelog.inserted, two.changelog.unchanged],
      [2, 1, 1],
    );
    assert.equal((await store.getStats()).comments, 2);
    assert.equal(two.changelog.cursor, new Date(second.event.processedAt).toISOString());
  });

  it('keeps one row when a snapshot and the changelog overlap, whichever comes first', async () => {
    const both = commentBoth('21', at('2026-03-03T09:07:12Z'), 'Mooi stuk!');
    const only = commentBoth('22', at('2026-03-04T09:00:00Z'), 'Nog niet in de snapshot');

    // Changelog first: a provisional row; the snapshot's row then takes its place.
    const store = await freshStore();
    fake.setChangelog([both.event, only.event]);
    await sync(store, []);
    assert.equal((await store.getStats()).comments, 2);
    fake.setSnapshot('ALL_COMMENTS', [[both.row]]);
    const withSnapshot = await sync(store, ['ALL_COMMENTS']);
    assert.equal(withSnapshot.changelog.replacedByTwin, 1);
    const comments = (await store.listActivity()).filter((item) => item.type === 'comment');
    assert.equal(comments.length, 2);
    assert.ok(
      comments.some((item) => item.link === both.row.Link),
      'the snapshot row is the one kept',
    );

    // Snapshot first: the changelog event finds its twin and writes nothing.
    const other = await freshStore();
    fake.setChangelog([]);
    await sync(other, ['ALL_COMMENTS']);
    fake.setChangelog([both.event]);
    const after = await sync(other, []);
    assert.deepEqual([after.changelog.alreadyKnown, after.changelog.inserted], [1, 0]);
    assert.equal((await other.getStats()).comments, 1);
  });

  it('attributes a new message in a known conversation and lets the INBOX row replace it later', async () => {
    const thread = '2-known==';
    const row = (date: string, from: string, content: string) => ({
      'CONVERSATION ID': thread,
      FROM: from === 'karin' ? 'Karin Smit' : 'Ada Lovelace',
      'SENDER PROFILE URL': `https://www.linkedin.com/in/${from}`,
      TO: from === 'karin' ? 'Ada Lovelace' : 'Karin Smit',
      'RECIPIENT PROFILE URLS': `https://www.linkedin.com/in/${from === 'karin' ? 'ada' : 'karin'}`,
      DATE: date,
      CONTENT: content,
      FOLDER: 'INBOX',
    });
    fake.setSnapshot('INBOX', [[row('2026-03-01 10:00:00 UTC', 'karin', 'Hoi Ada')]]);
    fake.setSnapshot('INVITATIONS', [
      [
        {
          From: 'Karin Smit',
          To: 'Ada Lovelace',
          'Sent At': '2/1/26, 9:00 AM',
          Message: '',
          Direction: 'OUTGOING',
          inviterProfileUrl: 'https://www.linkedin.com/in/karin',
          inviteeProfileUrl: 'https://www.linkedin.com/in/ada',
        },
      ],
    ]);
    const reply = {
      ...samples.inboundMessageEvent,
      owner: 'urn:li:person:karin',
      actor: 'urn:li:person:ada',
      resourceId: 'reply-1',
      processedAt: at('2026-03-02T10:00:30Z'),
      activity: {
        ...samples.inboundMessageEvent.activity,
        author: 'urn:li:person:ada',
        thread: `urn:li:messagingThread:${thread}`,
        createdAt: at('2026-03-02T10:00:00Z'),
        content: {
          format: 'TEXT',
          fallback: 'Dag Karin',
          formatVersion: 1,
          content: { string: 'Dag Karin' },
        },
      },
    };
    fake.setChangelog([reply]);
    const store = await freshStore();
    await sync(store, ['INVITATIONS', 'INBOX']);
    const messages = await store.listMessages({ conversationId: thread });
    assert.deepEqual(
      messages.map((message) => [message.senderKey, message.content, message.fromOwner]),
      [
        ['u:linkedin.com/in/ada', 'Dag Karin', false],
        ['u:linkedin.com/in/karin', 'Hoi Ada', true],
      ],
    );
    const activity = await store.listMessageActivity();
    assert.equal(
      activity.find((person) => person.personKey === 'u:linkedin.com/in/ada')?.received,
      1,
    );

    // The next snapshot has the reply: one message, the snapshot's.
    fake.setSnapshot('INBOX', [
      [
        row('2026-03-02 10:00:00 UTC', 'ada', 'Dag Karin'),
        row('2026-03-01 10:00:00 UTC', 'karin', 'Hoi Ada'),
      ],
    ]);
    const later = await sync(store, ['INBOX']);
    assert.equal(
      later.changelog.replacedByTwin + later.changelog.alreadyKnown,
      2,
      'the replaced row, and the repeated event',
    );
    const keys = (await store.listMessages({ conversationId: thread })).map(
      (message) => message.key,
    );
    assert.equal(keys.length, 2);
    assert.ok(keys.every((key) => !key.startsWith('cl:')));
  });

  it('applies an edit and a deletion to the provisional row of the same message', async () => {
    const created = {
      ...samples.messageEditedEvent,
      id: 1,
      method: 'CREATE',
      activityId: 'c1',
      processedAt: at('2026-03-02T10:00:00Z'),
      activity: {
        ...samples.messageEditedEvent.activity,
        content: { format: 'TEXT', fallback: 'Eerst', formatVersion: 1 },
      },
    };
    const edited = {
      ...samples.messageEditedEvent,
      id: 2,
      processedAt: at('2026-03-02T10:01:00Z'),
    };
    const store = await freshStore();
    fake.setChangelog([created]);
    await sync(store, []);
    fake.setChangelog([created, edited]);
    await sync(store, []);
    const [message] = await store.listMessages();
    assert.equal(message?.content, 'This Sent message has been edited');
    assert.equal((await store.getStats()).messages, 1);

    const deleted = {
      ...samples.messageDeletedEvent,
      resourceId: samples.messageEditedEvent.resourceId,
      processedAt: at('2026-03-02T10:02:00Z'),
    };
    fake.setChangelog([edited, deleted]);
    const removal = await sync(store, []);
    assert.equal(removal.changelog.removed, 1);
    assert.equal((await store.getStats()).messages, 0);
  });

  it('moves only the cursor for events netwerk does not apply, and says why they were left', async () => {
    fake.setChangelog([
      samples.invitationSentEvent,
      { ...samples.invitationWithdrawnEvent, processedAt: 1676279999999 },
    ]);
    const store = await freshStore();
    const summary = await sync(store, []);
    assert.equal(summary.seq, null);
    assert.deepEqual(summary.changelog.ignored, { 'invitation-urns-only': 2 });
    assert.equal((await store.getSyncState()).changelogCursor, 1676279999999);
    assert.equal((await store.getStats()).imports, 0);
  });

  it('records why a sync failed, keeps the data and the cursor, and clears it on success', async () => {
    const store = await freshStore();
    const first = commentBoth('31', at('2026-03-01T08:00:00Z'), 'Eerste');
    fake.setChangelog([first.event]);
    await sync(store, []);
    const before = await dumpStore(store);
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 401, body: samples.errorBody(401, 'Expired') },
    );
    await assert.rejects(
      sync(store, []),
      (error) => isAppError(error) && error.code === 'linkedin-token-rejected',
    );
    assert.equal(await dumpStore(store), before);
    const failed = await store.getSyncState();
    assert.deepEqual(failed.lastError, {
      code: 'linkedin-token-rejected',
      at: now.toISOString(),
      status: 401,
    });
    assert.equal(failed.changelogCursor, first.event.processedAt);
    await sync(store, []);
    assert.equal((await store.getSyncState()).lastError, null);
  });

  it('writes nothing of a snapshot when a later domain fails', async () => {
    fake.setSnapshot('CONNECTIONS', [
      [{ 'First Name': 'Jan', 'Last Name': 'Smit', 'Connected On': '08 Feb 2026' }],
    ]);
    fake.failNext({ path: 'memberSnapshotData', domain: 'INBOX' }, { status: 403 });
    const store = await freshStore();
    await assert.rejects(sync(store, ['CONNECTIONS', 'INBOX']));
    assert.equal((await store.getStats()).connections, 0);
  });

  it('reports rows it could not read and notes empty and refused domains', async () => {
    fake.setSnapshot('CONNECTIONS', [
      [
        { 'First Name': 'Jan', 'Last Name': 'Smit', 'Connected On': '08 Feb 2026' },
        { 'First Name': 'Piet', 'Last Name': 'Smit', 'Connected On': 'gisteren' },
      ],
    ]);
    fake.setSnapshot('SKILLS', [[{ Something: 'else' }]]);
    const store = await freshStore();
    const summary = await sync(store, ['CONNECTIONS', 'SKILLS', 'POSITIONS']);
    const byDomain = Object.fromEntries(summary.snapshot.map((domain) => [domain.domain, domain]));
    assert.deepEqual(byDomain.CONNECTIONS?.skipped, [
      {
        row: 2,
        problem: {
          kind: 'not-a-date',
          column: 'Connected On',
          value: 'gisteren',
          example: '08 Feb 2026',
        },
      },
    ]);
    assert.equal(byDomain.SKILLS?.status, 'no-header');
    assert.equal(byDomain.POSITIONS?.status, 'empty');
    assert.equal(hasSyncProblems(summary), true);
  });
});

describe('a sync on PostgreSQL', () => {
  it('gives the same data as on SQLite', async () => {
    const generated = generateExport({
      era: '2025',
      seed: 'pg-sync',
      messages: 120,
      connections: 80,
    });
    const zip = await writeExportZip(tempDirectory('sync-pg'), generated);
    for (const [domain, pages] of await snapshotFromExport(zip, 30))
      fake.setSnapshot(domain, pages);
    const event = commentBoth('41', at('2026-03-01T08:00:00Z'), 'Provisional');
    fake.setChangelog([event.event]);
    const pg = await postgresTarget();
    try {
      const onPg = await pg.open();
      const onSqlite = await freshStore();
      await sync(onPg);
      await sync(onSqlite);
      assert.equal(await dumpStore(onPg), await dumpStore(onSqlite));
      await onPg.close();
    } finally {
      await pg.dispose();
    }
  });
});
