import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A small export with known answers for every list, around "now" = Thursday 26 Nov 2026, 12:00
 * UTC, in Europe/Amsterdam. Every boundary is on the line: exactly 60 days, exactly 21 days,
 * exactly six months, drafts that are no contact, namesakes.
 */
export const now = new Date('2026-11-26T12:00:00Z');
const me = 'https://www.linkedin.com/in/robertvos';
export const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;

const connections = [
  ['Ann', 'Exact', url('ann-exact'), '27 Sep 2026'], // exactly 60 days ago: in
  ['Bob', 'Older', url('bob-older'), '26 Sep 2026'], // 61 days: out
  ['Karin', 'de Vries', url('karin-de-vries'), '20 Nov 2026'], // invited me, no message: in
  ['Tom', 'Wrote', url('tom-wrote'), '18 Nov 2026'], // messaged after connecting: out
  ['Eva', 'Draft', url('eva-draft'), '19 Nov 2026'], // only a draft: in
  ['Jan', 'Jansen', url('jan-jansen-1'), '21 Nov 2026'], // namesake, messaged: out
  ['Jan', 'Jansen', url('jan-jansen-2'), '22 Nov 2026'], // namesake, not messaged: in
  ['Piet', 'Stil', url('piet-stil'), '01 Jan 2024'],
  ['Lisa', 'Recent', url('lisa-recent'), '01 Jan 2024'],
  ['Olaf', 'Oneway', url('olaf-oneway'), '01 Jan 2024'],
  ['Sue', 'Sent', url('sue-sent'), '24 Nov 2026'], // I invited her: thank-accept
];

const messageRows: [string, string, string, string, string, string, string][] = [
  // conversation, from name, from url, to name, to url, date, draft
  ['c-tom', 'Tom Wrote', url('tom-wrote'), 'Robert Vos', me, '2026-11-19 09:00:00 UTC', 'No'],
  ['c-eva', 'Robert Vos', me, 'Eva Draft', url('eva-draft'), '2026-11-20 09:00:00 UTC', 'Yes'],
  ['c-jan', 'Robert Vos', me, 'Jan Jansen', url('jan-jansen-1'), '2026-11-21 18:00:00 UTC', 'No'],
  ['c-piet', 'Robert Vos', me, 'Piet Stil', url('piet-stil'), '2026-04-10 09:00:00 UTC', 'No'],
  ['c-piet', 'Piet Stil', url('piet-stil'), 'Robert Vos', me, '2026-04-12 09:00:00 UTC', 'No'],
  ['c-piet', 'Robert Vos', me, 'Piet Stil', url('piet-stil'), '2026-05-20 09:00:00 UTC', 'No'],
  ['c-piet', 'Piet Stil', url('piet-stil'), 'Robert Vos', me, '2026-05-26 08:00:00 UTC', 'No'], // exactly six months before now
  ['c-lisa', 'Robert Vos', me, 'Lisa Recent', url('lisa-recent'), '2026-06-10 09:00:00 UTC', 'No'],
  ['c-lisa', 'Lisa Recent', url('lisa-recent'), 'Robert Vos', me, '2026-06-27 09:00:00 UTC', 'No'], // five months: out
  ['c-lisa', 'Robert Vos', me, 'Lisa Recent', url('lisa-recent'), '2026-06-28 09:00:00 UTC', 'No'],
  ['c-olaf', 'Robert Vos', me, 'Olaf Oneway', url('olaf-oneway'), '2025-01-10 09:00:00 UTC', 'No'],
  ['c-olaf', 'Robert Vos', me, 'Olaf Oneway', url('olaf-oneway'), '2025-01-11 09:00:00 UTC', 'No'],
  ['c-olaf', 'Robert Vos', me, 'Olaf Oneway', url('olaf-oneway'), '2025-01-12 09:00:00 UTC', 'No'],
];

