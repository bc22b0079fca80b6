import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeKnownExport } from '../support/known-export.js';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';

let sandbox: CliSandbox;
const now = ['--now', '2026-11-26T12:00:00Z'];
before(async () => {
  sandbox = createCliSandbox();
  const exportDir = join(sandbox.dir, 'export');
  mkdirSync(exportDir);
  await writeKnownExport(exportDir);
  const imported = await sandbox.run(['import', exportDir, '--json']);
  assert.equal(imported.code, 0, imported.stderr);
});
after(() => sandbox.dispose());

describe('the network commands', () => {
  it('lists follow-ups, reconnects, sent invitations and visibility as JSON with --now', async () => {
    const env = { TZ: 'Europe/Amsterdam' };
    const followups = JSON.parse(
      (await sandbox.run(['followups', '--json', ...now], { env })).stdout,
    ) as { followups: unknown[] };
    assert.equal(followups.followups.length, 5);
    const narrower = JSON.parse(
      (await sandbox.run(['followups', '--days', '7', '--json', ...now], { env })).stdout,
    ) as { followups: unknown[] };
    assert.equal(narrower.followups.length, 4);
    const reconnect = JSON.parse(
      (await sandbox.run(['reconnect', '--json', ...now], { env })).stdout,
    ) as { reconnects: { name: string }[] };
    assert.deepEqual(
      reconnect.reconnects.map((r) => r.name),
      ['Piet Stil'],
    );
    const sent = JSON.parse((await sandbox.run(['sent', '--json', ...now], { env })).stdout) as {
      sent: { daysPending: number }[];
    };
    assert.deepEqual(
      sent.sent.map((s) => s.daysPending),
      [21],
    );
    const visibility = JSON.parse(
      (await sandbox.run(['visibility', '--json', ...now], { env })).stdout,
    ) as { nudge: boolean };
    assert.equal(visibility.nudge, true);
  });

  it('records profile facts and marks by name, and says when a name fits nobody', async () => {
    const set = await sandbox.run([
      'inviter',
      'set',
      'Peter Pending',
      '--photo',
      'yes',
      '--headline',
      'Freelance copywriter for B2B tech',
      '--summary',
      'I write case studies and white papers for software companies that sell to engineers.',
    ]);
    assert.equal(set.code, 0, set.stderr);
    const triage = JSON.parse((await sandbox.run(['triage', '--json', ...now])).stdout) as {
      name: string;
      verdict: string;
    }[];
    assert.equal(triage.find((r) => r.name === 'Peter Pending')?.verdict, 'accept');
    const mark = await sandbox.run(['inviter', 'mark', 'Rich Moore', 'reported']);
    assert.equal(mark.code, 0, mark.stderr);
    const after = JSON.parse((await sandbox.run(['triage', '--json'])).stdout) as {
      name: string;
    }[];
    assert.deepEqual(
      after.map((r) => r.name),
      ['Peter Pending'],
    );
    const unknown = await sandbox.run(['inviter', 'mark', 'Nobody Known', 'ignored']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /No pending invitation from 'Nobody Known'/);
  });

  it('undoes a mark with `mark … pending` and forgets facts with `set --forget`', async () => {
    const triage = async () =>
      JSON.parse((await sandbox.run(['triage', '--json', ...now])).stdout) as {
        name: string;
        verdict: string;
      }[];
    const undo = await sandbox.run(['inviter', 'mark', 'Rich Moore', 'pending', '--json']);
    assert.equal(undo.code, 0, undo.stderr);
    assert.equal((JSON.parse(undo.stdout) as { mark: string }).mark, 'pending');
    assert.ok(
      (await triage()).some((r) => r.name === 'Rich Moore'),
      'Rich is pending again',
    );

    const forget = await sandbox.run([
      'inviter',
      'set',
      'Peter Pending',
      '--forget',
      'photo,headline,summary',
      '--json',
    ]);
    assert.equal(forget.code, 0, forget.stderr);
    assert.deepEqual((JSON.parse(forget.stdout) as { facts: unknown }).facts, {
      hasPhoto: null,
      headline: null,
      summary: null,
    });
    // Back to unknown: the profile has to be checked again, not judged on a remembered photo.
    assert.equal((await triage()).find((r) => r.name === 'Peter Pending')?.verdict, 'review');

    const clash = await sandbox.run([
      'inviter',
      'set',
      'Peter Pending',
      '--photo',
      'no',
      '--forget',
      'photo',
    ]);
    assert.equal(clash.code, 2);
    assert.match(clash.stderr, /--forget photo/);
    const unknownFact = await sandbox.run(['inviter', 'set', 'Peter Pending', '--forget', 'age']);
    assert.equal(unknownFact.code, 2);
    assert.match(unknownFact.stderr, /photo, headline, summary/);
    const badMark = await sandbox.run(['inviter', 'mark', 'Peter Pending', 'deleted']);
    assert.equal(badMark.code, 2);
    assert.match(badMark.stderr, /or pending/);
  });

  it('prints the weekly plan on a terminal and as JSON', async () => {
    const text = await sandbox.run(['week', ...now, '--lang', 'nl']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Netwerkplan voor week 2026-W48/);
    const plan = JSON.parse((await sandbox.run(['week', '--json', ...now])).stdout) as {
      actions: string[];
      followups: { count: number };
    };
    assert.equal(plan.followups.count, 5);
    assert.ok(plan.actions.length > 0);
  });
});

describe('netwerk audit without facts given', () => {
  it("audits the user's own imported profile: headline from Profile.csv", async () => {
    const result = await sandbox.run(['audit', '--json']);
    const audit = JSON.parse(result.stdout) as { headline: { verdict: string } };
    assert.ok(audit.headline, result.stderr);
    assert.equal(typeof audit.headline.verdict, 'string');
    // The known export's headline "Adviseur bij Rovos" is a role at an organisation.
    assert.equal(audit.headline.verdict, 'good');
  });
});

describe('netwerk event', () => {
  it('drafts a note per person naming the event and topic, keeps the list and shows who connected after import', async () => {
    const file = join(sandbox.dir, 'met.csv');
    writeFileSync(
      file,
      'name,topic,company,profileUrl\nKarin de Vries,warmtepompen,Isala,https://www.linkedin.com/in/karin-de-vries\nNew Person,logistics,,\n',
    );
    const result = await sandbox.run([
      'event',
      'Dag van de Logistiek',
      '--people',
      file,
      '--lang',
      'nl',
      '--limit',
      '200',
      '--json',
      ...now,
    ]);
    assert.equal(result.code, 0, result.stderr);
    const event = JSON.parse(result.stdout) as {
      eventId: string;
      people: { name: string; note: string }[];
    };
    assert.equal(event.eventId, 'dag-van-de-logistiek-2026-11-26');
    for (const person of event.people) {
      assert.ok(person.note.length > 0 && person.note.length <= 200);
      assert.match(person.note, /Dag van de Logistiek/);
    }
    const list = JSON.parse((await sandbox.run(['events', '--json'])).stdout) as {
      events: { people: { name: string; status: string }[] }[];
    };
    assert.deepEqual(
      list.events[0]?.people.map((p) => [p.name, p.status]),
      [
        ['Karin de Vries', 'connected'],
        ['New Person', 'not-invited'],
      ],
    );
  });
});
