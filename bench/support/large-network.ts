import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A large network as LinkedIn exports it (Connections.csv and Invitations.csv of 2026): `n`
 * connections over fifteen years at a few hundred companies, and `m` pending incoming
 * invitations over the last half year with a mix of notes (none, default text, personal,
 * pitches, scams), so triage does real work. Deterministic: entity i depends on i only.
 */
const firstNames = [
  'Anna',
  'Bram',
  'Chloé',
  'Daan',
  'Eva',
  'Fatima',
  'Gijs',
  'Hanna',
  'Ivo',
  'Julia',
  'Karim',
  'Lotte',
  'Mehmet',
  'Noor',
  'Olaf',
  'Priya',
  'Quinten',
  'Rosa',
  'Sem',
  'Tess',
  'Umar',
  'Vera',
  'Wouter',
  'Yara',
  'Zoë',
];
const lastNames = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'de Boer',
  'Peeters',
  'Wang',
  'García',
  'Kowalski',
  'Nguyen',
  'Okafor',
  'Lindqvist',
];
const companyStems = [
  'Isala',
  'Bunq',
  'ASML',
  'Rabobank',
  'Philips',
  'Coolblue',
  'Picnic',
  'Adyen',
  'KLM',
  'NS',
  'Rijkswaterstaat',
  'Gemeente Utrecht',
  'UMC Utrecht',
  'Booking.com',
  'Exact',
  'Mollie',
  'Randstad',
  'Heineken',
  'Unilever',
  'Shell',
];
const positions = [
  'Verpleegkundige',
  'Software Engineer',
  'Product Manager',
  'Recruiter',
  'Data Analyst',
  'Consultant',
  'Teamleider',
  'Account Manager',
  'HR Business Partner',
  'Projectleider',
  'Designer',
  'Controller',
  'Logistiek planner',
  'Docent',
  'CEO',
];
const notes = [
  '',
  '',
  '',
  "I'd like to add you to my professional network on LinkedIn.",
  'Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.',
  'Hi {first}, great meeting you at the Dag van de Logistiek in Utrecht yesterday, let us keep in touch!',
  'Hoi {first}, ik las je artikel over nachtdiensten in de zorg en wil graag verbinden.',
  'Hi {first}, we help firms like yours cut IT costs by 30%, open to a chat?',
  "Hi {first}, your profile caught my eye and I'd be glad to have you in my network",
  'Greetings, our fund offers project loans at 1.5% interest, write me on Telegram',
];

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cell = (text: string): string =>
  /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

export function writeLargeNetwork(
  folder: string,
  options: { connections: number; invitations: number; now: Date },
): void {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  const spanDays = 15 * 365;
  for (let i = 0; i < options.connections; i += 1) {
    const day = new Date(
      options.now.getTime() - Math.floor(((i * 7919) % spanDays) + 1) * 86_400_000,
    );
    const connectedOn = `${String(day.getUTCDate()).padStart(2, '0')} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const company = `${pick(companyStems, i)}${i % 7 === 0 ? '' : ` ${pick(['Noord', 'Zuid', 'Oost', 'West', 'Digital', 'Labs', 'Services'], Math.floor(i / 20))}`}`;
    lines.push(
      [
        pick(firstNames, i),
        `${pick(lastNames, Math.floor(i / 25))} ${i}`,
        `https://www.linkedin.com/in/bench-connection-${i}`,
        '',
        company,
        pick(positions, Math.floor(i / 3)),
        connectedOn,
      ]
        .map(cell)
        .join(','),
    );
  }
  writeFileSync(join(folder, 'Connections.csv'), `${lines.join('\n')}\n`);

  const invitationLines = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'];
  const spanMinutes = 180 * 24 * 60;
  for (let k = 0; k < options.invitations; k += 1) {
    const first = pick(firstNames, k + 3);
    const sent = new Date(options.now.getTime() - (((k * 104_729) % spanMinutes) + 60) * 60_000);
    const hours = sent.getUTCHours();
    const sentAt = `${sent.getUTCMonth() + 1}/${sent.getUTCDate()}/${String(sent.getUTCFullYear()).slice(2)}, ${hours % 12 || 12}:${String(sent.getUTCMinutes()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
    invitationLines.push(
      [
        `${first} ${pick(lastNames, k)} Inviter${k}`,
        'Robert Vos',
        sentAt,
        pick(notes, k).replace('{first}', 'Robert'),
        'INCOMING',
        `https://www.linkedin.com/in/bench-inviter-${k}`,
        'https://www.linkedin.com/in/robertvos',
      ]
        .map(cell)
        .join(','),
    );
  }
  writeFileSync(join(folder, 'Invitations.csv'), `${invitationLines.join('\n')}\n`);
}
