import { normalizePersonName, normalizeProfileUrl } from '../linkedin-export/profile-url.js';
import type { ConnectionFact } from '../network/network-facts.js';

/**
 * Ties what an export file says about a person to one connection (docs/formats.md, "Identity"):
 * by the person key, else by the profile URL, else by the name when exactly one connection has
 * it. Endorsements since mid-2023 carry the URL and so the connection's own key; older
 * endorsements, every recommendation (the file has no URL) and messages without URLs carry only
 * a name. Namesakes are never guessed: a name two connections share ties to neither.
 */
export class PersonIndex {
  private readonly byKey = new Map<string, ConnectionFact>();
  private readonly byUrl = new Map<string, ConnectionFact>();
  private readonly byName = new Map<string, ConnectionFact[]>();

  constructor(readonly people: readonly ConnectionFact[]) {
    for (const person of people) {
      this.byKey.set(person.personKey, person);
      const url = normalizeProfileUrl(person.profileUrl ?? undefined);
      if (url !== undefined) this.byUrl.set(url, person);
      const name = normalizePersonName(person.name);
      if (name === '') continue;
      const namesakes = this.byName.get(name);
      if (namesakes) namesakes.push(person);
      else this.byName.set(name, [person]);
    }
  }

  /** The connection a source's key and name point to, or undefined (unknown or namesakes). */
  resolve(personKey: string, name: string | null): ConnectionFact | undefined {
    const exact = this.byKey.get(personKey);
    if (exact) return exact;
    if (personKey.startsWith('u:')) {
      const byUrl = this.byUrl.get(personKey.slice(2));
      if (byUrl) return byUrl;
    }
    const keyName = personKey.startsWith('n:') ? personKey.slice(2).replace(/\|.*$/su, '') : '';
    return this.uniqueByName(name ?? keyName) ?? (keyName ? this.uniqueByName(keyName) : undefined);
  }

  private uniqueByName(name: string): ConnectionFact | undefined {
    const namesakes = this.byName.get(normalizePersonName(name));
    return namesakes?.length === 1 ? namesakes[0] : undefined;
  }
}

export type PersonMatch =
  | { kind: 'found'; person: ConnectionFact }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: ConnectionFact[] };

/**
 * The connection a user means by `<profile url | name>`: a URL in any of LinkedIn's forms wins;
 * else the full name (case-insensitive), else a first or last name. Namesakes are ambiguous.
 */
export function findPerson(query: string, people: readonly ConnectionFact[]): PersonMatch {
  const url = normalizeProfileUrl(query);
  if (url !== undefined) {
    return pick(
      people.filter((person) => normalizeProfileUrl(person.profileUrl ?? undefined) === url),
    );
  }
  const name = normalizePersonName(query);
  if (name === '') return { kind: 'none' };
  const exact = people.filter((person) => normalizePersonName(person.name) === name);
  if (exact.length > 0) return pick(exact);
  const words = name.split(' ');
  return pick(
    people.filter((person) => {
      const own = normalizePersonName(person.name).split(' ');
      return words.every((word) => own.includes(word));
    }),
  );
}

function pick(matches: ConnectionFact[]): PersonMatch {
  const unique = [...new Map(matches.map((match) => [match.personKey, match])).values()];
  if (unique.length === 0) return { kind: 'none' };
  if (unique.length === 1) return { kind: 'found', person: unique[0]! };
  return { kind: 'ambiguous', candidates: unique };
}
