import type { DraftLanguage } from '../i18n/languages.js';
import type { Register } from '../language/detect-register.js';
import { defaultRegister } from '../language/detect-register.js';
import { firstNameOf } from '../language/first-name.js';
import { pickBySeed } from '../text/stable-hash.js';
import type { MessageKind } from './message-phrasings.js';
import { messagePhrasings } from './message-phrasings.js';
import type { FollowUpKind } from './reply-phrasings.js';
import { replyPhrasings } from './reply-phrasings.js';

export interface ReplyRequest {
  kind: FollowUpKind;
  language: DraftLanguage;
  /** The note's register; without one, the language's business default (Dutch je, German Sie, French vous). */
  register?: Register;
  /** The other person's full name as LinkedIn shows it; the reply greets the first name. */
  recipientName: string;
  /** Picks the phrasing: the same invitation always gets the same reply. */
  seed: string;
  /** The user's signature from the config; none without config. */
  signature?: string;
}

/** A short, natural reply to paste into LinkedIn right after accepting (playbook §2 and §6). */
export function draftReply(request: ReplyRequest): string {
  const register = request.register ?? defaultRegister[request.language];
  const phrasing = pickBySeed(
    replyPhrasings[request.language][register][request.kind],
    request.seed,
  );
  const body = phrasing.replace('{name}', firstNameOf(request.recipientName));
  return appendSignature(body, request.signature);
}

export function appendSignature(body: string, signature: string | undefined): string {
  const trimmed = signature?.trim();
  return trimmed ? `${body}\n\n${trimmed}` : body;
}

export interface MessageRequest extends Omit<ReplyRequest, 'kind'> {
  kind: MessageKind;
}

/** A message to keep a connection alive (playbook §6): after they accepted, or to reconnect. */
export function draftMessage(request: MessageRequest): string {
  const register = request.register ?? defaultRegister[request.language];
  const phrasing = pickBySeed(
    messagePhrasings[request.language][register][request.kind],
    request.seed,
  );
  return appendSignature(
    phrasing.replace('{name}', firstNameOf(request.recipientName)),
    request.signature,
  );
}
