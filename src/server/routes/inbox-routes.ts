import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.js';
import { invitationMarks } from '../../core/invitation/inviter-facts.js';
import type { TriageVerdict } from '../../core/triage/triage-result.js';
import type { InboxEntry } from '../../use-cases/inbox.js';
import { markInvitation, saveInviterFacts } from '../../use-cases/inbox.js';
import type { InvitationStatus } from '../../use-cases/network-todo.js';
import { readJson } from '../read-json.js';
import type { RegisterRoutes } from '../route-deps.js';
import { todoContextOf } from '../route-deps.js';

/** One line of the inbox list: enough to show and filter it; details come per invitation. */
export interface InboxRow {
  id: string;
  name: string;
  sentAt: string;
  verdict: TriageVerdict;
  status: InvitationStatus;
  /** The note's start, for the list. */
  snippet: string;
}

const snippetChars = 100;

function rowOf(entry: InboxEntry): InboxRow {
  const note = entry.message?.replace(/\s+/g, ' ').trim() ?? '';
  return {
    id: entry.id,
    name: entry.name,
    sentAt: entry.sentAt,
    verdict: entry.triage.verdict,
    status: entry.status,
    snippet: note.length > snippetChars ? `${note.slice(0, snippetChars - 1)}…` : note,
  };
}

const factsInput = z
  .object({
    id: z.string().min(1).max(2000),
    facts: z
      .object({
        // null forgets the fact: unknown again, as if the profile was never looked at.
        headline: z.string().max(1000).nullable().optional(),
        summary: z.string().max(5000).nullable().optional(),
        hasPhoto: z.boolean().nullable().optional(),
      })
      .strict(),
  })
  .strict();

const markInput = z
  .object({
    id: z.string().min(1).max(2000),
    // pending undoes a mark.
    mark: z.enum(['pending', ...invitationMarks] as [InvitationStatus, ...InvitationStatus[]]),
  })
  .strict();

/** The inbox: pending invitations, their triage, and what the user records about them. */
export const registerInboxRoutes: RegisterRoutes = (api, deps) => {
  const load = (c: Parameters<typeof todoContextOf>[0]) => {
    const { store, settings } = c.get('scope');
    return { store, settings: settings.load(), language: c.get('language') };
  };
  const entryOrThrow = async (c: Parameters<typeof todoContextOf>[0], id: string) => {
    const { store, settings, language } = load(c);
    const entry = await deps.inbox.entry(store, settings, language, id);
    if (!entry) throw new AppError('inviter-not-found', { query: id });
    return entry;
  };

  api.get('/inbox', async (c) => {
    const { store, settings } = load(c);
    const entries = await deps.inbox.entries(store, settings);
    const byVerdict: Record<TriageVerdict, number> = {
      caution: 0,
      accept: 0,
      review: 0,
      ignore: 0,
    };
    const byStatus: Record<InvitationStatus, number> = {
      pending: 0,
      accepted: 0,
      ignored: 0,
      reported: 0,
    };
    for (const entry of entries) {
      byStatus[entry.status] += 1;
      if (entry.status === 'pending') byVerdict[entry.triage.verdict] += 1;
    }
    return c.json({ rows: entries.map(rowOf), counts: { byVerdict, byStatus } });
  });

  api.get('/inbox/entry', async (c) => {
    return c.json({ entry: await entryOrThrow(c, c.req.query('id') ?? '') });
  });

  api.put('/inbox/facts', async (c) => {
    const input = await readJson(c, factsInput, deps.limits.jsonBytes);
    await entryOrThrow(c, input.id);
    const facts = Object.fromEntries(
      Object.entries(input.facts).filter(([, value]) => value !== undefined),
    );
    await saveInviterFacts(todoContextOf(c, deps), input.id, facts);
    const { store, settings } = load(c);
    await deps.inbox.update(store, settings, input.id, { facts });
    return c.json({ entry: await entryOrThrow(c, input.id) });
  });

  api.put('/inbox/mark', async (c) => {
    const input = await readJson(c, markInput, deps.limits.jsonBytes);
    await entryOrThrow(c, input.id);
    await markInvitation(todoContextOf(c, deps), input.id, input.mark);
    const { store, settings } = load(c);
    await deps.inbox.update(store, settings, input.id, { status: input.mark });
    return c.json({ entry: await entryOrThrow(c, input.id) });
  });
};
