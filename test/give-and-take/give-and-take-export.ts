import { csvLine } from '../../src/import/test-support/csv-writing.js';
import type { ExportEra, Person } from '../../src/import/test-support/generate-export.js';
import {
  connectionPerson,
  generateExport,
  owner,
  writeExportZip,
} from '../../src/import/test-support/generate-export.js';

/**
 * A generated export with known answers for give and take. The generator's endorsements and
 * recommendations (docs in generate-export.ts) are kept: connections 1, 4, 7, 10, 16, 19 and 22
 * endorsed the user; the user endorsed 1, 4, 7, 10 and 16; 1 and 4 recommended the user; the
 * user recommended 7. Its messages are replaced by these conversations:
 *
 * - the user offers 19 help, one to one (help given);
 * - 22 offers the user an introduction, one to one (help received);
 * - the user introduces 10 and 16 to each other in a group (an introduction given to each);
 * - 31 offers the user help in Dutch, one to one (help received): owed an introduction;
 * - 41, in the same line of work as 31 at another company, writes with the user both ways in
 *   English (the one the user can introduce 31 to).
 */
export const now = '2026-11-26T12:00:00Z';

export const person = (n: number) => {
  const p = connectionPerson(n);
  return {
    ...p,
    name: `${p.firstName} ${p.lastName}`,
    url: `https://www.linkedin.com/in/${encodeURIComponent(p.slug)}`,
  };
};

const ownerName = `${owner.firstName} ${owner.lastName}`;
const ownerUrl = `https://www.linkedin.com/in/${owner.slug}`;

interface Row {
  conversation: string;
  from: Person | 'owner';
  to: (Person | 'owner')[];
  date: string;
  content: string;
}

const rows: Row[] = [
  {
    conversation: 'c-help-19',
    from: 'owner',
    to: [connectionPerson(19)],
    date: '2025-03-03 10:00:00 UTC',
    content: 'Leuk je weer te spreken! Waarmee kan ik je helpen?',
  },
  {
    conversation: 'c-offer-22',
    from: connectionPerson(22),
    to: ['owner'],
    date: '2025-04-04 10:00:00 UTC',
    content: 'Happy to introduce you to someone at Bunq if that is useful.',
  },
  {
    conversation: 'c-group-10-16',
    from: 'owner',
    to: [connectionPerson(10), connectionPerson(16)],
    date: '2025-05-05 10:00:00 UTC',
    content: 'Zoals beloofd stel ik jullie aan elkaar voor: jullie werken allebei aan onboarding.',
  },
  {
    conversation: 'c-offer-31',
    from: connectionPerson(31),
    to: ['owner'],
    date: '2025-06-06 10:00:00 UTC',
    content:
      'Hoi Karin, kan ik je ergens mee helpen? Ik ken veel mensen in de zorg en ik denk graag mee over het werven van nieuwe collega’s.',
  },
  {
    conversation: 'c-chat-41',
    from: 'owner',
    to: [connectionPerson(41)],
    date: '2025-07-07 10:00:00 UTC',
    content: 'Hi Eva, how are things at Philips?',
  },
  {
    conversation: 'c-chat-41',
    from: connectionPerson(41),
    to: ['owner'],
    date: '2025-07-08 10:00:00 UTC',
    content:
      'Great to hear from you, Karin! Things are busy but good. Let us catch up over coffee soon, I would love to hear about your new team.',
  },
];

const nameOf = (who: Person | 'owner'): string =>
  who === 'owner' ? ownerName : `${who.firstName} ${who.lastName}`;
const urlOf = (who: Person | 'owner'): string =>
  who === 'owner' ? ownerUrl : `https://www.linkedin.com/in/${encodeURIComponent(who.slug)}`;

function messagesCsv(withRecipientUrls: boolean): string {
  const header = [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    ...(withRecipientUrls ? ['RECIPIENT PROFILE URLS'] : []),
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
  ];
  const lines = rows.map((row) =>
    csvLine([
      row.conversation,
      '',
      nameOf(row.from),
      urlOf(row.from),
      row.to.map(nameOf).join(', '),
      ...(withRecipientUrls ? [row.to.map(urlOf).join(',')] : []),
      row.date,
      '',
      row.content,
      'INBOX',
    ]),
  );
  return `${[csvLine(header), ...lines].join('\n')}\n`;
}

/** Writes the export as a ZIP in `dir`; 2021 keys people by name (no URLs), 2025 by URL. */
export async function writeGiveAndTakeExport(
  dir: string,
  era: ExportEra = '2025',
): Promise<string> {
  const generated = generateExport({ era, seed: 'give', messages: 0 });
  const withUrls = era >= '2023';
  const files = generated.files.map((file) =>
    file.path === 'messages.csv'
      ? {
          path: file.path,
          content: async function* () {
            yield messagesCsv(withUrls);
          },
        }
      : file,
  );
  return writeExportZip(dir, { ...generated, files });
}
