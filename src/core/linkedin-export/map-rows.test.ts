import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BackslashQuoteRewriter } from './backslash-quote-rewriter.js';
import { ColumnMap, isHeaderRow, splitHeaderLine } from './export-headers.js';
import type { ExportFileKind } from './export-file-kinds.js';
import type { ExportRecordByKind, MessageRecord } from './export-records.js';
import { hashText64 } from './hash-text.js';
import { unwrapShareCommentary } from './map-activity-rows.js';
import { repairRichMediaRow } from './map-profile-rows.js';
import { splitRecipientNames } from './map-message-row.js';
import type { MappingContext, OwnerIdentity } from './mapping-context.js';
import { createMappingContext } from './mapping-context.js';
import { OccurrenceCounter } from './occurrence-counter.js';
import type { RowProblem } from './row-problem.js';
import { describeRowProblem, isRowProblem } from './row-problem.js';
import { rowMappers } from './row-mappers.js';

const owner = (): OwnerIdentity => ({ keys: new Set(), names: new Set() });

/** Maps CSV lines (header first) with a fresh context, like one import of one file. */
function mapLines<K extends ExportFileKind>(
  kind: K,
  lines: readonly string[],
  context: MappingContext = createMappingContext(owner()),
): (ExportRecordByKind[K] | RowProblem)[] {
  const [header, ...rows] = lines.map(splitHeaderLine);
  const mapper = rowMappers[kind](new ColumnMap(header ?? []), context);
  return rows.map((cells) => mapper(cells));
}

function records<K extends ExportFileKind>(
  kind: K,
  lines: readonly string[],
  context?: MappingContext,
) {
  return mapLines(kind, lines, context).map((result) => {
    if (isRowProblem(result)) assert.fail(describeRowProblem(result, 'en'));
    return result;
  });
}

describe('Connections.csv rows', () => {
  it('keys a person by normalised URL, and says which name key the same person had before 2023', () => {
    const [jan] = records('connections', [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Jan,de Vries,https://www.linkedin.com/in/jan-de-vries/,,Isala,Engineer,08 Feb 2026',
    ]);
    assert.equal(jan?.key, 'u:linkedin.com/in/jan-de-vries');
    assert.equal(jan?.fallbackKey, 'n:jan de vries|2026-02-08#0');
    assert.equal(jan?.connectedOn, '2026-02-08');
    assert.equal(jan?.email, null);
  });

  it('keeps two namesakes apart by date, and by position when they share the date too', () => {
    const rows = records('connections', [
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      'Jan,Jansen,,A,,08 Feb 2026',
      'Jan,Jansen,,B,,08 Feb 2026',
      'Jan,Jansen,,C,,09 Feb 2026',
    ]);
    assert.deepEqual(
      rows.map((row) => row.key),
      ['n:jan jansen|2026-02-08#0', 'n:jan jansen|2026-02-08#1', 'n:jan jansen|2026-02-09#0'],
    );
  });

  it('keys hidden profiles (date-only rows) by date and position among that date', () => {
    const rows = records('connections', [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ',,,,,,07 Jun 2026',
      ',,,,,,07 Jun 2026',
      ',,,,,,06 Jun 2026',
    ]);
    assert.deepEqual(
      rows.map((row) => [row.key, row.hidden]),
      [
        ['h:2026-06-07#0', true],
        ['h:2026-06-07#1', true],
        ['h:2026-06-06#0', true],
      ],
    );
  });

  it('rejects a row whose date is not a date, naming the column', () => {
    const [problem] = mapLines('connections', [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      '=2+5,+Lovelace,NULL,N/A,-Analytical Co,@Handle Corp,30 Feb 2026',
    ]);
    assert.deepEqual(problem, {
      kind: 'not-a-date',
      column: 'Connected On',
      value: '30 Feb 2026',
      example: '08 Feb 2026',
    });
  });
});

