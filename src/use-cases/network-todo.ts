import { draftMessage, draftReply } from '../core/compose/draft-reply.js';
import { AppError } from '../core/errors/app-error.js';
import type {
  InvitationMark,
  InviterFactsChange,
  PendingInvitation,
} from '../core/invitation/inviter-facts.js';
import { findInviter, invitationFromPending } from '../core/invitation/inviter-facts.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import { normalizePersonName } from '../core/linkedin-export/profile-url.js';
import type { Followup } from '../core/network/find-followups.js';
import { findFollowups } from '../core/network/find-followups.js';
import type { Reconnect } from '../core/network/find-reconnects.js';
import { findReconnects } from '../core/network/find-reconnects.js';
import type { StaleInvitation } from '../core/network/find-stale-invitations.js';
import { findStaleSentInvitations } from '../core/network/find-stale-invitations.js';
import { addDays, localDate } from '../core/network/iso-week.js';
import type {
  ConnectionFact,
  InvitationFact,
  MessageTally,
} from '../core/network/network-facts.js';
import type { Visibility } from '../core/network/weekly-visibility.js';
import { summariseVisibility } from '../core/network/weekly-visibility.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import type { TriageResult } from '../core/triage/triage-result.js';
import { triageInvitation } from '../core/triage/triage-invitation.js';
import type { Store, StoredInvitation } from '../store/store.js';
import type { PersonVoice } from './person-language.js';
import { voiceOfPerson } from './person-language.js';

/**
 * The network to-do lists (issue 4) as use cases over the Store: the CLI and the web server call
 * these, the core decides. Every draft follows the reply rules of triage (language, register,
 * signature).
 */
export interface TodoContext {
  store: Store;
  settings: UserSettings;
  now: Date;
  /** IANA zone for calendar days and ISO weeks: the config's, else the system's. */
  timeZone: string;
  scorer?: LanguageScorer;
}

export type InvitationStatus = 'pending' | InvitationMark;

export interface PendingTriage extends TriageResult {
  status: InvitationStatus;
  profileUrl: string | null;
  sentAt: string;
}

function pendingOf(invitation: StoredInvitation): PendingInvitation {
  return {
    personKey: invitation.otherPersonKey,
    name: invitation.otherName ?? invitation.fromName ?? '?',
    profileUrl: invitation.otherProfileUrl,
    sentAt: invitation.sentAt,
    message: invitation.message,
  };
}

async function pendingIncoming(store: Store): Promise<PendingInvitation[]> {
  const invitations = await store.listInvitations({ direction: 'incoming', pendingOnly: true });
  return invitations.map(pendingOf).sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}

/**
 * `netwerk triage` without a file: the pending incoming invitations, newest first, with what the
 * user recorded about each inviter; handled ones (marked) only with `all`.
 */
export async function triagePendingInvitations(
  context: TodoContext,
  options: { all?: boolean } = {},
): Promise<PendingTriage[]> {
  const [pending, facts, marks] = await Promise.all([
    pendingIncoming(context.store),
    context.store.listInviterFacts(),
    context.store.listInvitationMarks(),
  ]);
  const results: PendingTriage[] = [];
  for (const invitation of pending) {
    const mark = marks.get(invitation.personKey)?.mark;
    if (mark && !options.all) continue;
    const result = triageInvitation(
      invitationFromPending(invitation, facts.get(invitation.personKey)),
      {
        settings: context.settings,
        ...(context.scorer ? { scoreLanguage: context.scorer } : {}),
      },
    );
    results.push({
      ...result,
      status: mark ?? 'pending',
      profileUrl: invitation.profileUrl,
      sentAt: invitation.sentAt,
    });
  }
  return results;
}

async function resolveInviter(store: Store, query: string): Promise<PendingInvitation> {
  const match = findInviter(query, await pendingIncoming(store));
  if (match.kind === 'found') return match.invitation;
  if (match.kind === 'ambiguous') {
    throw new AppError('inviter-ambiguous', {
      query,
      candidates: match.candidates
        .map((c) => `${c.name}${c.profileUrl ? ` (${c.profileUrl})` : ''}`)
        .join('; '),
    });
  }
  throw new AppError('inviter-not-found', { query });
}

/** `netwerk inviter set`: what the user saw on the inviter's profile; `null` forgets a fact. */
export async function recordInviterFacts(
  context: TodoContext,
  query: string,
  facts: InviterFactsChange,
): Promise<PendingInvitation> {
  const inviter = await resolveInviter(context.store, query);
  await context.store.setInviterFacts(inviter.personKey, facts, context.now.toISOString());
  return inviter;
}

/**
 * `netwerk inviter mark`: what the user did on LinkedIn; `pending` undoes a mark. The export
 * still decides whether an invitation is pending at all.
 */
export async function markInviter(
  context: TodoContext,
  query: string,
  status: InvitationStatus,
): Promise<PendingInvitation> {
  const inviter = await resolveInviter(context.store, query);
  if (status === 'pending') await context.store.clearInvitationMark(inviter.personKey);
  else await context.store.setInvitationMark(inviter.personKey, status, context.now.toISOString());
  return inviter;
}

function invitationFacts(invitations: readonly StoredInvitation[]): InvitationFact[] {
  return invitations.map((invitation) => ({
    personKey: invitation.otherPersonKey,
    direction: invitation.direction === 'incoming' ? 'INCOMING' : 'OUTGOING',
    name: invitation.otherName ?? '?',
    profileUrl: invitation.otherProfileUrl,
    sentAt: invitation.sentAt,
    message: invitation.message,
    pending: invitation.pending,
  }));
}

