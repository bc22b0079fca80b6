import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeZip } from '../../src/import/test-support/write-zip.js';
import { tempDirectory } from '../../src/import/test-support/temp-directory.js';
import { writeKnownExport } from './known-export.js';

/** Zips the files of a folder (one level) as LinkedIn does. */
export async function zipFolder(folder: string, zipPath: string): Promise<string> {
  const names = (await readdir(folder)).sort();
  await writeZip(
    zipPath,
    await Promise.all(
      names.map(async (name) => ({ name, content: await readFile(join(folder, name)) })),
    ),
  );
  return zipPath;
}

/** The known export (test/support/known-export.ts) as a ZIP named like LinkedIn's archives. */
export async function writeKnownExportZip(): Promise<string> {
  const dir = tempDirectory('known-export');
  const folder = join(dir, 'files');
  await mkdir(folder);
  await writeKnownExport(folder);
  return zipFolder(folder, join(dir, 'Basic_LinkedInDataExport_11-26-2026.zip'));
}

/**
 * Strings an attacker could put in a name, note, company or headline: each view must show them
 * as text. `onerror` and the link set `window.__netwerkXss`, which the browser tests watch.
 */
export const hostileStrings = {
  img: '<img src=x onerror="window.__netwerkXss=1">',
  script: '<script>window.__netwerkXss=2</script>',
  link: 'javascript:window.__netwerkXss=3',
  svg: '<svg onload="window.__netwerkXss=4"></svg>',
} as const;

const csvCell = (cell: string): string =>
  /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
const csv = (rows: readonly (readonly string[])[]): string =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;

/**
 * An export whose every free text is hostile: connection names, companies and positions,
 * invitation notes and profile URLs, the user's own headline and summary, messages, posts.
 */
export async function writeHostileExportZip(): Promise<string> {
  const dir = tempDirectory('hostile-export');
  const folder = join(dir, 'files');
  await mkdir(folder);
  const { img, script, link, svg } = hostileStrings;
  const me = 'https://www.linkedin.com/in/robertvos';
  await writeFile(
    join(folder, 'Connections.csv'),
    csv([
      ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      [img, script, 'https://www.linkedin.com/in/hostile-one', '', svg, img, '20 Jun 2025'],
      ['Mallory', link, link, '', script, link, '21 Jun 2025'],
    ]),
  );
  await writeFile(
    join(folder, 'Invitations.csv'),
    csv([
      ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
      [
        img,
        'Robert Vos',
        '6/24/25, 9:00 AM',
        `Hi ${script} our fund offers project loans, write me on Telegram ${img}`,
        'INCOMING',
        'https://www.linkedin.com/in/hostile-inviter',
        me,
      ],
      ['Eve Evil', 'Robert Vos', '6/25/25, 9:00 AM', `${svg} ${link}`, 'INCOMING', link, me],
      ['Robert Vos', script, '5/1/25, 9:00 AM', img, 'OUTGOING', me, link],
    ]),
  );
  await writeFile(
    join(folder, 'Profile.csv'),
    csv([
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
      ['Robert', 'Vos', '', '', '', img, script, svg, '', '', '', link, ''],
    ]),
  );
  await writeFile(
    join(folder, 'Shares.csv'),
    csv([
      ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'],
      ['2025-06-10 09:00:00', link, img, link, '', 'MEMBER_NETWORK'],
    ]),
  );
  return zipFolder(folder, join(dir, 'Basic_LinkedInDataExport_06-28-2025.zip'));
}