describe('Invitations.csv rows', () => {
  it('identifies an invitation by direction, other party and time, and learns the owner', () => {
    const context = createMappingContext(owner());
    const [incoming, outgoing] = records(
      'invitations',
      [
        'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
        'Eva Smit,Karin Visser,"3/4/25, 9:07 AM",,INCOMING,https://www.linkedin.com/in/eva-smit,https://www.linkedin.com/in/karin',
        'Karin Visser,Piet Bakker,"3/5/25, 1:30 PM","Hoi Piet, fijn je te ontmoeten",OUTGOING,https://www.linkedin.com/in/karin,https://www.linkedin.com/in/piet?trk=x',
      ],
      context,
    );
    assert.equal(incoming?.key, 'incoming|u:linkedin.com/in/eva-smit|2025-03-04T09:07:00Z');
    assert.equal(incoming?.fallbackKey, 'incoming|n:eva smit|2025-03-04T09:07:00Z');
    assert.equal(incoming?.message, null);
    assert.equal(outgoing?.otherPersonKey, 'u:linkedin.com/in/piet');
    assert.equal(outgoing?.message, 'Hoi Piet, fijn je te ontmoeten');
    assert.deepEqual([...context.owner.keys], ['u:linkedin.com/in/karin']);
    assert.deepEqual([...context.owner.names], ['karin visser']);
  });

  it('reads the 2020-2023 header without URL columns, keyed by name', () => {
    const [row] = records('invitations', [
      'From,To,Sent At,Message,Direction',
      'Eva Smit,Karin Visser,"11/2/20, 4:15 PM",Hallo,INCOMING',
    ]);
    assert.equal(row?.key, 'incoming|n:eva smit|2020-11-02T16:15:00Z');
    assert.equal(row?.fallbackKey, null);
  });

  it('rejects an unknown direction', () => {
    const [problem] = mapLines('invitations', [
      'From,To,Sent At,Message,Direction',
      'Eva,Karin,"3/4/25, 9:07 AM",,SIDEWAYS',
    ]);
    assert.equal((problem as RowProblem).kind, 'invalid');
  });
});