/**
 * Message tallies keyed by the connection's person key. A connection without a URL (older
 * exports key those by name) takes the tally of the only person with that name; namesakes are
 * never merged (docs/formats.md, "Identity").
 */
function talliesForConnections(
  connections: readonly ConnectionFact[],
  tallies: readonly MessageTally[],
): MessageTally[] {
  const byKey = new Map(tallies.map((tally) => [tally.personKey, tally]));
  const byName = new Map<string, MessageTally[]>();
  for (const tally of tallies) {
    if (!tally.name) continue;
    const name = normalizePersonName(tally.name);
    byName.set(name, [...(byName.get(name) ?? []), tally]);
  }
  const connectionsPerName = new Map<string, number>();
  for (const connection of connections) {
    const name = normalizePersonName(connection.name);
    connectionsPerName.set(name, (connectionsPerName.get(name) ?? 0) + 1);
  }
  const result: MessageTally[] = [];
  for (const connection of connections) {
    let tally = byKey.get(connection.personKey);
    if (!tally && connection.profileUrl === null) {
      const name = normalizePersonName(connection.name);
      const candidates = byName.get(name) ?? [];
      if (candidates.length === 1 && connectionsPerName.get(name) === 1) tally = candidates[0];
    }
    if (tally) result.push({ ...tally, personKey: connection.personKey });
  }
  return result;
}

export interface FollowupWithDraft extends Followup {
  voice: PersonVoice;
  draft: string;
}

/** `netwerk followups`: new connections owed a first message, each with a draft. */
export async function listFollowups(
  context: TodoContext,
  days: number,
): Promise<FollowupWithDraft[]> {
  const today = localDate(context.now, context.timeZone);
  const [stored, activity, invitations] = await Promise.all([
    context.store.listConnections({ connectedFrom: addDays(today, -days - 1) }),
    context.store.listMessageActivity(),
    context.store.listInvitations(),
  ]);
  const connections: ConnectionFact[] = stored
    .filter((connection) => !connection.hidden)
    .map((connection) => ({
      personKey: connection.key,
      name: [connection.firstName, connection.lastName].filter(Boolean).join(' ') || '?',
      profileUrl: connection.profileUrl,
      company: connection.company,
      position: connection.position,
      connectedOn: connection.connectedOn,
    }));
  const followups = findFollowups({
    connections,
    messages: talliesForConnections(connections, activity),
    invitations: invitationFacts(invitations),
    today,
    days,
  });
  const result: FollowupWithDraft[] = [];
  for (const followup of followups) {
    const voice = await voiceOfPerson(
      context.store,
      followup.connection.personKey,
      followup.theirNote,
      context.settings.language,
      context.scorer,
    );
    const common = {
      language: voice.language,
      ...(voice.register ? { register: voice.register } : {}),
      recipientName: followup.connection.name,
      seed: followup.connection.personKey,
      ...(context.settings.signature ? { signature: context.settings.signature } : {}),
    };
    const draft =
      followup.invitedBy === 'them'
        ? draftReply({ ...common, kind: 'ask-reason' })
        : draftMessage({
            ...common,
            kind: followup.invitedBy === 'me' ? 'thank-accept' : 'connected',
          });
    result.push({ ...followup, voice, draft });
  }
  return result;
}

export interface ReconnectWithDraft extends Reconnect {
  voice: PersonVoice;
  draft: string;
}

/** `netwerk reconnect`: quiet but real conversations, with an invitation for coffee or lunch. */
export async function listReconnects(
  context: TodoContext,
  limit = 20,
): Promise<ReconnectWithDraft[]> {
  const [tallies, monthly] = await Promise.all([
    context.store.listMessageActivity(),
    context.store.listMonthlyMessageCounts(),
  ]);
  const reconnects = findReconnects({ tallies, monthly, now: context.now.toISOString() }).slice(
    0,
    limit,
  );
  const result: ReconnectWithDraft[] = [];
  for (const reconnect of reconnects) {
    const voice = await voiceOfPerson(
      context.store,
      reconnect.personKey,
      null,
      context.settings.language,
      context.scorer,
    );
    const draft = draftMessage({
      kind: 'coffee',
      language: voice.language,
      ...(voice.register ? { register: voice.register } : {}),
      recipientName: reconnect.name ?? '',
      seed: reconnect.personKey,
      ...(context.settings.signature ? { signature: context.settings.signature } : {}),
    });
    result.push({ ...reconnect, voice, draft });
  }
  return result;
}

/** `netwerk sent`: invitations the user sent that nobody answered in three weeks. */
export async function listStaleSent(context: TodoContext): Promise<StaleInvitation[]> {
  const invitations = await context.store.listInvitations({
    direction: 'outgoing',
    pendingOnly: true,
  });
  return findStaleSentInvitations(
    invitationFacts(invitations),
    localDate(context.now, context.timeZone),
  );
}

/** `netwerk visibility`: posts, comments and reactions per ISO week. */
export async function loadVisibility(context: TodoContext, weeks = 12): Promise<Visibility> {
  const since = new Date(context.now.getTime() - (weeks + 1) * 7 * 86_400_000).toISOString();
  const items = await context.store.listActivity({ since: since.slice(0, 10) });
  return summariseVisibility(
    items.map((item) => ({ type: item.type, at: item.at })),
    context.now,
    context.timeZone,
    weeks,
  );
}