const invitationRows = [
  // From, To, Sent At, Message, Direction, inviter, invitee
  [
    'Karin de Vries',
    'Robert Vos',
    '11/19/26, 9:00 AM',
    'Hoi Robert, leuk je gisteren te spreken op de Dag van de Logistiek!',
    'INCOMING',
    url('karin-de-vries'),
    me,
  ],
  [
    'Robert Vos',
    'Sue Sent',
    '11/23/26, 9:00 AM',
    'Hi Sue, great meeting you at the summit yesterday.',
    'OUTGOING',
    me,
    url('sue-sent'),
  ],
  ['Peter Pending', 'Robert Vos', '11/25/26, 10:00 AM', '', 'INCOMING', url('peter-pending'), me],
  [
    'Rich Moore',
    'Robert Vos',
    '11/24/26, 10:00 AM',
    'Greetings, our fund offers project loans at 1.5% interest, write me on Telegram',
    'INCOMING',
    url('rich-moore'),
    me,
  ],
  ['Robert Vos', 'Sam Stale', '11/5/26, 11:00 AM', '', 'OUTGOING', me, url('sam-stale')], // exactly 21 days: in
  ['Robert Vos', 'Fay Fresh', '11/6/26, 11:00 AM', '', 'OUTGOING', me, url('fay-fresh')], // 20 days: out
];

const csv = (rows: readonly (readonly string[])[]): string =>
  rows
    .map((row) =>
      row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','),
    )
    .join('\n');

export async function writeKnownExport(dir: string): Promise<void> {
  await writeFile(
    join(dir, 'Connections.csv'),
    `Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n${csv(
      [
        ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
        ...connections.map(([first, last, link, on]) => [
          first!,
          last!,
          link!,
          '',
          'Isala',
          'Nurse',
          on!,
        ]),
      ],
    )}`,
  );
  await writeFile(
    join(dir, 'Invitations.csv'),
    `${csv([['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'], ...invitationRows])}\n`,
  );
  await writeFile(
    join(dir, 'messages.csv'),
    `${csv([
      [
        'CONVERSATION ID',
        'CONVERSATION TITLE',
        'FROM',
        'SENDER PROFILE URL',
        'TO',
        'RECIPIENT PROFILE URLS',
        'DATE',
        'SUBJECT',
        'CONTENT',
        'FOLDER',
        'ATTACHMENTS',
        'IS MESSAGE DRAFT',
      ],
      ...messageRows.map(([conversation, from, fromUrl, to, toUrl, date, draft], index) => [
        conversation,
        '',
        from,
        fromUrl,
        to,
        toUrl,
        date,
        '',
        `Hoi, hoe gaat het met je? Bericht ${index}.`,
        'INBOX',
        '',
        draft,
      ]),
    ])}\n`,
  );
  await writeFile(
    join(dir, 'Profile.csv'),
    `${csv([
      [
        'First Name',
        'Last Name',
        'Maiden Name',
        'Address',
        'Birth Date',
        'Headline',
        'Summary',
        'Industry',
        'Zip Code',
        'Geo Location',
        'Twitter Handles',
        'Websites',
        'Instant Messengers',
      ],
      ['Robert', 'Vos', '', '', '', 'Adviseur bij Rovos', '', '', '', '', '', '', ''],
    ])}\n`,
  );
  await writeFile(
    join(dir, 'Shares.csv'),
    `${csv([
      ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'],
      ['2026-11-10 09:00:00', 'https://x', 'Post', '', '', 'MEMBER_NETWORK'],
    ])}\n`,
  );
  await writeFile(
    join(dir, 'Comments.csv'),
    `${csv([
      ['Date', 'Link', 'Message'],
      ['2026-11-11 09:00:00', 'https://y', 'Mooi stuk'],
    ])}\n`,
  );
  await writeFile(
    join(dir, 'Reactions.csv'),
    `${csv([
      ['Date', 'Type', 'Link'],
      ['2026-11-25 09:00:00', 'LIKE', 'https://z'],
      ['2026-11-22 23:30:00', 'LIKE', 'https://w'],
    ])}\n`,
  );
}
