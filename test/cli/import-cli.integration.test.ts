import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { generateExport, writeExportZip } from '../../src/import/test-support/generate-export.js';
import type { GeneratedExport } from '../../src/import/test-support/generate-export.js';
import { writeZip } from '../../src/import/test-support/write-zip.js';
import { openStore } from '../../src/store/open-store.js';
import { dumpStore } from '../../src/store/test-support/store-dump.js';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox, repositoryRoot } from '../support/spawn-netwerk.js';

interface ImportJson {
  files: {
    name: string;
    rows: number;
    inserted: number;
    updated: number;
    unchanged: number;
    skipped: { line: number; code: string; reason: string; column?: string; fault?: string }[];
  }[];
  skippedFiles: { name: string; reason: string; message: string }[];
}

let sandbox: CliSandbox;
let generated: GeneratedExport;
let zip: string;
before(async () => {
  sandbox = createCliSandbox();
  generated = generateExport({ era: '2026-03', seed: 'cli' });
  zip = await writeExportZip(sandbox.dir, generated);
});
after(() => sandbox.dispose());

describe('netwerk import and netwerk stats', () => {
  it('imports an export, says what it did as JSON, and changes nothing the second time', async () => {
    const first = await sandbox.run(['import', zip, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const summary = JSON.parse(first.stdout) as ImportJson;
    for (const file of summary.files) {
      assert.deepEqual(
        Object.keys(file).filter((key) =>
          ['name', 'rows', 'inserted', 'updated', 'unchanged', 'skipped'].includes(key),
        ).length,
        6,
      );
      assert.equal(file.rows, generated.expected.rowsByFile[file.name], file.name);
      assert.equal(file.inserted, file.rows, file.name);
    }
    assert.deepEqual(
      summary.skippedFiles.map((file) => file.name).sort(),
      [...generated.expected.skippedFiles].sort(),
    );

    const second = await sandbox.run(['import', zip, '--json']);
    assert.equal(second.code, 0, second.stderr);
    const again = JSON.parse(second.stdout) as ImportJson;
    assert.ok(
      again.files.every(
        (file) => file.unchanged === file.rows && file.inserted === 0 && file.updated === 0,
      ),
    );

    const stats = await sandbox.run(['stats', '--json']);
    assert.equal(stats.code, 0, stats.stderr);
    const counts = JSON.parse(stats.stdout) as Record<string, unknown>;
    const { expected } = generated;
    assert.deepEqual(
      {
        connections: counts.connections,
        invitations: counts.invitations,
        messages: counts.messages,
        drafts: counts.drafts,
        conversations: counts.conversations,
        shares: counts.shares,
        comments: counts.comments,
        reactions: counts.reactions,
      },
      {
        connections: expected.connections,
        invitations: expected.invitations,
        messages: expected.messages,
        drafts: expected.drafts,
        conversations: expected.conversations,
        shares: expected.shares,
        comments: expected.comments,
        reactions: expected.reactions,
      },
    );
  });

  it('prints a summary table for people, and stats in Dutch', async () => {
    const result = await sandbox.run(['import', zip]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^file +rows +new +updated +unchanged +skipped$/mu);
    assert.match(result.stdout, /^messages\.csv +\d+ +0 +0 +\d+ +0$/mu);
    assert.match(result.stdout, /Not imported .*Ad_Targeting\.csv/u);
    const stats = await sandbox.run(['stats', '--lang', 'nl']);
    assert.match(stats.stdout, new RegExp(`^connecties +${generated.expected.connections}$`, 'mu'));
  });

  const refusals: [string, () => Promise<string[]>, number, RegExp][] = [
    [
      'a missing path',
      async () => ['import', join(sandbox.dir, 'missing.zip')],
      2,
      /missing\.zip does not exist/u,
    ],
    [
      'a file that is not a ZIP',
      async () => {
        const path = join(sandbox.dir, 'export.txt');
        await writeFile(path, 'hello');
        return ['import', path];
      },
      2,
      /export\.txt is not a ZIP file or a folder/u,
    ],
    [
      'a zip bomb under the default limits',
      async () => {
        const path = join(sandbox.dir, 'bomb.zip');
        await writeZip(path, [
          {
            name: 'messages.csv',
            content: async function* () {
              for (let i = 0; i < 1000; i += 1) yield Buffer.alloc(60 * 1024);
            },
          },
        ]);
        return ['import', path];
      },
      2,
      /possible zip bomb/u,
    ],
    [
      'no path at all',
      async () => ['import'],
      2,
      /Give the ZIP or folder of your LinkedIn export/u,
    ],
    [
      'a database that cannot be written',
      async () => ['import', zip, '--db', '/proc/netwerk/x.db'],
      3,
      /The database \/proc\/netwerk\/x\.db failed/u,
    ],
  ];
  for (const [label, args, code, message] of refusals) {
    it(`refuses ${label} with exit code ${code} and one sentence`, async () => {
      const result = await sandbox.run(await args());
      assert.equal(result.code, code, result.stderr);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /u, 'no stack trace');
    });
  }

  it('reports malformed rows with file and line, exits with 1, and imports the rest', async () => {
    const path = join(sandbox.dir, 'rows.zip');
    await writeZip(path, [
      {
        name: 'Invitations.csv',
        content:
          'From,To,Sent At,Message,Direction\nEva Smit,Karin Visser,"3/4/25, 9:07 AM",,INCOMING\nPiet,Karin,yesterday,,INCOMING\n',
      },
    ]);
    const result = await sandbox.run(['import', path, '--db', join(sandbox.dir, 'rows.db')]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /Invitations\.csv line 3 skipped: 'Sent At' is not a date: "yesterday"/u,
    );
    assert.match(result.stdout, /^Invitations\.csv +2 +1 +0 +0 +1$/mu);
  });

  it('says every problem of a broken export in Dutch under --lang nl, in English under en, with stable codes in --json', async () => {
    const path = join(sandbox.dir, 'broken.zip');
    await writeZip(path, [
      {
        name: 'Invitations.csv',
        content:
          'From,To,Sent At,Message,Direction\nEva Smit,Karin Visser,"3/4/25, 9:07 AM",,SIDEWAYS\nPiet,Karin,yesterday,,INCOMING\nJan,Karin,"3/4/25, 9:08 AM",,INCOMING\nLies,"Karin,3/4/25,,INCOMING\n',
      },
      { name: 'messages.csv', content: 'Vorname,Nachname\nJan,Smit\n' },
      { name: '../evil.csv', content: 'x\n' },
    ]);
    const db = join(sandbox.dir, 'broken.db');
    const dutch = await sandbox.run(['import', path, '--db', db, '--lang', 'nl']);
    assert.equal(dutch.code, 1, dutch.stderr);
    for (const line of [
      'Invitations.csv regel 2 overgeslagen: \'Direction\' is "SIDEWAYS", verwacht INCOMING of OUTGOING. De rest is geïmporteerd.',
      'Invitations.csv regel 3 overgeslagen: \'Sent At\' is geen datum: "yesterday" (verwacht zoals 3/4/25, 9:07 AM). De rest is geïmporteerd.',
      'Invitations.csv regel 5 overgeslagen: geen geldige CSV-regel (een aanhalingsteken dat op deze regel opent, wordt nooit gesloten). De rest is geïmporteerd.',
      "messages.csv overgeslagen: geen kopregel met 'CONVERSATION ID',",
      '../evil.csv overgeslagen: het pad wijst buiten het archief.',
    ]) {
      assert.ok(dutch.stderr.includes(line), `missing "${line}" in:\n${dutch.stderr}`);
    }
    assert.doesNotMatch(
      dutch.stderr,
      /\b(?:skipped|not a date|expected|or OUTGOING|quote|never closed|header row|The rest)\b/u,
    );
    assert.match(dutch.stdout, /^bestand +regels +nieuw +bijgewerkt +ongewijzigd +overgeslagen$/mu);

    const english = await sandbox.run(['import', path, '--db', db, '--lang', 'en']);
    assert.equal(english.code, 1, english.stderr);
    assert.match(
      english.stderr,
      /Invitations\.csv line 5 skipped: not a valid CSV row \(a quote opened on this line is never closed\)\. The rest was imported\./u,
    );
    assert.doesNotMatch(english.stderr, /overgeslagen|geen datum|verwacht|aanhalingsteken/u);

    const json = async (language: 'nl' | 'en') => {
      const result = await sandbox.run(['import', path, '--db', db, '--json', '--lang', language]);
      assert.equal(result.code, 1, result.stderr);
      return JSON.parse(result.stdout) as ImportJson;
    };
    const [nl, en] = [await json('nl'), await json('en')];
    const rows = (summary: ImportJson) => summary.files.flatMap((file) => file.skipped);
    const codes = (summary: ImportJson) =>
      rows(summary).map(({ line, code, column, fault }) => ({ line, code, column, fault }));
    assert.deepEqual(codes(nl), codes(en));
    assert.deepEqual(codes(nl), [
      { line: 2, code: 'invalid', column: 'Direction', fault: undefined },
      { line: 3, code: 'not-a-date', column: 'Sent At', fault: undefined },
      { line: 5, code: 'unparsable', column: undefined, fault: 'quote-never-closed' },
    ]);
    assert.deepEqual(
      rows(nl).map((row) => row.reason.split(':')[0]),
      [
        '\'Direction\' is "SIDEWAYS", verwacht INCOMING of OUTGOING',
        "'Sent At' is geen datum",
        'geen geldige CSV-regel (een aanhalingsteken dat op deze regel opent, wordt nooit gesloten)',
      ],
    );
    assert.match(rows(en)[1]?.reason ?? '', /^'Sent At' is not a date: "yesterday"/u);
    assert.deepEqual(
      nl.skippedFiles.map((file) => file.reason),
      en.skippedFiles.map((file) => file.reason),
    );
    assert.ok(
      nl.skippedFiles.some((file) =>
        /^messages\.csv overgeslagen: geen kopregel/u.test(file.message),
      ),
      JSON.stringify(nl.skippedFiles),
    );
    assert.ok(
      en.skippedFiles.some((file) => /^skipped messages\.csv: no header row/u.test(file.message)),
      JSON.stringify(en.skippedFiles),
    );
  });

  it('refuses a damaged ZIP with its reason in Dutch under --lang nl', async () => {
    const whole = join(sandbox.dir, 'whole.zip');
    await writeZip(whole, [
      {
        name: 'Connections.csv',
        content: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'.repeat(
          300,
        ),
        method: 'store',
      },
    ]);
    const bytes = await readFile(whole);
    bytes[bytes.lastIndexOf('Connected On')] = 'X'.charCodeAt(0);
    const path = join(sandbox.dir, 'flipped.zip');
    await writeFile(path, bytes);
    const dutch = await sandbox.run([
      'import',
      path,
      '--db',
      join(sandbox.dir, 'flipped.db'),
      '--lang',
      'nl',
    ]);
    assert.equal(dutch.code, 2);
    assert.match(
      dutch.stderr,
      /flipped\.zip: Connections\.csv is beschadigd of onvolledig \(de controlesom klopt niet na \d+,\d KB\)\. Er is niets geïmporteerd; download het archief opnieuw bij LinkedIn\./u,
    );
    assert.doesNotMatch(dutch.stderr, /checksum|mismatch|damaged/u);
    const english = await sandbox.run(['import', path, '--db', join(sandbox.dir, 'flipped.db')]);
    assert.match(english.stderr, /\(the checksum does not match after \d+\.\d KB\)/u);
  });

  it('leaves the database exactly as before when the import is killed halfway (kill -9)', async () => {
    const db = join(sandbox.dir, 'killed.db');
    const small = await sandbox.run(['import', zip, '--db', db]);
    assert.equal(small.code, 0, small.stderr);
    const store = await openStore(db);
    const before = await dumpStore(store);
    await store.close();

    const big = await writeExportZip(
      join(sandbox.dir, 'big'),
      generateExport({
        era: '2026-03',
        seed: 'big',
        connections: 20_000,
        invitations: 2_000,
        messages: 250_000,
        conversations: 5_000,
        contacts: 20_000,
      }),
    );
    const child = spawn(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(repositoryRoot, 'src/cli/main.ts'),
        'import',
        big,
        '--db',
        db,
      ],
      {
        cwd: sandbox.dir,
        env: sandbox.env,
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill once the import has written well into the log, long before it commits.
    const started = Date.now();
    while (!(existsSync(`${db}-wal`) && statSync(`${db}-wal`).size > 8 * 1024 * 1024)) {
      if (Date.now() - started > 60_000) assert.fail('the import never got going');
      if (child.exitCode !== null) assert.fail('the import finished before it could be killed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    const check = new BetterSqlite3(db);
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    check.close();
    const reopened = await openStore(db);
    assert.equal(await dumpStore(reopened), before);
    await reopened.close();
  });
});
