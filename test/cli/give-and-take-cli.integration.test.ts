import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { person, writeGiveAndTakeExport } from '../give-and-take/give-and-take-export.js';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';

interface LedgerJson {
  asOf: string;
  points: Record<string, number>;
  people: { name: string; balance: number; suggestion: { kind: string; text: string } | null }[];
}

let sandbox: CliSandbox;
before(async () => {
  sandbox = createCliSandbox();
  await writeFile(
    join(sandbox.dir, 'config.toml'),
    'name = "Karin Visser"\nlanguage = "en"\nsignature = "Best, Karin"\n',
  );
  const zip = await writeGiveAndTakeExport(sandbox.dir);
  const imported = await sandbox.run(['import', zip, '--json']);
  assert.equal(imported.code, 0, imported.stderr);
});
after(() => sandbox.dispose());

describe('netwerk ledger', () => {
  it('lists who gave and got what as JSON, most owed first, as of --now', async () => {
    const run = await sandbox.run(['ledger', '--json', '--now', '2026-11-26']);
    assert.equal(run.code, 0, run.stderr);
    const ledger = JSON.parse(run.stdout) as LedgerJson;
    assert.equal(ledger.asOf, '2026-11-26T00:00:00Z');
    assert.deepEqual(ledger.points, {
      recommendation: 8,
      introduction: 5,
      endorsement: 2,
      help: 1,
    });
    assert.deepEqual(
      ledger.people.map((entry) => [entry.name, entry.balance, entry.suggestion?.kind ?? null]),
      [
        [person(4).name, 8, 'recommend'],
        [person(1).name, 8, 'recommend'],
        [person(22).name, 3, 'endorse'],
        [person(19).name, 1, 'endorse'],
        [person(31).name, 1, 'introduce'],
        [person(16).name, -5, null],
        [person(10).name, -5, null],
        [person(7).name, -8, null],
      ],
    );
    // Before the group introduction in May 2025, 10 and 16 were even.
    const earlier = JSON.parse(
      (await sandbox.run(['ledger', '--json', '--now', '2025-05-01'])).stdout,
    ) as LedgerJson;
    assert.deepEqual(
      earlier.people.filter((entry) => entry.balance === 0).map((entry) => entry.name),
      // Even balance and points: the more recent exchange (16's, in February 2025) first.
      [person(16).name, person(10).name],
    );
  });

  it('shows one person’s timeline and what to give back, in the user’s language', async () => {
    const run = await sandbox.run(['ledger', person(4).url, '--lang', 'nl', '--now', '2026-11-26']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /Saldo \+8: je kreeg 10 punten \(1 aanbeveling en 1 onderschrijving\), je gaf 2 punten \(1 onderschrijving\)/u,
    );
    assert.match(run.stdout, /2025-02-05 {2}← aanbeveling: Teamleider/u);
    assert.match(run.stdout, /→ Schrijf een aanbeveling voor Zoë: Zoë schreef er een voor jou\./u);
  });
});

describe('netwerk intro', () => {
  it('drafts the double opt-in messages in each side’s language and logs them', async () => {
    const run = await sandbox.run([
      'intro',
      person(31).name,
      person(41).url,
      '--why',
      'you both write for B2B tech companies',
      '--json',
      '--now',
      '2026-11-26T10:00:00Z',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const plan = JSON.parse(run.stdout) as {
      introduction: { id: number; status: string; createdAt: string };
      people: { name: string; language: string; languageSource: string }[];
      drafts: Record<'askA' | 'askB' | 'introduction', { language: string; text: string }>;
    };
    assert.deepEqual(plan.introduction, {
      ...plan.introduction,
      id: 1,
      status: 'drafted',
      createdAt: '2026-11-26T10:00:00Z',
    });
    assert.deepEqual(
      plan.people.map((p) => [p.name, p.language, p.languageSource]),
      [
        [person(31).name, 'nl', 'messages'],
        [person(41).name, 'en', 'messages'],
      ],
    );
    assert.deepEqual(
      [plan.drafts.askA.language, plan.drafts.askB.language, plan.drafts.introduction.language],
      ['nl', 'en', 'en'],
    );
    assert.ok(plan.drafts.askB.text.endsWith('\n\nBest, Karin'));
    // The reason is English, the message to 31 Dutch: a tip, not an error.
    assert.match(run.stderr, /Tip: --why reads as English, but a message is in Dutch/u);
  });

  it('writes every message in the language of --lang', async () => {
    const run = await sandbox.run([
      'intro',
      person(1).url,
      person(19).url,
      '--why',
      'Sie arbeiten beide an der Einarbeitung neuer Kollegen',
      '--lang',
      'de',
      '--json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const plan = JSON.parse(run.stdout) as {
      drafts: Record<string, { language: string; text: string }>;
    };
    assert.deepEqual(
      Object.values(plan.drafts).map((draft) => draft.language),
      ['de', 'de', 'de'],
    );
    assert.match(
      plan.drafts.askA?.text ?? '',
      /^Hallo Jan, ich würde Sie gern mit Kees A\. de Vries/u,
    );
    assert.equal(run.stderr, '');
  });

  it('keeps the log: list and mark with the time of --now', async () => {
    const asked = await sandbox.run([
      'intro',
      'mark',
      '1',
      'asked',
      '--json',
      '--now',
      '2026-11-27',
    ]);
    assert.equal(asked.code, 0, asked.stderr);
    assert.deepEqual(
      (({ status, askedAt }) => ({ status, askedAt }))(
        JSON.parse(asked.stdout) as { status: string; askedAt: string },
      ),
      { status: 'asked', askedAt: '2026-11-27T00:00:00Z' },
    );
    const list = await sandbox.run(['intro', 'list', '--json']);
    assert.deepEqual(
      (JSON.parse(list.stdout) as { id: number; status: string }[]).map((entry) => [
        entry.id,
        entry.status,
      ]),
      [
        [2, 'drafted'],
        [1, 'asked'],
      ],
    );
    const text = await sandbox.run(['intro', 'list']);
    assert.match(
      text.stdout,
      new RegExp(`#1  asked     2026-11-27  ${person(31).name} and ${person(41).name}`, 'u'),
    );
  });

  it('refuses an unknown id, an unknown status and a name two connections share, in one sentence', async () => {
    const unknown = await sandbox.run(['intro', 'mark', '9', 'done']);
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /There is no introduction #9\. `netwerk intro list` shows the numbers\./u,
    );
    const status = await sandbox.run(['intro', 'mark', '1', 'maybe']);
    assert.equal(status.code, 2);
    assert.match(status.stderr, /maybe: choose asked, accepted, declined, done/u);
    const namesakes = await sandbox.run(['intro', person(20).name, person(41).url, '--why', 'x']);
    assert.equal(namesakes.code, 2);
    assert.equal(namesakes.stderr.trim().split('\n').length, 1);
    assert.ok(
      namesakes.stderr.includes(person(20).url) && namesakes.stderr.includes(person(21).url),
    );
    const missing = await sandbox.run(['intro', 'Nobody Known', person(41).url, '--why', 'x']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /'Nobody Known' is not among your connections/u);
  });
});
