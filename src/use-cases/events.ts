import type { EventPerson } from '../core/compose/draft-event-note.js';
import { draftEventNote } from '../core/compose/draft-event-note.js';
import type { DraftLanguage } from '../core/i18n/languages.js';
import { normalizePersonName, personKeyFor } from '../core/linkedin-export/profile-url.js';
import type { Store, StoredEvent } from '../store/store.js';

export type EventPersonStatus = 'connected' | 'invited' | 'not-invited';

export interface EventWithStatus extends StoredEvent {
  people: (StoredEvent['people'][number] & { status: EventPersonStatus })[];
}

/** A stable id for an event: its name as a slug and the day (`dag-van-de-logistiek-2026-11-26`). */
export function eventIdFor(name: string, day: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'event'}-${day}`;
}

/**
 * `netwerk event`: drafts an invitation for everyone met (naming the event and the topic) and
 * keeps the list, so a later import shows who accepted.
 */
export async function recordEvent(
  store: Store,
  input: {
    name: string;
    people: readonly EventPerson[];
    now: Date;
    language: DraftLanguage;
    limit: number;
    signature?: string;
  },
): Promise<StoredEvent> {
  const event: StoredEvent = {
    eventId: eventIdFor(input.name, input.now.toISOString().slice(0, 10)),
    name: input.name,
    createdAt: input.now.toISOString(),
    people: input.people.map((person) => ({
      name: person.name,
      nameNorm: normalizePersonName(person.name),
      topic: person.topic,
      company: person.company ?? null,
      profileUrl: person.profileUrl ?? null,
      personKey:
        personKeyFor(person.profileUrl, person.name) ?? `n:${normalizePersonName(person.name)}`,
      note:
        draftEventNote(person, input.name, {
          language: input.language,
          limit: input.limit,
          ...(input.signature ? { signature: input.signature } : {}),
        })?.text ?? '',
    })),
  };
  await store.saveEvent(event);
  return event;
}

/** Every stored event with, per person, whether they are now a connection or invited (by URL, else name). */
export async function listEventsWithStatus(store: Store): Promise<EventWithStatus[]> {
  const [events, connections, invitations] = await Promise.all([
    store.listEvents(),
    store.listConnections(),
    store.listInvitations({ direction: 'outgoing' }),
  ]);
  const connectedKeys = new Set(connections.map((c) => c.key));
  const connectedNames = new Set(
    connections.map((c) =>
      normalizePersonName([c.firstName, c.lastName].filter(Boolean).join(' ')),
    ),
  );
  const invitedKeys = new Set(invitations.map((i) => i.otherPersonKey));
  const invitedNames = new Set(invitations.map((i) => normalizePersonName(i.otherName ?? '')));
  return events.map((event) => ({
    ...event,
    people: event.people.map((person) => {
      const byUrl = person.personKey.startsWith('u:');
      const connected =
        connectedKeys.has(person.personKey) || (!byUrl && connectedNames.has(person.nameNorm));
      const invited =
        invitedKeys.has(person.personKey) || (!byUrl && invitedNames.has(person.nameNorm));
      return { ...person, status: connected ? 'connected' : invited ? 'invited' : 'not-invited' };
    }),
  }));
}
