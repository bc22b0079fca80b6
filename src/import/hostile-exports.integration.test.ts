import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import type { RowProblem } from '../core/linkedin-export/row-problem.js';
import { describeRowProblem } from '../core/linkedin-export/row-problem.js';
import type { Store } from '../store/store.js';
import { dumpStore } from '../store/test-support/store-dump.js';
import type { StoreTarget } from '../store/test-support/store-targets.js';
import { sqliteTarget } from '../store/test-support/store-targets.js';
import { importExport } from './import-export.js';
import type { ImportOptions } from './import-export.js';
import { writeZip } from './test-support/write-zip.js';
import type { ZipInputEntry } from './test-support/write-zip.js';
import { defaultZipLimits } from './zip-limits.js';

/**
 * Words of an English reason that no Dutch sentence has: quoted column names and cell values
 * (`'Connected On'`, `"yesterday"`) and file names are left out before looking.
 */
const englishWords =
  /\b(?:the|not|never|closed|where|empty|expected|row|quote|line|checksum|compressed|header|would|times|files|cannot|its|or|in all|download was)\b/iu;

function withoutNames(text: string): string {
  return text.replace(/'[^']*'|"[^"]*"|[\w./-]+\.(?:csv|zip)\b/gu, '');
}

/** The sentence under nl holds `dutch` and no English; under en, `english`. */
function assertBothLanguages(
  say: (language: 'nl' | 'en') => string,
  dutch: RegExp,
  english: RegExp,
): void {
  const nl = say('nl');
  const en = say('en');
  assert.match(nl, dutch);
  assert.doesNotMatch(withoutNames(nl), englishWords, `English in the Dutch text: ${nl}`);
  assert.match(en, english);
  assert.doesNotMatch(en, dutch);
}

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
    const error = await refused(path, 'export-damaged');
    assertBothLanguages(
      (language) => describeError(error, language),
      /cut\.zip is beschadigd of onvolledig \(het bestand is korter dan de ZIP opgeeft; waarschijnlijk is de download afgebroken\)/u,
      /cut\.zip is damaged or incomplete \(the file is shorter than the ZIP says; the download was probably cut off\)/u,
    );
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
    assert.equal(error.details.problem, 'checksum');
    assertBothLanguages(
      (language) => describeError(error, language),
      /Connections\.csv is beschadigd of onvolledig \(de controlesom klopt niet na \d+ bytes\)\. Er is niets geïmporteerd; download het archief opnieuw/u,
      /Connections\.csv is damaged or incomplete \(the checksum does not match after \d+ bytes\)/u,
    );
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
    const error = await refused(path, 'export-damaged');
    assertBothLanguages(
      (language) => describeError(error, language),
      /Connections\.csv is beschadigd of onvolledig \(de grootte klopt niet met wat de ZIP opgeeft\)/u,
      /Connections\.csv is damaged or incomplete \(its size does not match what the ZIP says\)/u,
    );
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
    assert.equal(error.details.problem, 'no-header');
    assertBothLanguages(
      (language) => describeError(error, language),
      /Connections\.csv is beschadigd of onvolledig \(geen kopregel met .*'Connected On' in de eerste regels\)/u,
      /Connections\.csv is damaged or incomplete \(no header row with .*'Connected On' in its first lines\)/u,
    );
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
    assertBothLanguages(
      (language) => describeError(compressed, language),
      /\(het is ingepakt op een manier die netwerk niet kan lezen\)\. Er is niets geïmporteerd; pak de ZIP uit en importeer de map\./u,
      /\(it is compressed in a way netwerk cannot read\)\. Nothing was imported; unpack the ZIP/u,
    );
  });

  it('refuses an entry that inflates past 100 times its size once it is large (zip bomb)', async () => {
    const path = await zip('bomb.zip', [
      { name: 'Connections.csv', content: connections },
      { name: 'messages.csv', content: () => zeros(3 * 1024 * 1024) },
    ]);
    const limits = { ...defaultZipLimits, ratioCheckAfterBytes: 1024 * 1024 };
    const error = await refused(path, 'export-zip-bomb', { limits });
    assert.equal(error.details.file, 'messages.csv');
    assertBothLanguages(
      (language) => describeError(error, language),
      /messages\.csv zou uitpakken tot meer dan 100 keer de ingepakte grootte \(\d+,\d MB uit [\d,]+ KB\); netwerk weigert dit als mogelijke zip-bom/u,
      /messages\.csv would inflate to more than 100 times its compressed size \(\d+\.\d MB from [\d.]+ KB\)/u,
    );
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
    const total = await refused(path, 'export-zip-bomb', {
      limits: { ...defaultZipLimits, maxTotalBytes: 3000 },
    });
    assertBothLanguages(
      (language) => describeError(total, language),
      /zou uitpakken tot meer dan 2,9 KB in totaal/u,
      /would inflate to more than 2\.9 KB in all/u,
    );
    const entries = await refused(path, 'export-zip-bomb', {
      limits: { ...defaultZipLimits, maxEntries: 1 },
    });
    assertBothLanguages(
      (language) => describeError(entries, language),
      /zou uitpakken tot meer dan 1 bestanden/u,
      /would inflate to more than 1 files/u,
    );
  });

  it('says why each row of a broken export was skipped in Dutch under nl and in English under en', async () => {
    const path = await zip('broken-rows.zip', [
      {
        name: 'Connections.csv',
        content: `${connections}Piet,Bos,https://www.linkedin.com/in/piet-bos,,X,Y,30 Feb 2026\nAnna,Kok,https://www.linkedin.com/in/anna-kok,,X,Y,\nKees,Jong,https://www.linkedin.com/in/kees,,X\nLies,"Open,https://www.linkedin.com/in/lies,,X,Y,08 Feb 2026\n`,
      },
      {
        name: 'Invitations.csv',
        content:
          'From,To,Sent At,Message,Direction\nEva Smit,Karin Visser,"3/4/25, 9:07 AM",,SIDEWAYS\nPiet,Karin,yesterday,,INCOMING\n',
      },
    ]);
    const summary = await importExport(path, store);
    const skipped = new Map<string, RowProblem>(
      summary.files.flatMap((file) =>
        file.skipped.map((row) => [`${file.name}:${row.line}`, row.problem] as const),
      ),
    );
    const expected: [string, RegExp, RegExp][] = [
      [
        'Connections.csv:3',
        /^'Connected On' is geen datum: "30 Feb 2026" \(verwacht zoals 08 Feb 2026\)$/u,
        /^'Connected On' is not a date: "30 Feb 2026" \(expected like 08 Feb 2026\)$/u,
      ],
      ['Connections.csv:4', /^'Connected On' is leeg$/u, /^'Connected On' is empty$/u],
      [
        'Connections.csv:5',
        /^5 velden, de kopregel heeft er 7$/u,
        /^5 fields where the header has 7$/u,
      ],
      [
        'Connections.csv:6',
        /^geen geldige CSV-regel \(een aanhalingsteken dat op deze regel opent, wordt nooit gesloten\)$/u,
        /^not a valid CSV row \(a quote opened on this line is never closed\)$/u,
      ],
      [
        'Invitations.csv:2',
        /^'Direction' is "SIDEWAYS", verwacht INCOMING of OUTGOING$/u,
        /^'Direction' is "SIDEWAYS", expected INCOMING or OUTGOING$/u,
      ],
      [
        'Invitations.csv:3',
        /^'Sent At' is geen datum: "yesterday"/u,
        /^'Sent At' is not a date: "yesterday"/u,
      ],
    ];
    assert.deepEqual([...skipped.keys()].sort(), expected.map(([where]) => where).sort());
    for (const [where, dutch, english] of expected) {
      const problem = skipped.get(where);
      assert.ok(problem, where);
      assertBothLanguages((language) => describeRowProblem(problem, language), dutch, english);
    }
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
