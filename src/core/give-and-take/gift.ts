/**
 * Playbook §6, "networking is giving and taking": what passed between the user and one person.
 * A gift is one endorsement (per skill), one recommendation, one introduction or one offer of
 * help; `given` means the user gave it, `received` that the person gave it to the user.
 */
export type GiftKind = 'recommendation' | 'introduction' | 'endorsement' | 'help';

export const giftKinds: readonly GiftKind[] = [
  'recommendation',
  'introduction',
  'endorsement',
  'help',
];

export type GiftDirection = 'given' | 'received';

/** Where a gift was read: an export file, the introductions log, or a message's words. */
export type GiftSource = 'endorsements' | 'recommendations' | 'introductions' | 'messages';

export interface Gift {
  direction: GiftDirection;
  kind: GiftKind;
  /** The other person as the source keys them (`u:…`, `n:…`); the ledger ties it to a connection. */
  personKey: string;
  /** The name the source gives, for tying by name when the key does not match. */
  name: string | null;
  /** ISO 8601 UTC, or null when the source has no date. */
  at: string | null;
  /** The skill of an endorsement, the job title of a recommendation, the other person of an introduction, the words of an offer. */
  detail: string | null;
  source: GiftSource;
}

/**
 * Points per gift for the balance (docs/formats.md, "Ledger"): a recommendation takes a
 * written page and puts the writer's name under it; an introduction spends the introducer's
 * credit with two people; an endorsement is one click per skill; an offer of help is words
 * until it is taken up.
 */
export const giftPoints: Record<GiftKind, number> = {
  recommendation: 8,
  introduction: 5,
  endorsement: 2,
  help: 1,
};

export type GiftCounts = Record<GiftKind, number>;

export const noGifts = (): GiftCounts => ({
  recommendation: 0,
  introduction: 0,
  endorsement: 0,
  help: 0,
});

export function pointsOf(counts: GiftCounts): number {
  return giftKinds.reduce((sum, kind) => sum + counts[kind] * giftPoints[kind], 0);
}
