import type { DraftLanguage } from '../i18n/languages.js';
import { firstNameOf } from '../language/first-name.js';
import { fixInvitationNote } from './fix-invitation-note.js';
import { countNoteChars } from './lint-invitation-note.js';
import type { HookContext } from './note-phrasings.js';
import { applyContractions, notePhrasings } from './note-phrasings.js';

export interface ComposeRequest {
  /** The recipient's name as on LinkedIn; the note greets the first name. */
  to: string;
  /** The specific the two share, in the user's words ("opiniestuk in NRC over diversiteit"). */
  hook: string;
  context: HookContext;
  /** A pointer to the user's own work or passion (a blog, a site), optional. */
  pointer?: string;
  language: DraftLanguage;
  limit: number;
  /** The user's signature, else their name, else none. */
  signature?: string;
}

export interface ComposedNote {
  text: string;
  chars: number;
}

/**
 * Up to three personal invitation notes in the playbook's shape (§4), each within the limit:
 * the fullest first, then shorter ones. Never a default or generic text: every draft carries
 * the user's hook. When even the essentials are too long, the hook is shortened at a word.
 */
export function composeInvitationNotes(request: ComposeRequest): ComposedNote[] {
  const phrasings = notePhrasings[request.language];
  const name = firstNameOf(request.to);
  const hook = request.hook.trim().replace(/[.!?;:,]+$/u, '');
  const hookSentence = (variant: number): string => {
    if (request.context === 'other') return sentence(hook);
    const frames = phrasings.hook[request.context];
    return frames[variant % frames.length]!.replace('{hook}', hook);
  };
  const greeting = (variant: number): string =>
    phrasings.greeting[variant % phrasings.greeting.length]!.replace('{name}', name);
  const pointer = request.pointer?.trim()
    ? phrasings.pointer.replace('{pointer}', request.pointer.trim().replace(/[.]+$/u, ''))
    : undefined;
  const signature = request.signature?.trim();

  const shapes: {
    greeting: number;
    hook: number;
    ask: number;
    thanks: number;
    pointer: boolean;
    closing: boolean;
  }[] = [
    { greeting: 0, hook: 0, ask: 0, thanks: 0, pointer: true, closing: true },
    { greeting: 1, hook: 1, ask: 1, thanks: 1, pointer: true, closing: false },
    { greeting: 0, hook: 0, ask: 2, thanks: 1, pointer: false, closing: false },
  ];
  const drafts: ComposedNote[] = [];
  for (const shape of shapes) {
    const body = [
      `${greeting(shape.greeting)} ${hookSentence(shape.hook)}`,
      phrasings.ask[shape.ask % phrasings.ask.length]!,
      phrasings.thanks[shape.thanks % phrasings.thanks.length]!,
      ...(shape.pointer && pointer ? [pointer] : []),
      ...(shape.closing ? [phrasings.closing] : []),
    ].join(' ');
    // Fit first, then merge prepositions and articles: merging only ever shortens the text.
    const fitted = fitWithinLimit(signature ? `${body}\n${signature}` : body, request, name, hook);
    const text = fitted === undefined ? undefined : applyContractions(fitted, request.language);
    if (text && !drafts.some((draft) => draft.text === text))
      drafts.push({ text, chars: countNoteChars(text) });
  }
  return drafts;
}

function fitWithinLimit(
  text: string,
  request: ComposeRequest,
  name: string,
  hook: string,
): string | undefined {
  if (countNoteChars(text) <= request.limit) return text;
  const fixed = fixInvitationNote(text, {
    limit: request.limit,
    recipientName: name,
    ...(request.signature ? { signature: request.signature } : {}),
  });
  if (fixed.fixed) return fixed.text;
  // The essentials alone are too long: shorten the hook at a word boundary.
  const over = fixed.chars - request.limit;
  const words = hook.split(/\s+/);
  for (let keep = words.length - 1; keep >= 1; keep -= 1) {
    const shorter = `${words.slice(0, keep).join(' ')}…`;
    if (hook.length - shorter.length < over) continue;
    const candidate = fixed.text.replace(hook, shorter).replace('….', '…');
    if (countNoteChars(candidate) <= request.limit) return candidate;
  }
  return undefined;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
