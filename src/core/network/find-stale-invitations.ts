import { daysBetween } from './find-followups.js';
import type { InvitationFact } from './network-facts.js';

/** LinkedIn blocks re-inviting for up to three weeks after a withdrawal (Help a551012). */
export const staleAfterDays = 21;

export interface StaleInvitation {
  invitation: InvitationFact;
  daysPending: number;
}

/** Sent invitations still pending after three weeks (the day exactly 21 days on included), oldest first. */
export function findStaleSentInvitations(
  invitations: readonly InvitationFact[],
  today: string,
): StaleInvitation[] {
  return invitations
    .filter((invitation) => invitation.direction === 'OUTGOING' && invitation.pending)
    .map((invitation) => ({
      invitation,
      daysPending: daysBetween(invitation.sentAt.slice(0, 10), today),
    }))
    .filter((stale) => stale.daysPending >= staleAfterDays)
    .sort((a, b) => a.invitation.sentAt.localeCompare(b.invitation.sentAt));
}
