import type { UserLanguage } from '../i18n/languages.js';
import { firstNameOf } from '../language/first-name.js';
import type { ConnectionFact, MessageTally } from '../network/network-facts.js';
import type { GiftCounts, GiftKind } from './gift.js';
import { giftKinds, giftPoints } from './gift.js';
import type { IntroductionFact } from './introduction.js';
import { isBetween } from './introduction.js';
import type { PersonIndex } from './person-index.js';

/** What the user can give back (playbook §6): each is something the user can do this week. */
export type GiveBackKind = 'recommend' | 'endorse' | 'introduce' | 'coffee';

export interface GiveBackSuggestion {
  personKey: string;
  name: string;
  profileUrl: string | null;
  /** The ledger balance: how much the user owes them, in points. */
  balance: number;
  kind: GiveBackKind;
  /** The most valuable kind of gift they gave and the user has not returned. */
  because: GiftKind;
  /** For `introduce`: the connection to introduce them to, and the words their positions share. */
  introduceTo: {
    personKey: string;
    name: string;
    profileUrl: string | null;
    shared: string[];
  } | null;
  /** What to do, in the user's language. */
  text: string;
  /** What passed between the two, in the user's language. */
  reason: string;
}

/** What a ledger entry tells a suggestion (a structural subset of LedgerEntry). */
export interface GiveBackFacts {
  personKey: string;
  name: string;
  profileUrl: string | null;
  company: string | null;
  position: string | null;
  received: GiftCounts;
  given: GiftCounts;
  balance: number;
  timeline: readonly { direction: 'given' | 'received'; kind: GiftKind; detail: string | null }[];
}

export interface GiveBackContext {
  introductions: readonly IntroductionFact[];
  /** Connections the user wrote with both ways: the ones the user can vouch for in an introduction. */
  knownWell: readonly { person: ConnectionFact; messages: number }[];
  language: UserLanguage;
}

export function createGiveBackContext(input: {
  index: PersonIndex;
  introductions: readonly IntroductionFact[];
  tallies: readonly MessageTally[];
  language: UserLanguage;
}): GiveBackContext {
  // Older exports name recipients only: one person's sent and received tallies may sit under a
  // name key and a URL key. Added up per connection first, then "both ways" is judged.
  const byPerson = new Map<string, { person: ConnectionFact; sent: number; received: number }>();
  for (const tally of input.tallies) {
    const person = input.index.resolve(tally.personKey, tally.name);
    if (!person) continue;
    const entry = byPerson.get(person.personKey) ?? { person, sent: 0, received: 0 };
    entry.sent += tally.sent;
    entry.received += tally.received;
    byPerson.set(person.personKey, entry);
  }
  return {
    introductions: input.introductions,
    knownWell: [...byPerson.values()]
      .filter((entry) => entry.sent > 0 && entry.received > 0)
      .map((entry) => ({ person: entry.person, messages: entry.sent + entry.received })),
    language: input.language,
  };
}

/** Words of a position that say what someone does: no function words, no seniority. */
const notRoleWords = new Set(
  [
    // function words of the seven languages
    'and the for of at in to a an en de het van voor bij een und der die das für bei im et le la les des du pour chez y el los las para con e il di per presso o da do dos na no',
    // seniority and rank: every company has them
    'senior sr junior jr medior lead head chief manager director owner founder co ceo cto cfo coo vp intern stagiair',
  ]
    .join(' ')
    .split(' '),
);

export function roleWords(position: string | null): string[] {
  if (!position) return [];
  const words = position
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !notRoleWords.has(word));
  return [...new Set(words)];
}

const sameCompany = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whom to introduce them to: a connection the user wrote with both ways, at another company,
 * whose position shares the most words with theirs ("Data Scientist" and "Lead Data Scientist"),
 * never a pair already in the introductions log. Ties go to more messages, then the name.
 */
export function findIntroductionMatch(
  facts: Pick<GiveBackFacts, 'personKey' | 'company' | 'position'>,
  context: GiveBackContext,
): { person: ConnectionFact; shared: string[] } | undefined {
  const own = roleWords(facts.position);
  if (own.length === 0) return undefined;
  let best: { person: ConnectionFact; shared: string[]; messages: number } | undefined;
  for (const candidate of context.knownWell) {
    const { person } = candidate;
    if (person.personKey === facts.personKey || sameCompany(person.company, facts.company))
      continue;
    if (
      context.introductions.some((introduction) =>
        isBetween(introduction, facts.personKey, person.personKey),
      )
    )
      continue;
    const shared = roleWords(person.position).filter((word) => own.includes(word));
    if (shared.length === 0) continue;
    const better =
      !best ||
      shared.length > best.shared.length ||
      (shared.length === best.shared.length &&
        (candidate.messages > best.messages ||
          (candidate.messages === best.messages &&
            person.name.localeCompare(best.person.name) < 0)));
    if (better) best = { person, shared, messages: candidate.messages };
  }
  return best && { person: best.person, shared: best.shared };
}

/**
 * What to give back to someone who gave more than they got (docs/formats.md, "Ledger"): return
 * the most valuable kind they gave and the user did not return. A recommendation is answered
 * with a recommendation, endorsements with an endorsement; an introduction or an offer of help
 * with an introduction to someone the user knows well in the same line of work, else with an
 * invitation for coffee or lunch (playbook §6).
 */
