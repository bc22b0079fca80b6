import type { Gift } from './gift.js';

/**
 * A double opt-in introduction (playbook §6, sharing contacts): the user first asks each side
 * whether they would like to meet the other (`asked`), introduces them when both said yes
 * (`accepted`, then `done`), or drops it when one said no (`declined`). `drafted` is the state
 * `netwerk intro` leaves it in: messages written, nothing sent yet.
 */
export type IntroductionStatus = 'drafted' | 'asked' | 'accepted' | 'declined' | 'done';

export const introductionStatuses: readonly IntroductionStatus[] = [
  'drafted',
  'asked',
  'accepted',
  'declined',
  'done',
];

/** The statuses `netwerk intro mark` sets (`drafted` is where every introduction starts). */
export const introductionMarks: readonly Exclude<IntroductionStatus, 'drafted'>[] = [
  'asked',
  'accepted',
  'declined',
  'done',
];

export function isIntroductionStatus(value: unknown): value is IntroductionStatus {
  return typeof value === 'string' && (introductionStatuses as readonly string[]).includes(value);
}

/** One side of an introduction: a connection, with the name it had when the log entry was made. */
export interface IntroductionSide {
  personKey: string;
  name: string;
}

/** An introductions log entry (the store's row in the core's terms). */
export interface IntroductionFact {
  id: number;
  a: IntroductionSide;
  b: IntroductionSide;
  why: string;
  status: IntroductionStatus;
  /** ISO 8601 UTC: when it was drafted, and when each later status was last set. */
  createdAt: string;
  askedAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  doneAt: string | null;
}

/** An introduction still on its way: not declined and not done. */
export const isOpenIntroduction = (introduction: IntroductionFact): boolean =>
  introduction.status !== 'declined' && introduction.status !== 'done';

/** Whether an introduction is between these two people, in either order. */
export const isBetween = (introduction: IntroductionFact, one: string, other: string): boolean =>
  (introduction.a.personKey === one && introduction.b.personKey === other) ||
  (introduction.a.personKey === other && introduction.b.personKey === one);

/**
 * A `done` introduction is a gift to both sides, on the day it was marked done: each met someone
 * through the user.
 */
export function giftsFromIntroductions(introductions: readonly IntroductionFact[]): Gift[] {
  return introductions
    .filter((introduction) => introduction.status === 'done')
    .flatMap((introduction) =>
      [
        [introduction.a, introduction.b],
        [introduction.b, introduction.a],
      ].map(([to, other]): Gift => ({
        direction: 'given',
        kind: 'introduction',
        personKey: to!.personKey,
        name: to!.name,
        at: introduction.doneAt ?? introduction.createdAt,
        detail: other!.name,
        source: 'introductions',
      })),
    );
}
