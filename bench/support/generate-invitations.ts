/**
 * A deterministic generator of incoming invitations for benchmarks: a realistic mix in which
 * most invitations carry no note (as in real exports), some a default or generic note, some a
 * personal one and a few a scam. The same seed always gives the same invitations.
 */
export interface GeneratedInvitation {
  id: string;
  message?: string;
  from: {
    name: string;
    headline?: string;
    summary?: string;
    hasPhoto?: boolean;
    connections?: number;
    mutualConnections?: number;
    location?: string;
  };
}

/** mulberry32: a tiny seeded PRNG, enough for varied but reproducible data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  'Karin',
  'Joris',
  'Sanne',
  'Pieter',
  'Fatima',
  'Lena',
  'Claire',
  'Lucía',
  'Giulia',
  'João',
  'Tom',
  'Eva',
  'Noor',
  'Mark',
  'Ahmed',
  'Priya',
];
const lastNames = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Müller',
  'Martin',
  'García',
  'Rossi',
  'Silva',
  'Yilmaz',
  'El Amrani',
  'van Dijk',
  'Peeters',
];
const companies = [
  'Isala',
  'Bunq',
  'Rabobank',
  'Philips',
  'ASML',
  'Bosch',
  'Adyen',
  'Coolblue',
  'KLM',
  'Randstad',
];
const events = [
  'ProductCamp Utrecht',
  'de Dag van de Logistiek',
  'Web Summit',
  'de lunchlezing van de KvK in Breda',
  'VivaTech',
  'the HR Tech Forum',
];
const personalNotes = [
  (name: string, i: number) =>
    `Hoi ${name}, fijn je gisteren te spreken op ${events[i % events.length]}!`,
  (name: string, i: number) =>
    `Hi ${name}, great meeting you at ${events[i % events.length]} yesterday.`,
  (name: string) =>
    `Hi ${name}, Marieke van Dam suggested I reach out about your work on warehouse robotics.`,
  (name: string, i: number) =>
    `Hallo ${name}, ich habe Ihren Vortrag auf der Messe in Hamburg gehört (${i}).`,
  (name: string) => `Bonjour ${name}, ravi de vous avoir rencontré au salon VivaTech hier.`,
];
const genericNotes = [
  () => "I'd like to add you to my professional network on LinkedIn.",
  (name: string) =>
    `Hi ${name}, your profile caught my eye and I'd be glad to have you in my network.`,
  (name: string) => `Hi ${name}, we help firms like yours cut IT costs by 30%, open to a chat?`,
  () => 'Ik wil je graag toevoegen aan mijn netwerk.',
  (name: string) => `Hi ${name}, I have an exciting opportunity that matches your background.`,
];
const scamNotes = [
  () => 'Greetings, our fund offers project loans at 1.5% interest, write me on Telegram',
  () => 'Hello dear, you have a beautiful smile. I am a widower, contact me on WhatsApp.',
  () => 'Earn $500 per day from home, no experience needed, small registration fee.',
];
const headlines = [
  'Verpleegkundige bij Isala',
  'Freelance copywriter for B2B tech',
  'CEO | Investor | Visionary',
  'Available for a challenging position',
  'Marketing',
  'Head of Payments at Bunq',
  '',
];
const summaries = [
  'I help logistics companies plan their warehouses with data, for clients such as Coolblue and Bol.',
  'A motivated team player who loves a challenge.',
  'Ik adviseer zorginstellingen over roosters en bezetting, al twaalf jaar.',
  '',
];

export function* generateInvitations(count: number, seed = 42): Generator<GeneratedInvitation> {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (let index = 1; index <= count; index += 1) {
    const first = pick(firstNames);
    const name = `${first} ${pick(lastNames)}`;
    const roll = random();
    let message: string | undefined;
    if (roll < 0.6) message = undefined;
    else if (roll < 0.85) message = pick(genericNotes)(first);
    else if (roll < 0.97) message = pick(personalNotes)(first, index);
    else message = pick(scamNotes)();
    const knowsProfile = random() < 0.5;
    yield {
      id: `inv-${index}`,
      ...(message ? { message } : {}),
      from: {
        name,
        ...(knowsProfile
          ? {
              headline: pick(headlines),
              summary: pick(summaries),
              hasPhoto: random() < 0.8,
              connections: Math.floor(random() * 3000),
              mutualConnections: Math.floor(random() * 40),
            }
          : {}),
        location: pick(['Breda', 'Zwolle', 'Lagos', 'Dubai', 'London', 'Hamburg']),
        ...(random() < 0.3
          ? { headline: `${pick(['Engineer', 'Manager', 'Designer'])} at ${pick(companies)}` }
          : {}),
      },
    };
  }
}
