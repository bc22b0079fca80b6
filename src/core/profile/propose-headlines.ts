import type { UserLanguage } from '../i18n/languages.js';
import { normalizeForMatching } from '../text/normalize-for-matching.js';
import { maxHeadlineChars } from './profile-check.js';
import type { CurrentPosition } from './profile-facts.js';

/**
 * Headline rewrites in the shape "Title at Company | what you do for whom" (playbook §3: your
 * role or function, or a one-liner that captures you). "What you do for whom" comes from the
 * first sentence of the summary that says so ("I help webshops ..."), else the industry, else a
 * template with [brackets] for the user to fill in.
 */
export interface HeadlineProposalInput {
  position: CurrentPosition;
  industry?: string;
  summary?: string;
  /** The current headline: a proposal equal to it is left out. */
  current?: string;
  language: UserLanguage;
}

/** Two or three distinct proposals, each within LinkedIn's 220 characters. */
export function proposeHeadlines(input: HeadlineProposalInput): string[] {
  const { language } = input;
  const title = tidy(input.position.title);
  if (!title) return [];
  const company = tidy(input.position.company ?? '');
  const industry = tidy(input.industry ?? '');
  const role = company ? `${title} ${language === 'nl' ? 'bij' : 'at'} ${company}` : title;
  const what = input.summary ? whatForWhom(input.summary, language) : undefined;

  const candidates: string[] = [];
  if (what) candidates.push(`${role} | ${what}`, `${what} | ${role}`);
  else candidates.push(role);
  if (industry && !sameText(industry, company)) candidates.push(`${role} | ${industry}`);
  candidates.push(
    language === 'nl'
      ? `${role} | Ik help [wie] met [wat]`
      : `${role} | Helping [whom] with [what]`,
    language === 'nl' ? `[Wat je doet] voor [wie] | ${role}` : `[What you do] for [whom] | ${role}`,
  );

  const proposals: string[] = [];
  for (const candidate of candidates.map(fitHeadline)) {
    if (input.current && sameText(candidate, input.current)) continue;
    if (proposals.some((proposal) => sameText(proposal, candidate))) continue;
    proposals.push(candidate);
    if (proposals.length === 3) break;
  }
  return proposals;
}

/** Verbs of doing something for someone, first person, with the -ing form for a headline. */
const englishVerbs: Record<string, string> = {
  help: 'Helping',
  support: 'Supporting',
  enable: 'Enabling',
  teach: 'Teaching',
  train: 'Training',
  coach: 'Coaching',
  guide: 'Guiding',
  design: 'Designing',
  build: 'Building',
  develop: 'Developing',
  create: 'Creating',
  make: 'Making',
  write: 'Writing',
  advise: 'Advising',
  organise: 'Organising',
  organize: 'Organizing',
  run: 'Running',
  translate: 'Translating',
  deliver: 'Delivering',
  provide: 'Providing',
  sell: 'Selling',
  automate: 'Automating',
  grow: 'Growing',
  turn: 'Turning',
  connect: 'Connecting',
};

const dutchVerbs = [
  'help',
  'helpen',
  'begeleid',
  'begeleiden',
  'ondersteun',
  'ondersteunen',
  'ontwerp',
  'ontwerpen',
  'bouw',
  'bouwen',
  'ontwikkel',
  'ontwikkelen',
  'maak',
  'maken',
  'schrijf',
  'schrijven',
  'train',
  'trainen',
  'coach',
  'coachen',
  'adviseer',
  'adviseren',
  'organiseer',
  'organiseren',
  'vertaal',
  'vertalen',
  'lever',
  'leveren',
  'verkoop',
  'verkopen',
  'automatiseer',
  'automatiseren',
  'verbind',
  'verbinden',
];

const englishSentence = new RegExp(
  `(?<![\\p{L}])(?:i|we)\\s+(${Object.keys(englishVerbs).join('|')})\\s+([^.!?;:\\n]{8,})`,
  'iu',
);
const dutchSentence = new RegExp(
  `(?<![\\p{L}])(?:(ik|wij|we)\\s+(${dutchVerbs.join('|')})|(${dutchVerbs.join('|')})\\s+(ik|wij|we))\\s+([^.!?;:\\n]{8,})`,
  'iu',
);

/** The longest "what for whom" a headline can carry next to a role. */
const maxWhatChars = 110;

/** "I help small firms cut IT costs." -> "Helping small firms cut IT costs"; nl keeps "Ik help ...". */
export function whatForWhom(summary: string, language: UserLanguage): string | undefined {
  const text = normalizeForMatching(summary);
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/u)) {
    if (sentence.trim().endsWith('?')) continue;
    const phrase = language === 'nl' ? dutchPhrase(sentence) : englishPhrase(sentence);
    if (phrase) return phrase;
  }
  return undefined;
}

function englishPhrase(sentence: string): string | undefined {
  const match = englishSentence.exec(sentence);
  if (!match) return undefined;
  const verb = englishVerbs[match[1]!.toLowerCase()];
  const rest = shorten(match[2]!);
  return verb && rest ? `${verb} ${rest}` : undefined;
}

function dutchPhrase(sentence: string): string | undefined {
  const match = dutchSentence.exec(sentence);
  if (!match) return undefined;
  const subject = (match[1] ?? match[4] ?? 'ik').toLowerCase();
  const verb = (match[2] ?? match[3] ?? '').toLowerCase();
  const rest = shorten(match[5]!);
  if (!rest) return undefined;
  const start = `${subject} ${verb}`;
  return `${start.charAt(0).toUpperCase()}${start.slice(1)} ${rest}`;
}

/**
 * Keeps the what and the whom, drops the how: a headline stops at the first natural joint
 * (", ", " so that ", " by "), as long as 20 characters remain; over `maxWhatChars` it gives up.
 */
function shorten(phrase: string): string | undefined {
  const clean = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,\s]+$/u, '');
  const joints = [
    ', ',
    ' so that ',
    ' zodat ',
    ' by ',
    ' door middel van ',
    ' through ',
    ' waardoor ',
  ];
  let cut = clean.length;
  for (const joint of joints) {
    const at = clean.indexOf(joint);
    if (at >= 20 && at < cut) cut = at;
  }
  const kept = clean.slice(0, cut);
  return kept.length <= maxWhatChars ? kept : undefined;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return tidy(a).toLowerCase() === tidy(b).toLowerCase();
}

/** Drops the part after the last " | " until the headline fits; cuts at a word as a last resort. */
function fitHeadline(headline: string): string {
  let fitted = headline;
  while (fitted.length > maxHeadlineChars && fitted.includes(' | ')) {
    fitted = fitted.slice(0, fitted.lastIndexOf(' | '));
  }
  if (fitted.length <= maxHeadlineChars) return fitted;
  const cut = fitted.slice(0, maxHeadlineChars + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd();
}
