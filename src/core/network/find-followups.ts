import { addDays } from './iso-week.js';
import type { ConnectionFact, InvitationFact, MessageTally } from './network-facts.js';

export interface Followup {
  connection: ConnectionFact;
  /** Who sent the invitation that made the connection, when the export tells. */
  invitedBy: 'them' | 'me' | 'unknown';
  /** Their invitation note, to find their language and register. */
  theirNote: string | null;
  daysSinceConnecting: number;
}

/**
 * Playbook §6: right after accepting, send a short message. Connections made in the last `days`
 * days (the day exactly `days` ago included), with no message either way since the connect day,
 * newest first. Drafts are not contact.
 */
export function findFollowups(input: {
  connections: readonly ConnectionFact[];
  messages: readonly MessageTally[];
  invitations: readonly InvitationFact[];
  /** The user's calendar date today, `YYYY-MM-DD`. */
  today: string;
  days: number;
}): Followup[] {
  const since = addDays(input.today, -input.days);
  const tallies = new Map(input.messages.map((tally) => [tally.personKey, tally]));
  const invitations = new Map<string, InvitationFact>();
  for (const invitation of input.invitations) {
    const known = invitations.get(invitation.personKey);
    if (!known || known.sentAt < invitation.sentAt)
      invitations.set(invitation.personKey, invitation);
  }
  return input.connections
    .filter(
      (connection) => connection.connectedOn >= since && connection.connectedOn <= input.today,
    )
    .filter((connection) => {
      const tally = tallies.get(connection.personKey);
      const last = [tally?.lastSentAt, tally?.lastReceivedAt]
        .filter((at): at is string => Boolean(at))
        .sort()
        .pop();
      // A message on the connect day counts as contact: compare calendar dates.
      return !last || last.slice(0, 10) < connection.connectedOn;
    })
    .map((connection) => {
      const invitation = invitations.get(connection.personKey);
      return {
        connection,
        invitedBy: invitation ? (invitation.direction === 'INCOMING' ? 'them' : 'me') : 'unknown',
        theirNote: invitation?.direction === 'INCOMING' ? invitation.message : null,
        daysSinceConnecting: daysBetween(connection.connectedOn, input.today),
      } satisfies Followup;
    })
    .sort(
      (a, b) =>
        b.connection.connectedOn.localeCompare(a.connection.connectedOn) ||
        a.connection.name.localeCompare(b.connection.name),
    );
}

export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      86_400_000,
  );
}