describe('messages.csv rows', () => {
  const layouts: [string, string, string][] = [
    [
      '9 columns (2020-2023)',
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
      '2-abc==,,Eva Smit,https://www.linkedin.com/in/eva,Karin Visser,2025-03-04 09:07:12 UTC,,"Hoi,\nhoe gaat het?",INBOX',
    ],
    [
      '10 columns',
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
      '2-abc==,,Eva Smit,https://www.linkedin.com/in/eva,Karin Visser,https://www.linkedin.com/in/karin,2025-03-04 09:07:12 UTC,,"Hoi,\nhoe gaat het?",INBOX',
    ],
    [
      '11 columns, fully quoted (2026)',
      '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"',
      '"2-abc==","","Eva Smit","https://www.linkedin.com/in/eva","Karin Visser","https://www.linkedin.com/in/karin","2025-03-04 09:07:12 UTC","","Hoi,\nhoe gaat het?","INBOX",""',
    ],
    [
      '13 columns with both draft flags',
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT',
      '2-abc==,,Eva Smit,https://www.linkedin.com/in/eva,Karin Visser,https://www.linkedin.com/in/karin,2025-03-04 09:07:12 UTC,,"Hoi,\nhoe gaat het?",INBOX,,No,No',
    ],
  ];
  const keys = new Set<string>();
  for (const [label, header, row] of layouts) {
    it(`reads the ${label} layout to the same message`, () => {
      // splitHeaderLine keeps the quoted line break: these rows stand for one CSV record each.
      const [message] = records('messages', [header, row]);
      assert.equal(message?.content, 'Hoi,\nhoe gaat het?');
      assert.equal(message?.sentAt, '2025-03-04T09:07:12Z');
      assert.equal(message?.senderKey, 'u:linkedin.com/in/eva');
      assert.equal(message?.isDraft, false);
      keys.add(message?.key ?? '');
    });
  }
  it('gives the same key in every layout, so a newer export never doubles a message', () => {
    assert.equal(keys.size, 1);
  });

  it('counts a message really sent twice in the same second as two, and re-counts the same way', () => {
    const lines = [
      'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT',
      '2-x==,Eva,https://www.linkedin.com/in/eva,Karin,2025-03-04 09:07:12 UTC,ok',
      '2-x==,Eva,https://www.linkedin.com/in/eva,Karin,2025-03-04 09:07:12 UTC,ok',
      '2-y==,Eva,https://www.linkedin.com/in/eva,Karin,2025-03-04 09:07:12 UTC,ok',
    ];
    const first = records('messages', lines).map((message) => message.key);
    const again = records('messages', lines).map((message) => message.key);
    assert.equal(new Set(first).size, 3);
    assert.deepEqual(again, first);
    assert.match(first[1] ?? '', /:1$/u);
  });

  it('tells drafts and the owner’s own messages apart, and lists participants once per conversation', () => {
    const context = createMappingContext({
      keys: new Set(['u:linkedin.com/in/karin']),
      names: new Set(),
    });
    const rows = records(
      'messages',
      [
        'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER,IS MESSAGE DRAFT',
        '2-x==,Karin Visser,https://www.linkedin.com/in/karin,"Jane Doe, Ph.D., Eva Smit","https://www.linkedin.com/in/jane,https://www.linkedin.com/in/eva",2025-03-04 09:07:12 UTC,concept,INBOX,Yes',
        '2-x==,Karin Visser,https://www.linkedin.com/in/karin,"Jane Doe, Ph.D., Eva Smit","https://www.linkedin.com/in/jane,https://www.linkedin.com/in/eva",2025-03-04 09:08:12 UTC,verstuurd,INBOX,No',
      ],
      context,
    );
    const [draft, sent] = rows as MessageRecord[];
    assert.equal(draft?.isDraft, true);
    assert.equal(sent?.isDraft, false);
    assert.equal(draft?.fromOwner, true);
    assert.deepEqual(
      draft?.participants.map((participant) => [participant.key, participant.name]),
      [
        ['u:linkedin.com/in/karin', 'Karin Visser'],
        ['u:linkedin.com/in/jane', 'Jane Doe, Ph.D.'],
        ['u:linkedin.com/in/eva', 'Eva Smit'],
      ],
    );
    assert.deepEqual(sent?.participants, []);
  });

  it('splits TO names without splitting a degree off its name', () => {
    assert.deepEqual(splitRecipientNames('Jane Doe, Ph.D., Eva Smit, Jan Jansen Jr.'), [
      'Jane Doe, Ph.D.',
      'Eva Smit',
      'Jan Jansen Jr.',
    ]);
  });

  it('rejects an impossible DATE, naming the column', () => {
    const [problem] = mapLines('messages', [
      'CONVERSATION ID,FROM,TO,DATE,CONTENT,FOLDER,SENDER PROFILE URL,RECIPIENT PROFILE URLS',
      'ghi,Eve,Bob,2026-02-30 10:00:00 UTC,-2 plus 2,ARCHIVE,<NA>,#N/A N/A',
    ]);
    assert.equal((problem as RowProblem).kind, 'not-a-date');
    assert.match(describeRowProblem(problem as RowProblem, 'en'), /'DATE' is not a date/u);
    assert.match(describeRowProblem(problem as RowProblem, 'nl'), /'DATE' is geen datum/u);
  });
});

