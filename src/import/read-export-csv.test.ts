import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { CsvEvent } from './read-export-csv.js';
import { readExportCsv } from './read-export-csv.js';

async function read(kind: ExportFileKind, text: string, chunk = 7): Promise<CsvEvent[]> {
  async function* chunks(): AsyncGenerator<string> {
    for (let start = 0; start < text.length; start += chunk) yield text.slice(start, start + chunk);
  }
  const events: CsvEvent[] = [];
  for await (const event of readExportCsv(chunks(), kind)) events.push(event);
  return events;
}

const preamble =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

describe('reading an export CSV', () => {
  it('finds the Connections.csv header after the Notes: preamble, with real line numbers', async () => {
    const events = await read(
      'connections',
      `${preamble}First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJan,Smit,,,,,08 Feb 2026`,
    );
    assert.deepEqual(events[0], {
      type: 'header',
      columns: [
        'First Name',
        'Last Name',
        'URL',
        'Email Address',
        'Company',
        'Position',
        'Connected On',
      ],
      line: 4,
    });
    assert.deepEqual(events[1], {
      type: 'row',
      cells: ['Jan', 'Smit', '', '', '', '', '08 Feb 2026'],
      line: 5,
    });
  });

  it('finds the header on line 1 in older exports, and with CRLF from Excel', async () => {
    const events = await read(
      'connections',
      'First Name,Last Name,Email Address,Company,Position,Connected On\r\nJan,Smit,,,,4-Apr-21\r\n',
    );
    assert.equal(events[0]?.type, 'header');
    assert.deepEqual(events[1], {
      type: 'row',
      cells: ['Jan', 'Smit', '', '', '', '4-Apr-21'],
      line: 2,
    });
  });

  it('counts the lines of multi-line fields and skips empty lines without losing count', async () => {
    const events = await read(
      'messages',
      'CONVERSATION ID,FROM,DATE,CONTENT\nc1,Eva,2025-01-01 10:00:00 UTC,"one\ntwo\nthree"\n\n\nc2,Eva,2025-01-01 10:00:01 UTC,four\n',
      3,
    );
    assert.deepEqual(
      events.filter((event) => event.type === 'row').map((event) => event.line),
      [2, 7],
    );
  });

  it('reports an unreadable row with its line and reads on after it', async () => {
    const events = await read(
      'comments',
      'Date,Link,Message\n2026-01-05 10:00:00,l1,fine\n2026-01-06 10:00:00,l2,"never closed\n2026-01-07 10:00:00,l3,also swallowed\n',
    );
    const bad = events.find((event) => event.type === 'bad-row');
    assert.equal(bad?.line, 3);
    // The quote that never closes costs its own line, not the rows after it.
    assert.deepEqual(
      events.filter((event) => event.type === 'row').map((event) => event.line),
      [2, 4],
    );
  });

  it('loses only the line of a quote that never closes, however long the file after it', async () => {
    const rows = Array.from(
      { length: 80_000 },
      (_, index) =>
        `Jan,Smit${index},https://www.linkedin.com/in/j${index},,Isala,Nurse,08 Feb 2026`,
    );
    const text = `${preamble}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows[0]}\nA,B,,,x,"never closed,08 Feb 2026\n${rows.slice(1).join('\n')}\n"Multi\nline",C,,,,,08 Feb 2026\nD,"open`;
    const events = await read('connections', text, 64 * 1024);
    assert.deepEqual(
      events.filter((event) => event.type === 'bad-row').map((event) => event.line),
      [6, 80_008],
    );
    const lines = events.filter((event) => event.type === 'row').map((event) => event.line);
    assert.equal(lines.length, 80_001);
    assert.deepEqual(lines.slice(0, 3), [5, 7, 8]);
    assert.equal(lines.at(-1), 80_006);
  });

  it('says so when the header is missing, and reads nothing', async () => {
    const events = await read('connections', 'Name,Date\nJan,2026\n');
    assert.deepEqual(events, [{ type: 'no-header', linesRead: 2 }]);
  });

  it('takes a header-only file and a "No conversations found" placeholder as empty', async () => {
    assert.deepEqual(
      (await read('messages', 'CONVERSATION ID,FROM,DATE,CONTENT\n')).map((event) => event.type),
      ['header'],
    );
    assert.deepEqual(await read('messages', 'No conversations found'), []);
    assert.deepEqual(await read('messages', ''), []);
  });

  it('reads Comments.csv with backslash-escaped quotes', async () => {
    const events = await read(
      'comments',
      'Date,Link,Message\n2026-01-05 10:00:00,l1,"She wrote \\"great post\\", yesterday."\n',
    );
    assert.deepEqual(events[1], {
      type: 'row',
      cells: ['2026-01-05 10:00:00', 'l1', 'She wrote "great post", yesterday.'],
      line: 2,
    });
  });

  it('reads the tabs and semicolons of an Excel re-save ("Unicode text", a Dutch list separator)', async () => {
    const tabbed = await read(
      'endorsements-received',
      'Endorsement Date\tSkill Name\tEndorser First Name\tEndorser Last Name\tEndorsement Status\r\n2022/03/04 09:07:12 UTC\tInkoop\tZoë\t"Brandt, Jr."\tACCEPTED\r\n',
    );
    assert.deepEqual(tabbed[1], {
      type: 'row',
      cells: ['2022/03/04 09:07:12 UTC', 'Inkoop', 'Zoë', 'Brandt, Jr.', 'ACCEPTED'],
      line: 2,
    });
    const semicolons = await read(
      'comments',
      'Date;Link;Message\n2026-01-05 10:00:00;l1;"Mooi; \\"echt\\", zei ze"\n',
    );
    assert.deepEqual(semicolons[1], {
      type: 'row',
      cells: ['2026-01-05 10:00:00', 'l1', 'Mooi; "echt", zei ze'],
      line: 2,
    });
  });

  it('fails with the error of its source when the text breaks off after the first lines', async () => {
    async function* breaking(): AsyncGenerator<string> {
      yield 'Date,Link,Message\n';
      for (let line = 0; line < 200; line += 1) yield `2026-01-05 10:00:00,l${line},fine\n`;
      throw new Error('undecodable at line 202');
    }
    let rows = 0;
    await assert.rejects(async () => {
      for await (const event of readExportCsv(breaking(), 'comments')) {
        if (event.type === 'row') rows += 1;
      }
    }, /undecodable at line 202/u);
    assert.ok(rows <= 200);
  });
});
