import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../core/errors/app-error.js';
import type { Store } from '../store/store.js';
import { dumpStore } from '../store/test-support/store-dump.js';
import type { StoreTarget } from '../store/test-support/store-targets.js';
import { sqliteTarget } from '../store/test-support/store-targets.js';
import { importExport } from './import-export.js';
import { hasProblems } from './import-summary.js';
import type { ExportEra } from './test-support/generate-export.js';
import {
  generateExport,
  writeExportFolder,
  writeExportZip,
} from './test-support/generate-export.js';
import { shareTexts, commentTexts } from './test-support/export-vocabulary.js';

const fixtures = fileURLToPath(
  new URL('../../test/fixtures/linkedin-export-samples/', import.meta.url),
);

describe('importing LinkedIn exports', () => {
  let target: StoreTarget;
  let dir: string;
  const stores: Store[] = [];
  const fresh = async (): Promise<Store> => {
    const store = await target.open();
    stores.push(store);
    return store;
  };
  before(async () => {
    target = await sqliteTarget();
    dir = await mkdtemp(join(tmpdir(), 'netwerk-import-'));
  });
  after(async () => {
    for (const store of stores) await store.close();
    await target.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const eras: ExportEra[] = ['2020', '2021', '2022', '2023', '2024', '2025', '2026-03', '2026-04'];
  for (const era of eras) {
    for (const excel of [false, true]) {
      it(`imports a ${era} export${excel ? ' re-saved by Excel (BOM, CRLF, 8-Feb-26)' : ''} with exact counts`, async () => {
        const generated = generateExport({ era, excel, seed: `${era}-${excel}` });
        const store = await fresh();
        const summary = await importExport(
          await writeExportZip(join(dir, `${era}-${excel}`), generated),
          store,
        );
        const stats = await store.getStats();
        const { expected } = generated;
        assert.equal(stats.connections, expected.connections);
        assert.deepEqual(stats.invitations, expected.invitations);
        assert.deepEqual(
          [stats.messages, stats.drafts, stats.conversations],
          [expected.messages, expected.drafts, expected.conversations],
        );
        assert.deepEqual(
          [stats.shares, stats.comments, stats.reactions, stats.profilePhotoUploads],
          [expected.shares, expected.comments, expected.reactions, expected.profilePhotoUploads],
        );
        assert.deepEqual(stats.endorsements, expected.endorsements);
        assert.deepEqual(stats.recommendations, expected.recommendations);
        assert.deepEqual(
          Object.fromEntries(summary.files.map((file) => [file.name, file.rows])),
          expected.rowsByFile,
        );
        assert.ok(
          !hasProblems(summary),
          JSON.stringify(summary.files.flatMap((file) => file.skipped)),
        );
        assert.deepEqual(
          summary.skippedFiles.map((file) => file.name).sort(),
          [...expected.skippedFiles].sort(),
        );
      });
    }
  }

  it('stores the same data from the ZIP, from the unpacked folder and through the worker thread', async () => {
    const generated = generateExport({ era: '2026-03', seed: 'three-ways' });
    const zip = await writeExportZip(join(dir, 'three-ways'), generated);
    const folder = await writeExportFolder(join(dir, 'three-ways', 'unpacked'), generated);
    const dumps: string[] = [];
    for (const [path, worker] of [
      [zip, false],
      [folder, false],
      [zip, true],
    ] as const) {
      const store = await fresh();
      await importExport(path, store, { worker });
      dumps.push(await dumpStore(store));
    }
    assert.equal(dumps[1], dumps[0]);
    assert.equal(dumps[2], dumps[0]);
  });

  it('keeps text as written: quotes, line breaks, HTML, and the per-file quoting quirks undone', async () => {
    const store = await fresh();
    await importExport(
      await writeExportZip(join(dir, 'text'), generateExport({ era: '2026-04', seed: 'text' })),
      store,
    );
    const activity = await store.listActivity();
    const shares = activity.filter((item) => item.type === 'share').map((item) => item.text);
    assert.deepEqual([...shares].sort(), [...shareTexts].sort());
    const comments = new Set(
      activity.filter((item) => item.type === 'comment').map((item) => item.text),
    );
    assert.deepEqual([...comments].sort(), [...commentTexts].sort());
    const messages = await store.listMessages({ includeDrafts: true });
    assert.ok(
      messages.some((message) =>
        message.content.startsWith('<p class="spinmail-quill-editor__spin-break">'),
      ),
    );
    assert.ok(
      messages.some(
        (message) => message.content === 'Line one\nLine two, with a comma\n\n"Quoted line three"',
      ),
    );
    assert.ok(
      messages.some((message) => message.content === '   Leading and trailing spaces stay.   '),
    );
    const profile = await store.getOwnProfile();
    assert.equal(
      profile.about,
      'Dank voor je bezoek aan mijn profiel.\n\nIk begeleid nieuwe verpleegkundigen, met "oog voor de mens".',
    );
    assert.deepEqual(profile.positions.map((position) => position.startedOn).sort(), [
      '2014-06',
      '2017-09',
      '2021-03',
    ]);
  });

  it('adds nothing twice when one export is in the folder twice (Basic and Complete unpacked side by side)', async () => {
    const generated = generateExport({ era: '2026-03', connections: 40, messages: 120 });
    const once = join(dir, 'once');
    const twice = join(dir, 'twice');
    await writeExportFolder(once, generated);
    await writeExportFolder(join(twice, 'Basic_LinkedInDataExport_03-04-2026'), generated);
    await writeExportFolder(join(twice, 'Complete_LinkedInDataExport_03-04-2026'), generated);
    const single = await fresh();
    await importExport(once, single);
    const double = await fresh();
    await importExport(twice, double);
    const { lastImportAt: _first, ...expected } = await single.getStats();
    const { lastImportAt: _second, ...stats } = await double.getStats();
    assert.deepEqual(stats, expected);
    assert.equal(stats.connections, generated.expected.connections);
    assert.equal(stats.messages, generated.expected.messages);
  });

  it('reads rows with and without the empty cell of a header that ends in a comma', async () => {
    const export_ = join(dir, 'trailing-comma');
    await mkdir(export_);
    await writeFile(
      join(export_, 'Connections.csv'),
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On,\nJan,Smit,https://www.linkedin.com/in/jan-smit,,Isala,Nurse,08 Feb 2026\nPiet,Bakker,https://www.linkedin.com/in/piet-bakker,,Isala,Nurse,08 Feb 2026,\n',
    );
    const store = await fresh();
    const summary = await importExport(export_, store);
    assert.equal(summary.files[0]?.inserted, 2);
    assert.equal(hasProblems(summary), false);
  });

  it('reports malformed rows with file and line, and imports the rest', async () => {
    const export_ = join(dir, 'malformed');
    await cp(join(fixtures, 'hermione-granger-1176-linkedin-analyzer'), export_, {
      recursive: true,
    });
    await writeFile(
      join(export_, 'Invitations.csv'),
      'From,To,Sent At,Message,Direction\nEva Smit,Karin Visser,"3/4/25, 9:07 AM",,INCOMING\nEva,Karin,"3/4/25, 9:07 AM",,SIDEWAYS\nPiet,Karin,yesterday,,INCOMING\nAnna,Karin,"3/5/25, 9:07 AM",one,INCOMING,extra\n',
    );
    const store = await fresh();
    const summary = await importExport(export_, store);
    const byName = Object.fromEntries(summary.files.map((file) => [file.name, file]));
    assert.deepEqual(
      byName['Invitations.csv']?.skipped.map((row) => row.line),
      [3, 4, 5],
    );
    assert.equal(byName['Invitations.csv']?.inserted, 1);
    assert.ok(hasProblems(summary));
    assert.equal((await store.getStats()).invitations.incoming, 1);
  });

  it('imports the MIT sample exports, as far as they follow the real format (see their SOURCES.md)', async () => {
    const store = await fresh();
    const summary = await importExport(join(fixtures, 'silkyrich-linkedin-export-viewer'), store);
    // Counted independently with Python's csv module (rows after the header).
    assert.deepEqual(Object.fromEntries(summary.files.map((file) => [file.name, file.rows])), {
      'Profile.csv': 1,
      'Profile Summary.csv': 1,
      'Positions.csv': 11,
      'Education.csv': 2,
      'Skills.csv': 60,
      'Connections.csv': 2000,
      'Invitations.csv': 162,
      'Shares.csv': 25,
      'Comments.csv': 60,
      'Reactions.csv': 80,
    });
    assert.ok(!hasProblems(summary));
    const stats = await store.getStats();
    // Also counted with Python: distinct (direction, other URL, time); pending = other not connected.
    assert.deepEqual(stats.invitations, {
      incoming: 77,
      outgoing: 85,
      pendingIncoming: 2,
      pendingOutgoing: 4,
    });
    assert.equal(stats.connections, 2000);
  });

  it('reads the adversarial MIT fixtures under their export names', async () => {
    const export_ = join(dir, 'parity');
    const source = join(fixtures, 'hermione-granger-1176-linkedin-analyzer');
    for (const [from, to] of [
      ['comments-parity.csv', 'Comments.csv'],
      ['connections-parity.csv', 'Connections.csv'],
      ['messages-parity.csv', 'messages.csv'],
      ['shares-parity.csv', 'Shares.csv'],
    ] as const) {
      await cp(join(source, from), join(export_, to));
    }
    const store = await fresh();
    const summary = await importExport(export_, store);
    const byName = Object.fromEntries(summary.files.map((file) => [file.name, file]));
    // 30 Feb 2026 and 2026-02-30 are no dates; everything else is kept as written.
    assert.deepEqual(
      byName['Connections.csv']?.skipped.map((row) => row.line),
      [8],
    );
    assert.deepEqual(
      byName['messages.csv']?.skipped.map((row) => row.line),
      [4],
    );
    assert.deepEqual(
      byName['Shares.csv']?.skipped.map((row) => row.line),
      [8],
    );
    assert.equal(byName['Comments.csv']?.skippedCount, 0);
    const activity = await store.listActivity();
    const texts = activity.map((item) => ('text' in item ? item.text : null));
    assert.ok(texts.includes('She wrote "great post" yesterday.\n📌 Naïve “smart quotes” line.'));
    assert.ok(texts.includes('He said "hi".\n\nNext "line" here.'));
    assert.equal((await store.getStats()).connections, 4);
  });

  it('refuses undecodable text and leaves the database as it was', async () => {
    const store = await fresh();
    const export_ = join(dir, 'latin1');
    await cp(join(fixtures, 'silkyrich-linkedin-export-viewer'), export_, { recursive: true });
    const profile = await readFile(join(export_, 'Profile.csv'));
    await writeFile(
      join(export_, 'Profile.csv'),
      Buffer.concat([profile, Buffer.from([0xe9, 0x0a])]),
    );
    const before = await dumpStore(store);
    await assert.rejects(
      importExport(export_, store),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'export-undecodable' &&
        error.details.file === 'Profile.csv',
    );
    assert.equal(await dumpStore(store), before);
  });
});
