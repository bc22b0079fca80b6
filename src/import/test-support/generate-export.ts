import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { QuoteStyle } from './csv-writing.js';
import { csvLine, pick, randomFor, wrapShareLines } from './csv-writing.js';
import {
  addDays,
  formatConnectedOn,
  formatIsoLike,
  formatJavaDate,
  formatRichMediaSentence,
  formatUsDateTime,
  isoSeconds,
  toMinute,
} from './export-dates-format.js';
import * as words from './export-vocabulary.js';
import { writeZip } from './write-zip.js';

/**
 * A deterministic generator of LinkedIn exports in the layout of each era from 2020 to 2026,
 * with every quirk of docs/formats.md. Entity n depends only on (seed, n), so a larger export
 * of the same seed is a later snapshot of the same network: it adds connections, messages and
 * invitations, and (epoch 2) changes some companies and accepts some pending invitations.
 */
export type ExportEra = '2020' | '2021' | '2022' | '2023' | '2024' | '2025' | '2026-03' | '2026-04';
export type MessageLayout = 9 | 10 | 11 | '12-attachments-draft' | '12-drafts' | 13;

export interface GenerateExportOptions {
  era: ExportEra;
  seed?: string;
  connections?: number;
  /** Invitations [invitationsFrom, invitations) by index: a later export's window moves on. */
  invitations?: number;
  invitationsFrom?: number;
  /** Hours between two invitations (default 8.9); the benchmark packs 10,000 into 7 months. */
  invitationHours?: number;
  messages?: number;
  conversations?: number;
  /** Conversations are with the first this many connections (default 50), so a later snapshot keeps them. */
  contacts?: number;
  /** 2 = a later snapshot: some companies changed, some pending invitations accepted. */
  epoch?: number;
  /** An Excel re-save: BOM, CRLF line ends and `8-Feb-26` dates. */
  excel?: boolean;
  messageLayout?: MessageLayout;
  quoteAllMessages?: boolean;
  /** Profile, activity, endorsement and unrelated files (default true). */
  otherFiles?: boolean;
}

export interface GeneratedFile {
  path: string;
  content: () => AsyncIterable<string>;
}

export interface ExpectedInvitation {
  direction: 'incoming' | 'outgoing';
  /** The other party's profile slug (its identity in the generator). */
  slug: string;
  sentAt: string;
  pending: boolean;
}

/** What an import of this export must find, computed from the generator's own model. */
export interface ExpectedExport {
  connections: number;
  hiddenConnections: number;
  invitations: {
    incoming: number;
    outgoing: number;
    pendingIncoming: number;
    pendingOutgoing: number;
  };
  invitationList: ExpectedInvitation[];
  messages: number;
  drafts: number;
  conversations: number;
  shares: number;
  comments: number;
  reactions: number;
  endorsements: { received: number; given: number };
  recommendations: { received: number; given: number };
  positions: number;
  education: number;
  skills: number;
  notes: number;
  companyFollows: number;
  profilePhotoUploads: number;
  /** Data rows per imported file. */
  rowsByFile: Record<string, number>;
  skippedFiles: string[];
}

export interface GeneratedExport {
  /** LinkedIn's archive name, e.g. `Complete_LinkedInDataExport_04-17-2026.zip`. */
  zipName: string;
  files: GeneratedFile[];
  expected: ExpectedExport;
}

interface Layout {
  preamble: boolean;
  connectionUrls: boolean;
  invitationUrls: boolean;
  messages: MessageLayout;
  quoteAllMessages: boolean;
  endorsementUrls: boolean;
  spacedNames: boolean;
  notes: boolean;
  richMedia: boolean;
  numberedComments: boolean;
  trailingNewline: boolean;
}