describe('quirks of the activity files', () => {
  it('strips the per-line quotes of a multi-line Shares.csv commentary', () => {
    assert.equal(
      unwrapShareCommentary('He said "hi"."\n""\n"Next "line" here.'),
      'He said "hi".\n\nNext "line" here.',
    );
    assert.equal(unwrapShareCommentary('"Quoted" on one line'), '"Quoted" on one line');
    assert.equal(
      unwrapShareCommentary('two\nlines without wrappers'),
      'two\nlines without wrappers',
    );
  });

  it('rewrites Comments.csv backslash quotes the same way however the text is cut into chunks', () => {
    const input =
      'Date,Link,Message\n2026-01-05 10:00:00,l1,"She wrote \\"great post\\" yesterday.\nNew line, \\\\ and ""kept""."\n2026-02-10 18:30:00,l2,Plain "text"\n';
    const expected =
      'Date,Link,Message\n2026-01-05 10:00:00,l1,"She wrote ""great post"" yesterday.\nNew line, \\ and ""kept""."\n2026-02-10 18:30:00,l2,Plain "text"\n';
    for (let cut = 0; cut <= input.length; cut += 1) {
      const rewriter = new BackslashQuoteRewriter();
      const output =
        rewriter.push(input.slice(0, cut)) + rewriter.push(input.slice(cut)) + rewriter.flush();
      assert.equal(output, expected, `cut at ${cut}`);
    }
  });

  it('reads a Rich_Media profile photo upload', () => {
    const [media] = records('rich-media', [
      'Date/Time,Media Description,Media Link',
      '"You uploaded a profile photo on March 4, 2025 at 9:07 AM (GMT)", -,https://media.licdn.com/x?e=1',
    ]);
    assert.equal(media?.mediaKind, 'profile photo');
    assert.equal(media?.uploadedAt, '2025-03-04T09:07:00Z');
    assert.equal(media?.description, null);
  });

  it('does not count an empty last header name (a trailing comma) as a column rows must have', () => {
    assert.equal(new ColumnMap(splitHeaderLine('Name,Proficiency,')).width, 2);
    assert.equal(new ColumnMap(splitHeaderLine('"Name","Proficiency"')).width, 2);
  });

  it('puts back a Rich_Media sentence written without quotes, and only that', () => {
    const repair = repairRichMediaRow(
      new ColumnMap(splitHeaderLine('Date/Time,Media Description,Media Link')),
    );
    assert.deepEqual(
      repair(
        splitHeaderLine(
          'You uploaded a profile photo on March 4, 2025 at 9:07 AM (GMT), -,https://m/x?e=1',
        ),
      ),
      ['You uploaded a profile photo on March 4, 2025 at 9:07 AM (GMT)', ' -', 'https://m/x?e=1'],
    );
    const other = ['Some text', ' more', ' -', 'https://m/x?e=1'];
    assert.equal(repair(other), other);
    const quoted = ['You uploaded a video on March 4, 2025 at 9:07 AM (GMT)', ' -', 'l'];
    assert.equal(repair(quoted), quoted);
  });
});

describe('people files keyed like connections', () => {
  it('keys an endorsement by the endorser URL (no scheme), with the pre-2023 name key as fallback', () => {
    const [withUrl] = records('endorsements-received', [
      'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status',
      '2025/03/04 09:07:12 UTC,SQL,Jan,de Vries,www.linkedin.com/in/jan-de-vries,ACCEPTED',
    ]);
    assert.equal(withUrl?.personKey, 'u:linkedin.com/in/jan-de-vries');
    assert.equal(withUrl?.fallbackKey, 'received|n:jan de vries|sql');
    const [byName] = records('endorsements-received', [
      'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status',
      '2022/03/04 09:07:12 UTC,SQL,Jan,de Vries,ACCEPTED',
    ]);
    assert.equal(byName?.key, 'received|n:jan de vries|sql');
  });

  it('reads a recommendation date in the US form', () => {
    const [recommendation] = records('recommendations-given', [
      'First Name,Last Name,Company,Job Title,Text,Creation Date,Status',
      'Eva,Smit,Isala,Teamleider,"Great, calm.","03/04/25, 9:07 AM",VISIBLE',
    ]);
    assert.equal(recommendation?.createdAt, '2025-03-04T09:07:00Z');
    assert.equal(recommendation?.direction, 'given');
  });

  it('reads Company Follows dates in Java form', () => {
    const [follow] = records('company-follows', [
      'Organization,Followed On',
      'Isala,Tue Mar 04 09:07:12 UTC 2025',
    ]);
    assert.equal(follow?.followedAt, '2025-03-04T09:07:12Z');
  });
});

describe('headers and counters', () => {
  it('finds a header by its columns in any order and quoting, ignoring a BOM', () => {
    assert.ok(
      isHeaderRow(
        'connections',
        splitHeaderLine(
          '\uFEFFFirst Name,Last Name,URL,Email Address,Company,Position,Connected On',
        ),
      ),
    );
    assert.ok(
      isHeaderRow('messages', splitHeaderLine('"FROM","DATE","CONVERSATION ID","CONTENT"')),
    );
    assert.ok(!isHeaderRow('connections', splitHeaderLine('Notes:')));
  });

  it('counts repeats exactly over many keys, growing its table as it goes', () => {
    const counter = new OccurrenceCounter();
    for (let index = 0; index < 200_000; index += 1) {
      assert.equal(counter.next(hashText64(`key ${index}`)), 0);
    }
    assert.equal(counter.next(hashText64('key 7')), 1);
    assert.equal(counter.next(hashText64('key 7')), 2);
    assert.equal(counter.next(hashText64('key 199999')), 1);
    assert.equal(counter.next(hashText64('key 200000')), 0);
  });
});
