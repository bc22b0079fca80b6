import type { MessageTally, MonthlyMessages } from './network-facts.js';

export interface Reconnect {
  personKey: string;
  name: string | null;
  profileUrl: string | null;
  sent: number;
  received: number;
  lastContactAt: string;
  silentMonths: number;
  /** Messages weighted by recency (half-life 12 months) times the balance of the two directions. */
  tieStrength: number;
  /** tieStrength × (1 + log2(silentMonths / 6)): strong ties that went quiet longest come first. */
  score: number;
}

/** Six months without a word before a contact counts as gone quiet. */
export const minimumSilenceMonths = 6;
/** A real conversation: messages both ways and at least this many in all. */
export const minimumMessages = 3;
const halfLifeMonths = 12;

/**
 * Playbook §6, "now and then go offline": people with a real past conversation (both ways, at
 * least three messages) silent for six months or more, ranked by tie strength and silence
 * (docs/formats.md, "Reconnect").
 */
export function findReconnects(input: {
  tallies: readonly MessageTally[];
  monthly: readonly MonthlyMessages[];
  /** ISO 8601 instant. */
  now: string;
}): Reconnect[] {
  const byPerson = new Map<string, MonthlyMessages[]>();
  for (const month of input.monthly) {
    const list = byPerson.get(month.personKey);
    if (list) list.push(month);
    else byPerson.set(month.personKey, [month]);
  }
  const nowMonth = monthIndex(input.now);
  const reconnects: Reconnect[] = [];
  for (const tally of input.tallies) {
    if (tally.sent === 0 || tally.received === 0 || tally.sent + tally.received < minimumMessages)
      continue;
    const lastContactAt = [tally.lastSentAt, tally.lastReceivedAt]
      .filter((at): at is string => Boolean(at))
      .sort()
      .pop();
    if (!lastContactAt) continue;
    const silentMonths = monthsBetween(lastContactAt, input.now);
    if (silentMonths < minimumSilenceMonths) continue;
    const weighted = (byPerson.get(tally.personKey) ?? []).reduce(
      (sum, month) =>
        sum +
        (month.sent + month.received) *
          0.5 ** ((nowMonth - monthIndex(month.month)) / halfLifeMonths),
      0,
    );
    const balance = (2 * Math.min(tally.sent, tally.received)) / (tally.sent + tally.received);
    const tieStrength = round(weighted * balance);
    reconnects.push({
      personKey: tally.personKey,
      name: tally.name,
      profileUrl: tally.profileUrl,
      sent: tally.sent,
      received: tally.received,
      lastContactAt,
      silentMonths,
      tieStrength,
      score: round(tieStrength * (1 + Math.log2(silentMonths / minimumSilenceMonths))),
    });
  }
  return reconnects.sort(
    (a, b) => b.score - a.score || a.lastContactAt.localeCompare(b.lastContactAt),
  );
}

function monthIndex(isoDateOrMonth: string): number {
  return Number(isoDateOrMonth.slice(0, 4)) * 12 + Number(isoDateOrMonth.slice(5, 7)) - 1;
}

/** Whole calendar months from one instant to another (day of month respected). */
export function monthsBetween(from: string, to: string): number {
  let months = monthIndex(to) - monthIndex(from);
  if (to.slice(8, 10) < from.slice(8, 10)) months -= 1;
  return months;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