const layouts: Record<ExportEra, Layout> = {
  '2020': {
    preamble: false,
    connectionUrls: false,
    invitationUrls: false,
    messages: 9,
    quoteAllMessages: false,
    endorsementUrls: false,
    spacedNames: true,
    notes: false,
    richMedia: false,
    numberedComments: false,
    trailingNewline: true,
  },
  '2021': {
    preamble: true,
    connectionUrls: false,
    invitationUrls: false,
    messages: 9,
    quoteAllMessages: false,
    endorsementUrls: false,
    spacedNames: false,
    notes: false,
    richMedia: false,
    numberedComments: false,
    trailingNewline: true,
  },
  '2022': {
    preamble: true,
    connectionUrls: false,
    invitationUrls: false,
    messages: 9,
    quoteAllMessages: false,
    endorsementUrls: false,
    spacedNames: false,
    notes: false,
    richMedia: true,
    numberedComments: false,
    trailingNewline: true,
  },
  '2023': {
    preamble: true,
    connectionUrls: true,
    invitationUrls: true,
    messages: 10,
    quoteAllMessages: false,
    endorsementUrls: true,
    spacedNames: false,
    notes: false,
    richMedia: true,
    numberedComments: false,
    trailingNewline: true,
  },
  '2024': {
    preamble: true,
    connectionUrls: true,
    invitationUrls: true,
    messages: '12-drafts',
    quoteAllMessages: false,
    endorsementUrls: true,
    spacedNames: false,
    notes: false,
    richMedia: true,
    numberedComments: false,
    trailingNewline: false,
  },
  '2025': {
    preamble: true,
    connectionUrls: true,
    invitationUrls: true,
    messages: 11,
    quoteAllMessages: false,
    endorsementUrls: true,
    spacedNames: false,
    notes: false,
    richMedia: true,
    numberedComments: false,
    trailingNewline: false,
  },
  '2026-03': {
    preamble: true,
    connectionUrls: true,
    invitationUrls: true,
    messages: 11,
    quoteAllMessages: true,
    endorsementUrls: true,
    spacedNames: false,
    notes: true,
    richMedia: true,
    numberedComments: true,
    trailingNewline: false,
  },
  '2026-04': {
    preamble: true,
    connectionUrls: true,
    invitationUrls: true,
    messages: '12-attachments-draft',
    quoteAllMessages: false,
    endorsementUrls: true,
    spacedNames: false,
    notes: true,
    richMedia: true,
    numberedComments: true,
    trailingNewline: false,
  },
};

export const connectionsPreamble = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

