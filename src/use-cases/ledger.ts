import type { Ledger, LedgerEntry } from '../core/give-and-take/build-ledger.js';
import {
  buildLedger,
  giftsFromEndorsements,
  giftsFromRecommendations,
} from '../core/give-and-take/build-ledger.js';
import { noGifts } from '../core/give-and-take/gift.js';
import type { GiveBackSuggestion } from '../core/give-and-take/give-back.js';
import { topGiveBackSuggestions } from '../core/give-and-take/give-back.js';
import { giftsFromIntroductions } from '../core/give-and-take/introduction.js';
import { MessageGiftCollector } from '../core/give-and-take/message-gifts.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import type { Store } from '../store/store.js';
import { isoSeconds, listConnectionFacts, resolveConnection } from './ledger-people.js';

/** What the ledger needs around it; `netwerk week`'s TodoContext fits. */
export interface LedgerContext {
  store: Store;
  settings: Pick<UserSettings, 'language'>;
  now: Date;
}

/** Messages read per page: a million-message export is scanned without holding it in memory. */
const messagePage = 5_000;

const nameOf = (row: { firstName: string | null; lastName: string | null }): string | null =>
  [row.firstName, row.lastName].filter(Boolean).join(' ') || null;

/**
 * `netwerk ledger`: the reciprocity ledger over everything the database holds (docs/formats.md,
 * "Ledger"): endorsements and recommendations from the export, introductions from the log
 * marked done, offers of help and introductions in messages.
 */
export async function loadLedger(context: LedgerContext): Promise<Ledger> {
  const { store } = context;
  const [people, endorsements, recommendations, introductions, participants, owner, tallies] =
    await Promise.all([
      listConnectionFacts(store),
      store.listEndorsements(),
      store.listRecommendations(),
      store.listIntroductions(),
      store.listConversationParticipants(),
      store.getOwnerIdentity(),
      store.listMessageActivity(),
    ]);
  const collector = new MessageGiftCollector(participants, owner);
  let afterKey: string | undefined;
  for (;;) {
    const page = await store.listMessageTexts({
      ...(afterKey !== undefined ? { afterKey } : {}),
      limit: messagePage,
    });
    collector.add(page);
    if (page.length < messagePage) break;
    afterKey = page[page.length - 1]!.key;
  }
  return buildLedger({
    people,
    gifts: [
      ...giftsFromEndorsements(
        endorsements.map((row) => ({
          direction: row.direction,
          personKey: row.personKey,
          name: nameOf(row),
          skillName: row.skillName,
          endorsedAt: row.endorsedAt,
        })),
      ),
      ...giftsFromRecommendations(
        recommendations.map((row) => ({
          direction: row.direction,
          personKey: row.personKey,
          name: nameOf(row),
          jobTitle: row.jobTitle,
          createdAt: row.createdAt,
        })),
      ),
      ...giftsFromIntroductions(introductions),
      ...collector.gifts(),
    ],
    introductions,
    tallies,
    now: isoSeconds(context.now),
    language: context.settings.language,
  });
}

/**
 * `netwerk ledger PERSON`: one connection's entry; someone nothing passed with yet gets an
 * empty one, so the answer is never "not found" for a real connection.
 */
export async function loadLedgerEntry(context: LedgerContext, query: string): Promise<LedgerEntry> {
  const people = await listConnectionFacts(context.store);
  const person = resolveConnection(query, people);
  const ledger = await loadLedger(context);
  return (
    ledger.people.find((entry) => entry.personKey === person.personKey) ?? {
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
    }
  );
}

/** The give-back suggestions for `netwerk week`: the top `n` of the ledger, most owed first. */
export async function listGiveBackSuggestions(
  context: LedgerContext,
  n = 3,
): Promise<GiveBackSuggestion[]> {
  return topGiveBackSuggestions(await loadLedger(context), n);
}
