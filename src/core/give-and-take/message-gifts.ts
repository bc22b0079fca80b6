import type { OwnerIdentity } from '../linkedin-export/mapping-context.js';
import { normalizePersonName } from '../linkedin-export/profile-url.js';
import { detectHelpOffers } from './detect-help-offers.js';
import type { Gift, GiftDirection, GiftKind } from './gift.js';

/** One sent or received message (drafts are no gifts and never get here). */
export interface MessageFact {
  conversationId: string;
  senderKey: string | null;
  senderName: string | null;
  fromOwner: boolean;
  /** ISO 8601 UTC. */
  sentAt: string;
  content: string;
}

export interface ParticipantFact {
  conversationId: string;
  personKey: string;
  name: string | null;
}

const nameOf = (participant: ParticipantFact): string =>
  normalizePersonName(
    participant.name ??
      (participant.personKey.startsWith('n:') ? participant.personKey.slice(2) : ''),
  );

/**
 * Offers of help and introductions in messages, as gifts (docs/formats.md, "Ledger"):
 *
 * - In a conversation with one other person, an offer of help or of an introduction is `help`
 *   given to them (the user wrote it) or received from them (they wrote it).
 * - In a group conversation, words that make or offer an introduction ("let me introduce you to
 *   each other") are an `introduction`: given to every other participant when the user wrote
 *   them, received from the writer otherwise. An offer of help to a group names nobody and
 *   does not count.
 * - At most one gift per conversation, person, direction, kind and calendar month, so a long
 *   thread of "happy to help" is not a dozen gifts.
 *
 * Messages are added in batches (a large export holds a million), so memory stays one entry per
 * gift.
 */
export class MessageGiftCollector {
  private readonly others = new Map<string, ParticipantFact[]>();
  private readonly found = new Map<string, Gift>();

  constructor(participants: readonly ParticipantFact[], owner: OwnerIdentity) {
    // Exports before late 2023 give the owner's URL nowhere but as a sender: known by name then.
    const isOwner = (participant: ParticipantFact): boolean =>
      owner.keys.has(participant.personKey) || owner.names.has(nameOf(participant));
    for (const participant of participants) {
      if (isOwner(participant)) continue;
      const list = this.others.get(participant.conversationId);
      if (!list) {
        this.others.set(participant.conversationId, [participant]);
        continue;
      }
      // Older exports key a sender by URL and a recipient by name: one person, two keys.
      const same = list.findIndex(
        (other) =>
          other.personKey === participant.personKey ||
          ((other.personKey.startsWith('n:') || participant.personKey.startsWith('n:')) &&
            nameOf(other) !== '' &&
            nameOf(other) === nameOf(participant)),
      );
      if (same === -1) list.push(participant);
      else if (list[same]!.personKey.startsWith('n:')) list[same] = participant;
    }
  }

  add(messages: readonly MessageFact[]): void {
    for (const message of messages) {
      const offers = detectHelpOffers(message.content);
      if (offers.size === 0) continue;
      const others = this.others.get(message.conversationId) ?? [];
      const words = [...offers.values()].flat()[0]?.text ?? null;
      if (message.fromOwner) {
        if (others.length === 1) this.record(message, others[0]!, 'given', 'help', words);
        else if (others.length > 1 && offers.has('introduction')) {
          for (const other of others) this.record(message, other, 'given', 'introduction', words);
        }
        continue;
      }
      const sender =
        others.find((other) => other.personKey === message.senderKey) ??
        (message.senderKey
          ? {
              conversationId: message.conversationId,
              personKey: message.senderKey,
              name: message.senderName,
            }
          : undefined);
      if (!sender) continue;
      if (others.length <= 1) this.record(message, sender, 'received', 'help', words);
      else if (offers.has('introduction'))
        this.record(message, sender, 'received', 'introduction', words);
    }
  }

  private record(
    message: MessageFact,
    person: ParticipantFact,
    direction: GiftDirection,
    kind: GiftKind,
    words: string | null,
  ): void {
    const key = [
      message.conversationId,
      person.personKey,
      direction,
      kind,
      message.sentAt.slice(0, 7),
    ].join('\u0001');
    const known = this.found.get(key);
    if (known && known.at !== null && known.at <= message.sentAt) return;
    this.found.set(key, {
      direction,
      kind,
      personKey: person.personKey,
      name: person.name,
      at: message.sentAt,
      detail: words,
      source: 'messages',
    });
  }

  gifts(): Gift[] {
    return [...this.found.values()];
  }
}