export function suggestGiveBack(
  facts: GiveBackFacts,
  context: GiveBackContext,
): GiveBackSuggestion {
  const open = [...giftKinds]
    .sort((a, b) => giftPoints[b] - giftPoints[a])
    .filter((kind) => facts.received[kind] > facts.given[kind]);
  const because: GiftKind = open[0] ?? 'help';
  let kind: GiveBackKind;
  let match: ReturnType<typeof findIntroductionMatch>;
  if (because === 'recommendation') kind = 'recommend';
  else if (because === 'endorsement') kind = 'endorse';
  else {
    match = findIntroductionMatch(facts, context);
    kind = match ? 'introduce' : 'coffee';
  }
  const introduceTo = match
    ? {
        personKey: match.person.personKey,
        name: match.person.name,
        profileUrl: match.person.profileUrl,
        shared: match.shared,
      }
    : null;
  return {
    personKey: facts.personKey,
    name: facts.name,
    profileUrl: facts.profileUrl,
    balance: facts.balance,
    kind,
    because,
    introduceTo,
    text: describeAction(kind, facts, match?.person, context.language),
    reason: describeExchange(facts, context.language),
  };
}

const countWords: Record<UserLanguage, Record<GiftKind, [string, string]>> = {
  en: {
    recommendation: ['recommendation', 'recommendations'],
    introduction: ['introduction', 'introductions'],
    endorsement: ['endorsement', 'endorsements'],
    help: ['offer of help', 'offers of help'],
  },
  nl: {
    recommendation: ['aanbeveling', 'aanbevelingen'],
    introduction: ['introductie', 'introducties'],
    endorsement: ['onderschrijving', 'onderschrijvingen'],
    help: ['hulpaanbod', 'hulpaanbiedingen'],
  },
};

function joinList(items: readonly string[], language: UserLanguage): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

/** "1 recommendation and 2 endorsements" in the user's language; empty when nothing. */
export function describeGiftCounts(counts: GiftCounts, language: UserLanguage): string {
  return joinList(
    giftKinds
      .filter((kind) => counts[kind] > 0)
      .map((kind) => `${counts[kind]} ${countWords[language][kind][counts[kind] === 1 ? 0 : 1]}`),
    language,
  );
}

function describeExchange(facts: GiveBackFacts, language: UserLanguage): string {
  const first = firstNameOf(facts.name);
  const received = describeGiftCounts(facts.received, language);
  const given = describeGiftCounts(facts.given, language);
  return language === 'nl'
    ? `van ${first}: ${received}; van jou: ${given || 'nog niets'}`
    : `from ${first}: ${received}; from you: ${given || 'nothing yet'}`;
}

const quoted = (items: readonly string[], language: UserLanguage): string =>
  joinList(
    [...new Set(items)].map((item) => `“${item}”`),
    language,
  );

function describeAction(
  kind: GiveBackKind,
  facts: GiveBackFacts,
  other: ConnectionFact | undefined,
  language: UserLanguage,
): string {
  const nl = language === 'nl';
  const first = firstNameOf(facts.name);
  switch (kind) {
    case 'recommend':
      return nl
        ? `Schrijf een aanbeveling voor ${first}: ${first} schreef er een voor jou.`
        : `Write a recommendation for ${first}: ${first} wrote one for you.`;
    case 'endorse': {
      const theirs = facts.timeline
        .filter(
          (item) => item.direction === 'received' && item.kind === 'endorsement' && item.detail,
        )
        .map((item) => item.detail as string);
      const mine = facts.timeline
        .filter((item) => item.direction === 'given' && item.kind === 'endorsement' && item.detail)
        .map((item) => item.detail as string);
      const before =
        mine.length > 0
          ? nl
            ? ` Je onderschreef al ${quoted(mine, language)}; kies een andere.`
            : ` You endorsed ${quoted(mine, language)} before; pick another.`
          : '';
      return nl
        ? `Onderschrijf een vaardigheid van ${first} (zie het profiel: de export noemt de vaardigheden van anderen niet); ${first} onderschreef jou voor ${quoted(theirs, language)}.${before}`
        : `Endorse ${first} for a skill on their profile (the export does not list other people's skills); ${first} endorsed you for ${quoted(theirs, language)}.${before}`;
    }
    case 'introduce': {
      const about = [other?.position, other?.company].filter(Boolean).join(', ');
      const command = `netwerk intro "${facts.name}" "${other?.name ?? ''}" --why "…"`;
      return nl
        ? `Stel ${first} voor aan ${other?.name ?? ''}${about ? ` (${about})` : ''}, met wie je contact hebt: ${command}`
        : `Introduce ${first} to ${other?.name ?? ''}${about ? ` (${about})` : ''}, whom you are in touch with: ${command}`;
    }
    case 'coffee':
      return nl
        ? `Nodig ${first} uit voor koffie of een zakelijke lunch en vraag waarmee je kunt helpen.`
        : `Invite ${first} for coffee or a business lunch and ask how you can help.`;
  }
}

/**
 * The top `n` give-back suggestions of a ledger, most owed first: what `netwerk week` lists.
 * Texts are in the language the ledger was built in.
 */
export function topGiveBackSuggestions(
  ledger: { people: readonly { suggestion: GiveBackSuggestion | null }[] },
  n: number,
): GiveBackSuggestion[] {
  const suggestions: GiveBackSuggestion[] = [];
  for (const entry of ledger.people) {
    if (suggestions.length >= n) break;
    if (entry.suggestion) suggestions.push(entry.suggestion);
  }
  return suggestions;
}
