import type { UserLanguage } from '../i18n/languages.js';
import type { ConnectionFact, MessageTally } from '../network/network-facts.js';
import type { Gift, GiftCounts, GiftDirection, GiftKind, GiftSource } from './gift.js';
import { giftKinds, giftPoints, noGifts, pointsOf } from './gift.js';
import type { GiveBackSuggestion } from './give-back.js';
import { createGiveBackContext, suggestGiveBack } from './give-back.js';
import type { IntroductionFact } from './introduction.js';
import { PersonIndex } from './person-index.js';

/** Endorsement_*_Info.csv rows in the core's terms: one skill, given or received. */
export interface EndorsementFact {
  direction: GiftDirection;
  personKey: string;
  name: string | null;
  skillName: string;
  endorsedAt: string | null;
}

/** Recommendations_*.csv rows in the core's terms. */
export interface RecommendationFact {
  direction: GiftDirection;
  personKey: string;
  name: string | null;
  jobTitle: string | null;
  createdAt: string | null;
}

export function giftsFromEndorsements(endorsements: readonly EndorsementFact[]): Gift[] {
  return endorsements.map((endorsement) => ({
    direction: endorsement.direction,
    kind: 'endorsement',
    personKey: endorsement.personKey,
    name: endorsement.name,
    at: endorsement.endorsedAt,
    detail: endorsement.skillName,
    source: 'endorsements',
  }));
}

export function giftsFromRecommendations(recommendations: readonly RecommendationFact[]): Gift[] {
  return recommendations.map((recommendation) => ({
    direction: recommendation.direction,
    kind: 'recommendation',
    personKey: recommendation.personKey,
    name: recommendation.name,
    at: recommendation.createdAt,
    detail: recommendation.jobTitle,
    source: 'recommendations',
  }));
}

export interface LedgerItem {
  at: string | null;
  direction: GiftDirection;
  kind: GiftKind;
  detail: string | null;
  source: GiftSource;
}

/** What passed between the user and one connection. */
export interface LedgerEntry {
  personKey: string;
  name: string;
  profileUrl: string | null;
  company: string | null;
  position: string | null;
  /** What this person gave the user. */
  received: GiftCounts;
  /** What the user gave this person. */
  given: GiftCounts;
  receivedPoints: number;
  givenPoints: number;
  /** receivedPoints − givenPoints: above zero, the user owes them. */
  balance: number;
  firstAt: string | null;
  lastAt: string | null;
  /** Every gift, oldest first (undated ones last). */
  timeline: LedgerItem[];
  /** What to give back, when the balance is above zero. */
  suggestion: GiveBackSuggestion | null;
}

export interface Ledger {
  /** Gifts dated after this instant are left out. */
  asOf: string;
  points: Record<GiftKind, number>;
  /** Everyone something passed with, most owed first. */
  people: LedgerEntry[];
  /** Gifts that tie to no connection (not connected, or a name two connections share). */
  unmatched: { given: GiftCounts; received: GiftCounts };
}

export interface LedgerInput {
  /** The user's connections (hidden profiles left out by the caller). */
  people: readonly ConnectionFact[];
  gifts: readonly Gift[];
  /** The introductions log: a pair already in it is never suggested again. */
  introductions: readonly IntroductionFact[];
  /** Messages per person: whom the user knows well enough to introduce. */
  tallies: readonly MessageTally[];
  /** ISO 8601 instant. */
  now: string;
  language: UserLanguage;
}

/** Oldest first, undated last. */
const olderFirst = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/** Newest first, undated last. */
const newerFirst = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a > b ? -1 : 1;

/**
 * The reciprocity ledger (docs/formats.md, "Ledger"): per connection what they gave the user
 * and what the user gave them, weighted by `giftPoints`; the people who gave much and got
 * little back first, each with a suggestion of what to give back.
 */
export function buildLedger(input: LedgerInput): Ledger {
  const index = new PersonIndex(input.people);
  const entries = new Map<string, LedgerEntry>();
  const unmatched = { given: noGifts(), received: noGifts() };
  const now = Date.parse(input.now);
  for (const gift of input.gifts) {
    if (gift.at !== null && Date.parse(gift.at) > now) continue;
    const person = index.resolve(gift.personKey, gift.name);
    if (!person) {
      unmatched[gift.direction][gift.kind] += 1;
      continue;
    }
    let entry = entries.get(person.personKey);
    if (!entry) {
      entry = {
        personKey: person.personKey,
        name: person.name,
        profileUrl: person.profileUrl,
        company: person.company,
        position: person.position,
        received: noGifts(),
        given: noGifts(),
        receivedPoints: 0,
        givenPoints: 0,
        balance: 0,
        firstAt: null,
        lastAt: null,
        timeline: [],
        suggestion: null,
      };
      entries.set(person.personKey, entry);
    }
    entry[gift.direction][gift.kind] += 1;
    entry.timeline.push({
      at: gift.at,
      direction: gift.direction,
      kind: gift.kind,
      detail: gift.detail,
      source: gift.source,
    });
  }
  const people = [...entries.values()];
  for (const entry of people) {
    entry.timeline.sort(
      (a, b) =>
        olderFirst(a.at, b.at) ||
        a.direction.localeCompare(b.direction) ||
        giftKinds.indexOf(a.kind) - giftKinds.indexOf(b.kind) ||
        (a.detail ?? '').localeCompare(b.detail ?? ''),
    );
    const dated = entry.timeline.filter((item) => item.at !== null);
    entry.firstAt = dated[0]?.at ?? null;
    entry.lastAt = dated[dated.length - 1]?.at ?? null;
    entry.receivedPoints = pointsOf(entry.received);
    entry.givenPoints = pointsOf(entry.given);
    entry.balance = entry.receivedPoints - entry.givenPoints;
  }
  people.sort(
    (a, b) =>
      b.balance - a.balance ||
      b.receivedPoints - a.receivedPoints ||
      newerFirst(a.lastAt, b.lastAt) ||
      a.name.localeCompare(b.name) ||
      a.personKey.localeCompare(b.personKey),
  );
  const context = createGiveBackContext({
    index,
    introductions: input.introductions,
    tallies: input.tallies,
    language: input.language,
  });
  for (const entry of people) {
    if (entry.balance > 0) entry.suggestion = suggestGiveBack(entry, context);
  }
  return { asOf: input.now, points: { ...giftPoints }, people, unmatched };
}
