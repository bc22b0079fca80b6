import { normalizePersonName, normalizeProfileUrl } from '../linkedin-export/profile-url.js';
import type { Invitation } from './invitation.js';

/**
 * What the user saw on an inviter's profile (`netwerk inviter set`): the export has no photo,
 * headline or summary of an inviter, so triage needs the user's eyes. Kept apart from the export
 * data; an absent field is still unknown.
 */
export interface InviterFacts {
  headline?: string;
  summary?: string;
  hasPhoto?: boolean;
}

/**
 * A change to the recorded facts: a value records it, `null` forgets it (back to unknown, as if
 * never looked), an absent field keeps what is stored.
 */
export type InviterFactsChange = { [Field in keyof InviterFacts]?: InviterFacts[Field] | null };

export const inviterFactFields: readonly (keyof InviterFacts)[] = [
  'headline',
  'summary',
  'hasPhoto',
];

/** The facts after a change: given fields replace, `null` removes, absent ones stay. */
export function applyFactsChange(facts: InviterFacts, change: InviterFactsChange): InviterFacts {
  const next: InviterFacts = { ...facts };
  for (const field of inviterFactFields) {
    const value = change[field];
    if (value === null) delete next[field];
    else if (value !== undefined) (next as Record<string, unknown>)[field] = value;
  }
  return next;
}

/** What the user did on LinkedIn (`netwerk inviter mark`); `pending` itself stays derived from the export. */
export type InvitationMark = 'accepted' | 'ignored' | 'reported';

export const invitationMarks: readonly InvitationMark[] = ['accepted', 'ignored', 'reported'];

/** A pending incoming invitation as the store gives it, in the core's terms. */
export interface PendingInvitation {
  personKey: string;
  name: string;
  profileUrl: string | null;
  sentAt: string;
  message: string | null;
}

/** The triage input for a stored invitation, with the facts the user recorded. */
export function invitationFromPending(
  pending: PendingInvitation,
  facts: InviterFacts | undefined,
): Invitation {
  return {
    id: pending.personKey,
    ...(pending.message && pending.message.trim() ? { message: pending.message } : {}),
    sentAt: pending.sentAt,
    from: {
      name: pending.name,
      ...(pending.profileUrl ? { profileUrl: pending.profileUrl } : {}),
      ...(facts?.headline !== undefined ? { headline: facts.headline } : {}),
      ...(facts?.summary !== undefined ? { summary: facts.summary } : {}),
      ...(facts?.hasPhoto !== undefined ? { hasPhoto: facts.hasPhoto } : {}),
    },
  };
}

export type InviterMatch =
  | { kind: 'found'; invitation: PendingInvitation }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: PendingInvitation[] };

/**
 * Finds the invitation a user means by `<url|name>`: a profile URL in any of LinkedIn's forms,
 * else a name (case-insensitive; an exact full name wins over a first name).
 */
export function findInviter(
  query: string,
  invitations: readonly PendingInvitation[],
): InviterMatch {
  const url = normalizeProfileUrl(query);
  if (url !== undefined) {
    const byUrl = invitations.filter(
      (invitation) => normalizeProfileUrl(invitation.profileUrl ?? undefined) === url,
    );
    return pick(byUrl);
  }
  const name = normalizePersonName(query);
  const exact = invitations.filter((invitation) => normalizePersonName(invitation.name) === name);
  if (exact.length > 0) return pick(exact);
  const partial = invitations.filter((invitation) =>
    normalizePersonName(invitation.name).split(' ').includes(name),
  );
  return pick(partial);
}

function pick(matches: PendingInvitation[]): InviterMatch {
  const unique = [...new Map(matches.map((match) => [match.personKey, match])).values()];
  if (unique.length === 0) return { kind: 'none' };
  if (unique.length === 1) return { kind: 'found', invitation: unique[0]! };
  return { kind: 'ambiguous', candidates: unique };
}
