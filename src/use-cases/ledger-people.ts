import { AppError } from '../core/errors/app-error.js';
import { findPerson } from '../core/give-and-take/person-index.js';
import type { ConnectionFact } from '../core/network/network-facts.js';
import type { Store } from '../store/store.js';

/** The user's connections in the core's terms; hidden profiles have no name to find or greet. */
export async function listConnectionFacts(store: Store): Promise<ConnectionFact[]> {
  const connections = await store.listConnections();
  return connections
    .filter((connection) => !connection.hidden)
    .map((connection) => ({
      personKey: connection.key,
      name: [connection.firstName, connection.lastName].filter(Boolean).join(' ') || '?',
      profileUrl: connection.profileUrl,
      company: connection.company,
      position: connection.position,
      connectedOn: connection.connectedOn,
    }));
}

/**
 * The connection the user means by `<profile url | name>`, or an error that says why not: not
 * found, or (in one sentence) which namesakes fit.
 */
export function resolveConnection(
  query: string,
  people: readonly ConnectionFact[],
): ConnectionFact {
  const match = findPerson(query, people);
  if (match.kind === 'found') return match.person;
  if (match.kind === 'ambiguous') {
    throw new AppError('person-ambiguous', {
      query,
      candidates: match.candidates
        .map((person) => {
          const about = [person.profileUrl, person.company].filter(Boolean).join(', ');
          return `${person.name}${about ? ` (${about})` : ''}`;
        })
        .join('; '),
    });
  }
  throw new AppError('person-not-found', { query });
}

/** An instant as the export writes it: ISO 8601 UTC to the second (`2026-11-26T12:00:00Z`). */
export const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
