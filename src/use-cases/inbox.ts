import { AppError } from '../core/errors/app-error.js';
import type {
  InviterFacts,
  InviterFactsChange,
  PendingInvitation,
} from '../core/invitation/inviter-facts.js';
import { applyFactsChange, invitationFromPending } from '../core/invitation/inviter-facts.js';
import type { TriageResult } from '../core/triage/triage-result.js';
import { triageInvitation } from '../core/triage/triage-invitation.js';
import type { Store } from '../store/store.js';
import type { InvitationStatus, TodoContext } from './network-todo.js';

/**
 * The web app's inbox (issue 7): every pending incoming invitation with what the user recorded
 * (inviter facts, a mark) and its triage. Unlike `triagePendingInvitations` it keeps the note and
 * the facts, so the browser can re-run the same pure triage while the user edits the facts.
 */
export interface InboxEntry {
  /** The inviter's person key. */
  id: string;
  name: string;
  profileUrl: string | null;
  sentAt: string;
  message: string | null;
  facts: InviterFacts;
  status: InvitationStatus;
  triage: TriageResult;
}

type InboxContext = Pick<TodoContext, 'store' | 'settings' | 'scorer'>;

async function pendingInvitations(store: Store): Promise<PendingInvitation[]> {
  const invitations = await store.listInvitations({ direction: 'incoming', pendingOnly: true });
  // One entry per inviter: a re-sent invitation keeps the newest note.
  const byPerson = new Map<string, PendingInvitation>();
  for (const invitation of invitations) {
    const existing = byPerson.get(invitation.otherPersonKey);
    if (existing && existing.sentAt >= invitation.sentAt) continue;
    byPerson.set(invitation.otherPersonKey, {
      personKey: invitation.otherPersonKey,
      name: invitation.otherName ?? invitation.fromName ?? '?',
      profileUrl: invitation.otherProfileUrl,
      sentAt: invitation.sentAt,
      message: invitation.message,
    });
  }
  return [...byPerson.values()].sort(
    (a, b) => b.sentAt.localeCompare(a.sentAt) || a.personKey.localeCompare(b.personKey),
  );
}

function entryFor(
  context: InboxContext,
  pending: PendingInvitation,
  facts: InviterFacts | undefined,
  status: InvitationStatus,
): InboxEntry {
  const triage = triageInvitation(invitationFromPending(pending, facts), {
    settings: context.settings,
    ...(context.scorer ? { scoreLanguage: context.scorer } : {}),
  });
  return {
    id: pending.personKey,
    name: pending.name,
    profileUrl: pending.profileUrl,
    sentAt: pending.sentAt,
    message: pending.message,
    facts: facts ?? {},
    status,
    triage,
  };
}

/** Every pending incoming invitation, newest first, marked ones included. */
export async function loadInbox(context: InboxContext): Promise<InboxEntry[]> {
  const [pending, facts, marks] = await Promise.all([
    pendingInvitations(context.store),
    context.store.listInviterFacts(),
    context.store.listInvitationMarks(),
  ]);
  return pending.map((invitation) =>
    entryFor(
      context,
      invitation,
      facts.get(invitation.personKey),
      marks.get(invitation.personKey)?.mark ?? 'pending',
    ),
  );
}

/** Re-triages one entry after its facts or mark changed. */
export function retriageEntry(
  context: InboxContext,
  entry: InboxEntry,
  change: { facts?: InviterFactsChange; status?: InvitationStatus },
): InboxEntry {
  const facts = change.facts ? applyFactsChange(entry.facts, change.facts) : entry.facts;
  return entryFor(
    context,
    {
      personKey: entry.id,
      name: entry.name,
      profileUrl: entry.profileUrl,
      sentAt: entry.sentAt,
      message: entry.message,
    },
    facts,
    change.status ?? entry.status,
  );
}

async function requirePending(store: Store, personKey: string): Promise<void> {
  const pending = await pendingInvitations(store);
  if (!pending.some((invitation) => invitation.personKey === personKey)) {
    throw new AppError('inviter-not-found', { query: personKey });
  }
}

/**
 * What the user saw on the inviter's profile: given fields replace stored ones, `null` forgets
 * one (unknown again).
 */
export async function saveInviterFacts(
  context: Pick<TodoContext, 'store' | 'now'>,
  personKey: string,
  facts: InviterFactsChange,
): Promise<void> {
  await requirePending(context.store, personKey);
  await context.store.setInviterFacts(personKey, facts, context.now.toISOString());
}

/** What the user did with the invitation on LinkedIn; `pending` undoes a mark. */
export async function markInvitation(
  context: Pick<TodoContext, 'store' | 'now'>,
  personKey: string,
  status: InvitationStatus,
): Promise<void> {
  await requirePending(context.store, personKey);
  if (status === 'pending') await context.store.clearInvitationMark(personKey);
  else await context.store.setInvitationMark(personKey, status, context.now.toISOString());
}
