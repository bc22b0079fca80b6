import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox, repositoryRoot } from '../support/spawn-netwerk.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
});
after(() => sandbox.dispose());

const example = join(repositoryRoot, 'examples/invitations.jsonl');
const parseLines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('netwerk triage', () => {
  it('writes one JSON object per invitation, in input order, when stdout is not a terminal', async () => {
    const result = await sandbox.run(['triage', example]);
    assert.equal(result.code, 0, result.stderr);
    const results = parseLines(result.stdout);
    assert.deepEqual(
      results.map((r) => r.id),
      ['karin', 'peter', 'fund', 'empty', 'lena', 'recruiter', '7'],
    );
    for (const r of results) {
      for (const key of [
        'verdict',
        'noteKind',
        'followUp',
        'language',
        'profileCheck',
        'reasons',
        'signals',
        'reply',
      ]) {
        assert.ok(key in r, `${String(r.id)} has ${key}`);
      }
    }
    assert.equal(results.find((r) => r.id === 'fund')?.verdict, 'caution');
    assert.ok(!result.stdout.includes('\u001b['), 'no colour codes in a pipe');
  });

  it('gives a JSON array with --json and with --format json', async () => {
    for (const args of [['--json'], ['--format', 'json']]) {
      const result = await sandbox.run(['triage', example, ...args]);
      assert.equal(result.code, 0);
      const parsed = JSON.parse(result.stdout) as unknown[];
      assert.equal(parsed.length, 7);
    }
  });

  it('prints a readable table grouped by verdict with --format table', async () => {
    const result = await sandbox.run(['triage', example, '--format', 'table']);
    assert.equal(result.code, 0);
    const caution = result.stdout.indexOf('CAUTION');
    const accept = result.stdout.indexOf('ACCEPT');
    const ignore = result.stdout.indexOf('IGNORE');
    assert.ok(caution >= 0 && caution < accept && accept < ignore, result.stdout);
    assert.match(result.stdout, /7 invitations/);
  });

  it('reads standard input with -', async () => {
    const line = JSON.stringify({
      id: 'x',
      message: 'Great meeting you at Web Summit yesterday!',
      from: { name: 'Ana Silva' },
    });
    const result = await sandbox.run(['triage', '-'], { stdin: `${line}\n` });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(parseLines(result.stdout)[0]?.verdict, 'accept');
  });

  it('reads a JSON array, and LinkedIn Invitations.csv with only the incoming rows', async () => {
    const arrayFile = join(sandbox.dir, 'array.json');
    writeFileSync(
      arrayFile,
      JSON.stringify([{ from: { name: 'A B' } }, { from: { name: 'C D' }, message: 'Hi' }]),
    );
    const fromArray = parseLines((await sandbox.run(['triage', arrayFile])).stdout);
    assert.deepEqual(
      fromArray.map((r) => r.id),
      ['1', '2'],
    );

    const csvFile = join(sandbox.dir, 'Invitations.csv');
    writeFileSync(
      csvFile,
      [
        'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
        'Karin de Vries,Robert Vos,"3/4/25, 9:07 AM",,INCOMING,https://www.linkedin.com/in/karindevries,https://www.linkedin.com/in/robertvos',
        'Robert Vos,Tom Bakker,"3/5/25, 1:15 PM","Hi Tom, great meeting you",OUTGOING,https://www.linkedin.com/in/robertvos,https://www.linkedin.com/in/tombakker',
        'Jan Smit,Robert Vos,"3/6/25, 10:00 AM","Hoi Robert, leuk je gisteren te spreken op de Dag van de Logistiek!",INCOMING,https://www.linkedin.com/in/jansmit,https://www.linkedin.com/in/robertvos',
      ].join('\n'),
    );
    const result = await sandbox.run(['triage', csvFile]);
    assert.equal(result.code, 0, result.stderr);
    const fromCsv = parseLines(result.stdout);
    assert.deepEqual(
      fromCsv.map((r) => [r.id, r.verdict]),
      [
        ['1', 'review'],
        ['3', 'accept'],
      ],
    );
    assert.match(result.stderr, /1 sent invitations \(OUTGOING\) skipped/);
  });

  it('keeps a malformed record in its place with the line and field, triages the rest and exits 1', async () => {
    const file = join(sandbox.dir, 'mixed.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', from: { name: 'Ann Example' } }),
        '{ this is not json',
        JSON.stringify({ id: 'c', from: { headline: 'Nurse' } }),
        JSON.stringify({ id: 'd', from: { name: 'Dirk Example', hasPhoto: 'yes' } }),
        JSON.stringify({ id: 'e', from: { name: 'Eve Example' } }),
      ].join('\n'),
    );
    const result = await sandbox.run(['triage', file]);
    assert.equal(result.code, 1);
    const lines = parseLines(result.stdout);
    assert.deepEqual(
      lines.map((r) => r.id),
      ['a', '2', 'c', 'd', 'e'],
    );
    assert.deepEqual(lines[1], {
      id: '2',
      line: 2,
      error: { field: '(record)', message: 'is not valid JSON' },
    });
    assert.deepEqual(lines[2], {
      id: 'c',
      line: 3,
      error: { field: 'from.name', message: 'is missing' },
    });
    assert.deepEqual(lines[3], {
      id: 'd',
      line: 4,
      error: { field: 'from.hasPhoto', message: 'has the wrong type' },
    });
    assert.match(result.stderr, /mixed\.jsonl line 3: from\.name is missing/);
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, 'no stack trace');
  });

  it('says in one sentence when a file is none of the three formats, and exits 2', async () => {
    const file = join(sandbox.dir, 'notes.txt');
    writeFileSync(file, 'Dear Karin,\nthis is a letter, not a list of invitations.\n');
    const result = await sandbox.run(['triage', file]);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(
      result.stderr,
      /notes\.txt is not JSON Lines, a JSON array or LinkedIn's Invitations\.csv/,
    );
  });

  it('exits 2 with one sentence for a missing file, and reads the database without one', async () => {
    const missing = await sandbox.run(['triage', 'nope.jsonl']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.jsonl does not exist/);
    const none = await sandbox.run(['triage']);
    assert.equal(none.code, 0, 'without a file triage reads the (empty) database');
    assert.match(none.stderr, /No pending invitations in the database/);
  });

  it('speaks Dutch with --lang nl', async () => {
    const result = await sandbox.run(['triage', example, '--lang', 'nl', '--json']);
    const results = JSON.parse(result.stdout) as { id: string; reasons: { text: string }[] }[];
    const empty = results.find((r) => r.id === 'empty');
    assert.match(empty?.reasons.map((r) => r.text).join(' ') ?? '', /Geen profielfoto/);
  });

  it('signs replies with the signature from the config file', async () => {
    const init = await sandbox.run([
      'config',
      'init',
      '--signature',
      'Groet, Robert Vos',
      '--lang',
      'nl',
    ]);
    assert.equal(init.code, 0, init.stderr);
    const again = await sandbox.run(['config', 'init']);
    assert.equal(again.code, 2, 'does not overwrite without --force');
    const result = await sandbox.run(['triage', example, '--json']);
    const karin = (JSON.parse(result.stdout) as { id: string; reply: string }[]).find(
      (r) => r.id === 'karin',
    );
    assert.ok(karin?.reply.endsWith('\n\nGroet, Robert Vos'), karin?.reply);
  });

  it('rejects a broken config file naming the file and the field', async () => {
    const config = join(sandbox.dir, 'broken.toml');
    writeFileSync(config, 'language = "fr"\n');
    const result = await sandbox.run(['triage', example, '--config', config]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /broken\.toml is invalid at 'language'/);
  });
});
