import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../core/errors/app-error.js';
import type { Store } from '../store/store.js';
import { dumpStore } from '../store/test-support/store-dump.js';
import type { StoreTarget } from '../store/test-support/store-targets.js';
import { sqliteTarget } from '../store/test-support/store-targets.js';
import { importExport } from './import-export.js';
import type { ImportOptions } from './import-export.js';
import { writeZip } from './test-support/write-zip.js';
import type { ZipInputEntry } from './test-support/write-zip.js';
import { defaultZipLimits } from './zip-limits.js';

const connections =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJan,Smit,https://www.linkedin.com/in/jan-smit,,Isala,Engineer,08 Feb 2026\n';

describe('hostile and broken exports', () => {
  let target: StoreTarget;
  let store: Store;
  let dir: string;
  let empty: string;
  before(async () => {
    target = await sqliteTarget();
    store = await target.open();
    dir = await mkdtemp(join(tmpdir(), 'netwerk-hostile-'));
    empty = await dumpStore(store);
  });
  after(async () => {
    await store.close();
    await target.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const zip = async (
    name: string,
    entries: ZipInputEntry[],
    truncateTo?: number,
  ): Promise<string> => {
    const path = join(dir, name);
    await writeZip(path, entries, truncateTo === undefined ? {} : { truncateTo });
    return path;
  };

  /** The import fails with this code and the database is exactly as before. */
  async function refused(
    path: string,
    code: string,
    options: ImportOptions = {},
  ): Promise<AppError> {
    const before = await dumpStore(store);
    let caught: unknown;
    try {
      await importExport(path, store, options);
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof AppError, `expected an AppError, got ${String(caught)}`);
    assert.equal(caught.code, code);
    assert.equal(await dumpStore(store), before);
    return caught;
  }

  it('refuses a file that is not a ZIP', async () => {
    const path = join(dir, 'notes.zip');
    await writeFile(path, 'First Name,Last Name\n');
    await refused(path, 'export-not-zip');
  });

  it('refuses a missing path before opening anything', async () => {
    await refused(join(dir, 'nothing-here.zip'), 'input-not-found');
  });

  it('refuses a truncated ZIP', async () => {
    const whole = await zip('whole.zip', [
      { name: 'Connections.csv', content: connections.repeat(200) },
    ]);
    const size = (await readFile(whole)).length;
    const path = await zip(
      'cut.zip',
      [{ name: 'Connections.csv', content: connections.repeat(200) }],
      Math.floor(size / 2),
    );
    await refused(path, 'export-damaged');
  });

  it('refuses a ZIP whose entry is damaged (checksum)', async () => {
    const path = await zip('flipped.zip', [
      { name: 'Connections.csv', content: connections, method: 'store' },
    ]);
    const bytes = await readFile(path);
    const at = bytes.indexOf('Isala');
    bytes[at] = 'J'.charCodeAt(0);
    await writeFile(path, bytes);
    const error = await refused(path, 'export-damaged');
    assert.match(String(error.details.reason), /checksum/u);
  });

  it('refuses text that turns undecodable or damaged far into a file, and writes nothing', async () => {
    const rows = connections.repeat(3000);
    const undecodable = await zip('late-latin1.zip', [
      {
        name: 'Connections.csv',
        content: Buffer.concat([
          Buffer.from(rows),
          Buffer.from('Jos\xe9,X,,,,,08 Feb 2026\n', 'latin1'),
        ]),
      },
    ]);
    const error = await refused(undecodable, 'export-undecodable');
    assert.equal(error.details.line, 6001);
    const path = await zip('late-flip.zip', [
      { name: 'Connections.csv', content: rows, method: 'store' },
    ]);
    const bytes = await readFile(path);
    const at = bytes.lastIndexOf('Isala');
    bytes[at] = 0xff;
    await writeFile(path, bytes);
    await refused(path, 'export-damaged');
  });

  it('skips a file without line breaks instead of reading it whole to find its header', async () => {
    const path = await zip('one-line.zip', [
      { name: 'Connections.csv', content: connections },
      { name: 'messages.csv', content: 'x'.repeat(8 * 1024 * 1024) },
    ]);
    const summary = await importExport(path, store);
    assert.deepEqual(
      summary.skippedFiles.map((file) => [file.name, file.reason]),
      [['messages.csv', 'no-header']],
    );
  });

  it('refuses a ZIP that lies about an entry’s size', async () => {
    const path = await zip('liar.zip', [
      { name: 'Connections.csv', content: connections.repeat(50), declaredSize: 100 },
    ]);
    await refused(path, 'export-damaged');
  });

  it('refuses a ZIP without LinkedIn files', async () => {
    const path = await zip('other.zip', [
      { name: 'holiday.jpg', content: Buffer.alloc(100, 1) },
      { name: 'Ad_Targeting.csv', content: 'Member Age\n25 to 34\n' },
    ]);
    await refused(path, 'export-no-linkedin-files');
  });

  it('names the LinkedIn file it cannot read when there is no other (no header, bzip2)', async () => {
    const headerless = await zip('headerless.zip', [
      { name: 'Connections.csv', content: 'Vorname,Nachname\nJan,Smit\n' },
    ]);
    const error = await refused(headerless, 'export-damaged');
    assert.equal(error.details.file, 'Connections.csv');
    assert.match(String(error.details.reason), /'Connected On'/u);
    const path = await zip('bzip2.zip', [
      { name: 'Connections.csv', content: connections, method: 'store' },
    ]);
    // Say the entry is bzip2 (method 12), in its local and central headers.
    const bytes = await readFile(path);
    bytes.writeUInt16LE(12, 8);
    bytes.writeUInt16LE(12, bytes.indexOf('PK\x01\x02', 0, 'latin1') + 10);
    await writeFile(path, bytes);
    const compressed = await refused(path, 'export-damaged');
    assert.equal(compressed.details.file, 'Connections.csv');
    assert.match(String(compressed.details.reason), /compressed/u);
  });

  it('refuses an entry that inflates past 100 times its size once it is large (zip bomb)', async () => {
    const path = await zip('bomb.zip', [
      { name: 'Connections.csv', content: connections },
      { name: 'messages.csv', content: () => zeros(3 * 1024 * 1024) },
    ]);
    const limits = { ...defaultZipLimits, ratioCheckAfterBytes: 1024 * 1024 };
    const error = await refused(path, 'export-zip-bomb', { limits });
    assert.equal(error.details.file, 'messages.csv');
    // Hiding the size in the central directory does not help: the inflated bytes are counted.
    const hidden = await zip('hidden-bomb.zip', [
      { name: 'messages.csv', content: () => zeros(3 * 1024 * 1024), declaredSize: 1000 },
    ]);
    await refused(hidden, 'export-damaged', { limits });
  });

  it('refuses more than the total limit in all, before reading a byte', async () => {
    const path = await zip('big.zip', [
      { name: 'Connections.csv', content: connections },
      { name: 'messages.csv', content: 'CONVERSATION ID,FROM,DATE,CONTENT\n', declaredSize: 4000 },
    ]);
    await refused(path, 'export-zip-bomb', {
      limits: { ...defaultZipLimits, maxTotalBytes: 3000 },
    });
    await refused(path, 'export-zip-bomb', { limits: { ...defaultZipLimits, maxEntries: 1 } });
  });

  it('skips and reports entries with ../ or absolute paths, and writes nothing outside the database', async () => {
    const before = await readdir(dir);
    const path = await zip('slip.zip', [
      { name: '../evil.csv', content: connections },
      { name: '/tmp/netwerk-evil.csv', content: connections },
      { name: 'C:/evil.csv', content: connections },
      { name: 'nested/../../evil2.csv', content: connections },
      { name: 'Connections.csv', content: connections },
    ]);
    const summary = await importExport(path, store);
    assert.deepEqual(
      summary.skippedFiles.map((file) => [file.name, file.reason]),
      [
        ['../evil.csv', 'unsafe-path'],
        ['/tmp/netwerk-evil.csv', 'unsafe-path'],
        ['C:/evil.csv', 'unsafe-path'],
        ['nested/../../evil2.csv', 'unsafe-path'],
      ],
    );
    assert.equal(summary.files.length, 1);
    assert.equal((await store.getStats()).connections, 1);
    assert.deepEqual((await readdir(dir)).sort(), [...before, 'slip.zip'].sort());
    assert.ok(!existsSync(join(dir, '..', 'evil.csv')));
    assert.ok(!existsSync('/tmp/netwerk-evil.csv'));
    assert.notEqual(await dumpStore(store), empty);
  });
});

async function* zeros(bytes: number): AsyncGenerator<Buffer> {
  const block = Buffer.alloc(64 * 1024);
  for (let done = 0; done < bytes; done += block.length) yield block;
}