const messageColumns: Record<string, readonly string[]> = {
  '9': [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
  ],
  '10': [
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
  ],
  '11': [
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
  ],
  '12-attachments-draft': [
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
  '12-drafts': [
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
    'IS MESSAGE DRAFT',
    'IS CONVERSATION DRAFT',
  ],
  '13': [
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
    'IS CONVERSATION DRAFT',
  ],
};

export interface Person {
  firstName: string;
  lastName: string;
  slug: string;
}

const initials = 'ABCDEFGHIJKLMNOPRSTVWZ';

/** URL slugs keep non-ASCII letters (percent-encoded in URLs), like LinkedIn's. */
function slugFor(first: string, last: string, id: number): string {
  const base = `${first} ${last}`
    .toLowerCase()
    .replace(/[.,'"]/gu, '')
    .replace(/\s+/gu, '-');
  return `${base}-${((id * 2654435761) >>> 0).toString(16).slice(0, 6)}`;
}

/** Base connection n; every 50th from 21 on is a namesake of the one before it. */
export function connectionPerson(n: number): Person {
  const m = n % 50 === 21 ? n - 1 : n;
  const first = words.firstNames[m % words.firstNames.length] as string;
  const last = words.lastNames[
    Math.floor(m / words.firstNames.length) % words.lastNames.length
  ] as string;
  const initial = initials[Math.floor(m / 960) % initials.length] as string;
  const round = Math.floor(m / (960 * initials.length));
  const firstName = `${first} ${initial}.${round > 0 ? ` ${round + 1}` : ''}`;
  return { firstName, lastName: last, slug: slugFor(firstName, last, n) };
}

/** The other party of invitation k: never a base connection's name. */
export function invitationPerson(k: number): Person {
  const first = words.firstNames[(k * 7) % words.firstNames.length] as string;
  const last = words.lastNames[(k * 3) % words.lastNames.length] as string;
  const firstName = `${first} ${initials[k % initials.length]}.${initials[Math.floor(k / initials.length) % initials.length]}. ${Math.floor(k / 484) + 1}`;
  return { firstName, lastName: last, slug: slugFor(firstName, last, 1_000_000 + k) };
}

export const owner: Person = {
  firstName: 'Karin',
  lastName: 'Visser',
  slug: 'karin-visser-0a1b2c',
};

const fullName = (person: Person): string => `${person.firstName} ${person.lastName}`;
const profileUrl = (person: Person): string =>
  `https://www.linkedin.com/in/${encodeURIComponent(person.slug)}`;

const connectionEpoch = new Date('2016-01-04T00:00:00Z');
export const connectedOnOf = (n: number): Date => addDays(connectionEpoch, Math.floor(n / 10));
const isHidden = (n: number): boolean => n % 40 === 13;

const invitationEpoch = new Date('2025-06-02T08:03:00Z');
export const sentAtOf = (k: number, hours = 8.9): Date =>
  toMinute(new Date(invitationEpoch.getTime() + k * hours * 3_600_000));
const directionOf = (k: number): 'incoming' | 'outgoing' => (k % 9 < 5 ? 'incoming' : 'outgoing');
const acceptedBy = (k: number, epoch: number): boolean =>
  k % 3 === 0 || (k % 3 === 1 && epoch >= 2);

const messageEpoch = new Date('2024-01-01T07:00:00Z');
const messageDateOf = (k: number): Date => new Date(messageEpoch.getTime() + k * 41_000);

function companyOf(n: number, epoch: number): string {
  const shift = epoch >= 2 && n % 7 === 0 ? 3 : 0;
  return words.companies[(n + shift) % words.companies.length] as string;
}

export function generateExport(options: GenerateExportOptions): GeneratedExport {
  const layout: Layout = {
    ...layouts[options.era],
    ...(options.messageLayout !== undefined ? { messages: options.messageLayout } : {}),
    ...(options.quoteAllMessages !== undefined
      ? { quoteAllMessages: options.quoteAllMessages }
      : {}),
  };
  const seed = options.seed ?? 'netwerk';
  const epoch = options.epoch ?? 1;
  const excel = options.excel ?? false;
  const connectionCount = options.connections ?? 60;
  const invitationsTo = options.invitations ?? 40;
  const invitationsFrom = options.invitationsFrom ?? 0;
  const invitationHours = options.invitationHours ?? 8.9;
  const messageCount = options.messages ?? 200;
  // Fixed by default, so a later snapshot adds messages to the same conversations.
  const conversationCount = Math.max(1, options.conversations ?? 25);
  const eol = excel ? '\r\n' : '\n';
  const bom = excel ? '\uFEFF' : '';
  const files: GeneratedFile[] = [];
  const rowsByFile: Record<string, number> = {};
  const skippedFiles: string[] = [];

  const addCsv = (
    path: string,
    header: readonly string[],
    rows: () => Iterable<readonly string[]>,
    style: QuoteStyle = 'minimal',
    options2: { preamble?: string[]; trailingNewline?: boolean; count: number },
  ) => {
    rowsByFile[path] = options2.count;
    files.push({
      path,
      content: async function* () {
        let text =
          bom +
          (options2.preamble ? options2.preamble.join(eol) + eol : '') +
          csvLine(header, style);
        for (const row of rows()) {
          text += eol + csvLine(row, style);
          if (text.length > 65_536) {
            yield text;
            text = '';
          }
        }
        if (options2.trailingNewline !== false) text += eol;
        yield text;
      },
    });
  };
  const addRaw = (path: string, text: string) => {
    skippedFiles.push(path);
    files.push({
      path,
      content: async function* () {
        yield text;
      },
    });
  };

  // Connections: base connections plus the people who accepted an invitation.
  const acceptedInvitations: number[] = [];
  for (let k = 0; k < invitationsTo; k += 1) if (acceptedBy(k, epoch)) acceptedInvitations.push(k);
  type ConnectionRow = { date: Date; cells: string[]; order: number };
  const connectionRows = (): ConnectionRow[] => {
    const rows: ConnectionRow[] = [];
    const cellsFor = (
      person: Person | undefined,
      company: string,
      position: string,
      date: Date,
      email: string,
    ): string[] => {
      const dateText = formatConnectedOn(date, excel);
      if (person === undefined)
        return layout.connectionUrls
          ? ['', '', '', '', '', '', dateText]
          : ['', '', '', '', '', dateText];
      return layout.connectionUrls
        ? [
            person.firstName,
            person.lastName,
            profileUrl(person),
            email,
            company,
            position,
            dateText,
          ]
        : [person.firstName, person.lastName, email, company, position, dateText];
    };
    for (let n = 0; n < connectionCount; n += 1) {
      const person = isHidden(n) ? undefined : connectionPerson(n);
      const email =
        n % 5 === 0 && person ? `${person.slug.replace(/[^a-z0-9-]/gu, '')}@example.com` : '';
      rows.push({
        date: connectedOnOf(n),
        cells: cellsFor(
          person,
          companyOf(n, epoch),
          words.positions[n % words.positions.length] as string,
          connectedOnOf(n),
          email,
        ),
        order: n,
      });
    }
    for (const k of acceptedInvitations) {
      const date = addDays(sentAtOf(k, invitationHours), 2);
      rows.push({
        date,
        cells: cellsFor(
          invitationPerson(k),
          words.companies[k % words.companies.length] as string,
          'Consultant',
          date,
          '',
        ),
        order: 1_000_000 + k,
      });
    }
    // LinkedIn lists the newest connections first.
    return rows.sort((a, b) => b.date.getTime() - a.date.getTime() || b.order - a.order);
  };
  const connectionHeader = layout.connectionUrls
    ? ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']
    : ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'];
  let hiddenConnections = 0;
  for (let n = 0; n < connectionCount; n += 1) if (isHidden(n)) hiddenConnections += 1;
  addCsv(
    'Connections.csv',
    connectionHeader,
    () => connectionRows().map((row) => row.cells),
    'minimal',
    {
      ...(layout.preamble ? { preamble: connectionsPreamble } : {}),
      trailingNewline: layout.trailingNewline,
      count: connectionCount + acceptedInvitations.length,
    },
  );

  // Invitations in the export's window.
  const invitationList: ExpectedInvitation[] = [];
  for (let k = invitationsFrom; k < invitationsTo; k += 1) {
    invitationList.push({
      direction: directionOf(k),
      slug: invitationPerson(k).slug,
      sentAt: isoSeconds(sentAtOf(k, invitationHours)),
      pending: !acceptedBy(k, epoch),
    });
  }
  const invitationHeader = [
    'From',
    'To',
    'Sent At',
    'Message',
    'Direction',
    ...(layout.invitationUrls ? ['inviterProfileUrl', 'inviteeProfileUrl'] : []),
  ];
  addCsv(
    'Invitations.csv',
    invitationHeader,
    function* () {
      for (let k = invitationsTo - 1; k >= invitationsFrom; k -= 1) {
        const other = invitationPerson(k);
        const incoming = directionOf(k) === 'incoming';
        // Other spellings of the same URL: a trailing slash and tracking query, decoded letters.
        const otherUrl =
          k % 4 === 0
            ? `https://www.linkedin.com/in/${other.slug}/?trk=people-guest`
            : profileUrl(other);
        const note = words.invitationNotes[k % words.invitationNotes.length] as string;
        const [from, to] = incoming ? [other, owner] : [owner, other];
        const row = [
          fullName(from),
          fullName(to),
          formatUsDateTime(sentAtOf(k, invitationHours)),
          note,
          incoming ? 'INCOMING' : 'OUTGOING',
        ];
        if (layout.invitationUrls)
          row.push(
            incoming ? otherUrl : profileUrl(owner),
            incoming ? profileUrl(owner) : otherUrl,
          );
        yield row;
      }
    },
    'minimal',
    { count: invitationsTo - invitationsFrom },
  );

  // Messages.
  const columns = messageColumns[String(layout.messages)] as readonly string[];
  const hasDrafts = columns.includes('IS MESSAGE DRAFT');
  const contacts = Math.max(1, Math.min(connectionCount, options.contacts ?? 50));
  const contactOf = (c: number): number => {
    let n = (c * 7919 + 3) % contacts;
    while (isHidden(n)) n = (n + 1) % connectionCount;
    return n;
  };
  const isSponsored = (c: number): boolean => c % 13 === 3;
  const isGroup = (c: number): boolean => c % 10 === 9 && connectionCount > 2;
  const isDraft = (k: number, fromOwner: boolean): boolean =>
    hasDrafts && fromOwner && k % 53 === 11;
  const senderIsOwner = (k: number): boolean => randomFor(seed, 'sender', k)() < 0.5;
  let messages = 0;
  let drafts = 0;
  const conversationsWithMessages = new Set<number>();
  let messageRows = 0;
  for (let k = 0; k < messageCount; k += 1) {
    const c = k % conversationCount;
    const fromOwner = !isSponsored(c) && senderIsOwner(k);
    const copies = k % 211 === 5 && !isDraft(k, fromOwner) ? 2 : 1;
    messageRows += copies;
    if (isDraft(k, fromOwner)) drafts += 1;
    else {
      messages += copies;
      conversationsWithMessages.add(c);
    }
  }
  const conversationId = (c: number): string =>
    `2-${Buffer.from(`${seed}:${c}`).toString('base64').replace(/=+$/u, '')}==`;
  addCsv(
    'messages.csv',
    columns,
    function* () {
      for (let k = 0; k < messageCount; k += 1) {
        const c = k % conversationCount;
        const random = randomFor(seed, 'message', k);
        const contact = connectionPerson(contactOf(c));
        const others = isGroup(c) ? [contact, connectionPerson(contactOf(c + 1))] : [contact];
        const fromOwner = !isSponsored(c) && senderIsOwner(k);
        let from: string;
        let fromUrl: string;
        let to: Person[];
        let content: string;
        if (isSponsored(c)) {
          from = k % 2 === 0 ? 'LinkedIn Member' : 'Sponsored: Webinar Team';
          fromUrl = '';
          to = [owner];
          content = words.messageTexts[4 + (k % 2)] as string;
        } else {
          const sender = fromOwner ? owner : (pick(others, random) as Person);
          from = fullName(sender);
          fromUrl = profileUrl(sender);
          to = fromOwner ? others : [owner, ...others.filter((person) => person !== sender)];
          content = `${pick(words.messageTexts, random)}${k % 17 === 0 ? `\nRef ${k}` : ''}`;
        }
        const values: Record<string, string> = {
          'CONVERSATION ID': conversationId(c),
          'CONVERSATION TITLE': isGroup(c) ? 'Project "Breda", planning' : '',
          FROM: from,
          'SENDER PROFILE URL': fromUrl,
          TO: to.map(fullName).join(', '),
          'RECIPIENT PROFILE URLS': to.map(profileUrl).join(','),
          DATE: formatIsoLike(messageDateOf(k), { utc: true }),
          SUBJECT: c % 5 === 0 ? 'Vraagje' : '',
          CONTENT: content,
          FOLDER: k % 31 === 0 ? 'ARCHIVE' : k % 101 === 0 ? 'SPAM' : 'INBOX',
          ATTACHMENTS: k % 43 === 0 ? 'https://example.com/a.pdf,https://example.com/b.png' : '',
          'IS MESSAGE DRAFT': isDraft(k, fromOwner) ? 'Yes' : 'No',
          'IS CONVERSATION DRAFT': 'No',
        };
        const row = columns.map((column) => values[column] ?? '');
        yield row;
        if (k % 211 === 5 && !isDraft(k, fromOwner)) yield row;
      }
    },
    layout.quoteAllMessages ? 'all' : 'minimal',
    { count: messageRows },
  );

  const expected: ExpectedExport = {
    connections: connectionCount + acceptedInvitations.length,
    hiddenConnections,
    invitations: {
      incoming: invitationList.filter((i) => i.direction === 'incoming').length,
      outgoing: invitationList.filter((i) => i.direction === 'outgoing').length,
      pendingIncoming: invitationList.filter((i) => i.direction === 'incoming' && i.pending).length,
      pendingOutgoing: invitationList.filter((i) => i.direction === 'outgoing' && i.pending).length,
    },
    invitationList,
    messages,
    drafts,
    conversations: conversationsWithMessages.size,
    shares: 0,
    comments: 0,
    reactions: 0,
    endorsements: { received: 0, given: 0 },
    recommendations: { received: 0, given: 0 },
    positions: 0,
    education: 0,
    skills: 0,
    notes: 0,
    companyFollows: 0,
    profilePhotoUploads: 0,
    rowsByFile,
    skippedFiles,
  };
  if (options.otherFiles !== false)
    addOtherFiles({ layout, seed, excel, connectionCount, addCsv, addRaw, expected });
  const lastDate = addDays(
    new Date(
      Math.max(
        messageDateOf(messageCount).getTime(),
        sentAtOf(invitationsTo, invitationHours).getTime(),
      ),
    ),
    3,
  );
  const mm = String(lastDate.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(lastDate.getUTCDate()).padStart(2, '0');
  return {
    zipName: `Complete_LinkedInDataExport_${mm}-${dd}-${lastDate.getUTCFullYear()}.zip`,
    files,
    expected,
  };
}

type AddCsv = (
  path: string,
  header: readonly string[],
  rows: () => Iterable<readonly string[]>,
  style: QuoteStyle,
  options: { preamble?: string[]; trailingNewline?: boolean; count: number },
) => void;

function addOtherFiles(context: {
  layout: Layout;
  seed: string;
  excel: boolean;
  connectionCount: number;
  addCsv: AddCsv;
  addRaw: (path: string, text: string) => void;
  expected: ExpectedExport;
}): void {
  const { layout, addCsv, addRaw, expected } = context;
  const at = (days: number, hour = 9): Date =>
    new Date(Date.UTC(2025, 0, 6 + days, hour, 7 + (days % 50), 12));
  addCsv(
    'Profile.csv',
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
    () => [
      [
        owner.firstName,
        owner.lastName,
        '',
        'Breda, Nederland',
        'Mar 7',
        "Verpleegkundige bij Isala | onboarding van nieuwe collega's",
        'Dank voor je bezoek aan mijn profiel. Hoe kan ik je helpen?\n\nIk begeleid nieuwe verpleegkundigen in hun eerste jaar.',
        'Hospital & Health Care',
        '4811',
        'Breda, North Brabant, Netherlands',
        '[karinvisser]',
        '[PERSONAL:https://example.com]',
        '',
      ],
    ],
    'minimal',
    { count: 1 },
  );
  addCsv(
    'Profile Summary.csv',
    ['Profile Summary'],
    () => [
      [
        'Dank voor je bezoek aan mijn profiel.\n\nIk begeleid nieuwe verpleegkundigen, met "oog voor de mens".',
      ],
    ],
    'minimal',
    { count: 1 },
  );
  const positions = [
    ['Isala', 'Verpleegkundige', 'Onboarding, scholing, roosters', 'Zwolle', 'Mar 2021', ''],
    ['Amphia', 'Leerling-verpleegkundige', '', 'Breda, Nederland', 'Sep 2017', 'Feb 2021'],
    ['De Bakkerij & Co', 'Bijbaan', 'Weekenden', '', 'Jun 2014', 'Aug 2017'],
  ];
  addCsv(
    'Positions.csv',
    ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
    () => positions,
    'minimal',
    { count: positions.length },
  );
  expected.positions = positions.length;
  const education = [
    ['Avans Hogeschool', '2013', '2017', '', 'Bachelor, Verpleegkunde', 'Studievereniging'],
    ['Stedelijk Gymnasium', 'Sep 2007', 'Jun 2013', '', '', ''],
  ];
  addCsv(
    'Education.csv',
    ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
    () => education,
    'minimal',
    { count: education.length },
  );
  expected.education = education.length;
  addCsv('Skills.csv', ['Name'], () => words.skills.map((skill) => [skill]), 'minimal', {
    count: words.skills.length,
  });
  expected.skills = words.skills.length;
  if (layout.richMedia) {
    const media = [
      ['a profile photo', 40],
      ['a feed photo', 55],
      ['a profile photo', 300],
      ['a video', 310],
      ['a profile background photo', 320],
    ] as const;
    addCsv(
      'Rich_Media.csv',
      ['Date/Time', 'Media Description', 'Media Link'],
      () =>
        media.map(([kind, day]) => [
          formatRichMediaSentence(kind, at(day)),
          kind === 'a feed photo' ? 'Team day, "Breda"' : ' -',
          `https://media.licdn.com/dms/image/x${day}?e=1767225600&v=beta`,
        ]),
      'minimal',
      { count: media.length },
    );
    expected.profilePhotoUploads = media.filter(([kind]) => kind === 'a profile photo').length;
  }
  const shares = words.shareTexts.map((text, index) => [
    formatIsoLike(at(index * 9, 10)),
    `https://www.linkedin.com/feed/update/urn:li:share:70${index}`,
    wrapShareLines(text),
    index % 2 ? 'https://example.com/article' : '',
    '',
    index % 3 ? 'CONNECTIONS' : 'MEMBER_NETWORK',
  ]);
  addCsv(
    'Shares.csv',
    ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'],
    () => shares,
    'minimal',
    { count: shares.length },
  );
  expected.shares = shares.length;
  const comments = Array.from({ length: 14 }, (_, index) => [
    formatIsoLike(at(index * 5, 14)),
    `https://www.linkedin.com/feed/update/urn:li:activity:71${index % 5}`,
    words.commentTexts[index % words.commentTexts.length] as string,
  ]);
  if (layout.numberedComments) {
    addCsv('Comments.csv', ['Date', 'Link', 'Message'], () => comments.slice(0, 8), 'backslash', {
      count: 8,
    });
    addCsv('Comments_1.csv', ['Date', 'Link', 'Message'], () => comments.slice(8), 'backslash', {
      count: comments.length - 8,
    });
  } else {
    addCsv('Comments.csv', ['Date', 'Link', 'Message'], () => comments, 'backslash', {
      count: comments.length,
    });
  }
  expected.comments = comments.length;
  const reactions = Array.from({ length: 20 }, (_, index) => [
    formatIsoLike(at(index * 3, 20)),
    index % 4 === 0 ? 'PRAISE' : 'LIKE',
    `https://www.linkedin.com/feed/update/urn:li:activity:72${index}`,
  ]);
  addCsv('Reactions.csv', ['Date', 'Type', 'Link'], () => reactions, 'minimal', {
    count: reactions.length,
  });
  expected.reactions = reactions.length;
  const follows = ['Isala', 'Bunq', 'Stichting "Samen, Sterk"', 'Gemeente Breda'].map(
    (name, index) => [name, formatJavaDate(at(index * 40, 11))],
  );
  addCsv('Company Follows.csv', ['Organization', 'Followed On'], () => follows, 'minimal', {
    count: follows.length,
    trailingNewline: false,
  });
  expected.companyFollows = follows.length;

  const endorsers = Array.from(
    { length: Math.min(8, Math.max(0, context.connectionCount - 1)) },
    (_, index) => index * 3 + 1,
  ).filter((n) => !isHidden(n));
  const endorsementRows = (role: 'received' | 'given', people: number[]) =>
    people.map((n, index) => {
      const person = connectionPerson(n);
      const base = [
        formatIsoLike(at(index * 11, 8), { sep: '/', utc: true }),
        words.skills[(n + (role === 'given' ? 3 : 0)) % words.skills.length] as string,
        person.firstName,
        person.lastName,
      ];
      return layout.endorsementUrls
        ? [...base, `www.linkedin.com/in/${encodeURIComponent(person.slug)}`, 'ACCEPTED']
        : [...base, 'ACCEPTED'];
    });
  const endorsementHeader = (role: 'Endorser' | 'Endorsee') => [
    'Endorsement Date',
    'Skill Name',
    `${role} First Name`,
    `${role} Last Name`,
    ...(layout.endorsementUrls ? [`${role} Public Url`] : []),
    'Endorsement Status',
  ];
  const given = endorsers.slice(0, 5);
  addCsv(
    layout.spacedNames ? 'Endorsement Received Info.csv' : 'Endorsement_Received_Info.csv',
    endorsementHeader('Endorser'),
    () => endorsementRows('received', endorsers),
    'minimal',
    { count: endorsers.length },
  );
  addCsv(
    layout.spacedNames ? 'Endorsement Given Info.csv' : 'Endorsement_Given_Info.csv',
    endorsementHeader('Endorsee'),
    () => endorsementRows('given', given),
    'minimal',
    { count: given.length },
  );
  expected.endorsements = { received: endorsers.length, given: given.length };
  const recommendation = (n: number, index: number) => {
    const person = connectionPerson(n);
    return [
      person.firstName,
      person.lastName,
      'Isala',
      'Teamleider',
      'Karin is a "natural" mentor:\ncalm, precise, and kind.',
      formatUsDateTime(toMinute(at(index * 30, 15))),
      'VISIBLE',
    ];
  };
  const recommendationHeader = [
    'First Name',
    'Last Name',
    'Company',
    'Job Title',
    'Text',
    'Creation Date',
    'Status',
  ];
  const received = endorsers.slice(0, 2).map(recommendation);
  const givenRecommendations = endorsers.slice(2, 3).map(recommendation);
  addCsv(
    layout.spacedNames ? 'Recommendations Received.csv' : 'Recommendations_Received.csv',
    recommendationHeader,
    () => received,
    'minimal',
    { count: received.length },
  );
  addCsv(
    layout.spacedNames ? 'Recommendations Given.csv' : 'Recommendations_Given.csv',
    recommendationHeader,
    () => givenRecommendations,
    'minimal',
    { count: givenRecommendations.length },
  );
  expected.recommendations = { received: received.length, given: givenRecommendations.length };
  if (layout.notes) {
    const notes = endorsers.slice(0, 3).map((n, index) => {
      const person = connectionPerson(n);
      return [
        person.firstName,
        person.lastName,
        profileUrl(person),
        `Met at the Breda meetup, ${index + 1}.\nFollow up about onboarding.`,
        formatIsoLike(at(index * 7, 18), { utc: true }),
        '',
      ];
    });
    addCsv(
      'Notes.csv',
      [
        'Connection First Name',
        'Connection Last Name',
        'Connection Profile URL',
        'Note',
        'Created On',
        'Edited On',
      ],
      () => notes,
      'minimal',
      { count: notes.length },
    );
    expected.notes = notes.length;
  }
  const bom = context.excel ? '\uFEFF' : '';
  addRaw(
    'Ad_Targeting.csv',
    `${bom}Member Age,Company Names,Company Names,Job Titles,Job Titles\n25 to 34,Isala,Bunq,Nurse,Mentor\n`,
  );
  addRaw(
    'Learning.csv',
    'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),\n',
  );
  addRaw(
    'guide_messages.csv',
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n',
  );
  addRaw(
    'Registration.csv',
    'Registered At,Registration Ip,Subscription Types\n"11/2/20, 4:15 PM",192.0.2.1,Core/Free\n',
  );
  addRaw('Jobs/Saved Jobs.csv', 'Saved Date,Job Url,Job Title,Company Name\n');
  addRaw(
    'Articles/Articles/my-first-article.html',
    '<html><body><h1>Onboarding</h1></body></html>\n',
  );
}

/** Writes the export as LinkedIn's ZIP into `directory`; returns the ZIP's path. */
export async function writeExportZip(
  directory: string,
  generated: GeneratedExport,
  name = generated.zipName,
): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, name);
  await writeZip(
    path,
    generated.files.map((file) => ({ name: file.path, content: file.content })),
  );
  return path;
}

/** Writes the export unpacked into `directory`. */
export async function writeExportFolder(
  directory: string,
  generated: GeneratedExport,
): Promise<string> {
  for (const file of generated.files) {
    const path = join(directory, file.path);
    await mkdir(dirname(path), { recursive: true });
    let text = '';
    for await (const chunk of file.content()) text += chunk;
    await writeFile(path, text);
  }
  return directory;
}
