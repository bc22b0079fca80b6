import { classifyInvitationNote } from '../invitation-note/classify-invitation-note.js';
import { foldForMatching } from '../text/normalize-for-matching.js';
import { countNoteChars, hasSignOff, namesRecipient, noteParts } from './lint-invitation-note.js';
import { fillerPatterns, shorterSignOffs } from './note-part-patterns.js';

export type FixStep =
  | 'whitespace'
  | 'filler'
  | 'closing'
  | 'pointer'
  | 'other-sentence'
  | 'shorter-sign-off'
  | 'thanks';

export type FixOutcome =
  | { fixed: true; text: string; chars: number; steps: FixStep[] }
  | { fixed: false; text: string; chars: number; steps: FixStep[]; reason: 'essentials-too-long' };

export interface FixOptions {
  limit: number;
  recipientName?: string;
  signature?: string;
}

interface Segment {
  text: string;
  /** Position in the original note. */
  order: number;
  /** What the segment does in the note; the essential ones are never dropped. */
  role: 'essential' | 'thanks' | 'closing' | 'pointer' | 'other' | 'sign-off';
}

/**
 * Brings a note within the limit while keeping what makes it work: the name, the hook, the ask
 * and a sign-off (playbook §4). Cuts in order of least loss: spaces, filler words, the
 * closing, the pointer to one's own work, other sentences, a shorter sign-off ("Mvg" for "Met
 * vriendelijke groet"), the thanks. Says so when the essentials alone are too long.
 */
export function fixInvitationNote(text: string, options: FixOptions): FixOutcome {
  const steps: FixStep[] = [];
  let segments = segmentNote(text, options);
  const render = (): string => renderSegments(segments);
  const fits = (): boolean => countNoteChars(render()) <= options.limit;
  const dropped: Segment[] = [];
  const done = (): FixOutcome => {
    restoreWhatFits(dropped);
    return { fixed: true, text: render(), chars: countNoteChars(render()), steps };
  };
  /** Puts back, in their old place, dropped sentences that fit after all (most valuable first). */
  const restoreWhatFits = (candidates: Segment[]): void => {
    for (const candidate of [...candidates].sort((a, b) => rank(a) - rank(b))) {
      const trial = [...segments, candidate].sort((a, b) => a.order - b.order);
      if (countNoteChars(renderSegments(trial)) <= options.limit) segments = trial;
    }
  };

  const tidied = segments.map((segment) => ({
    ...segment,
    text: segment.text.replace(/[ \t]+/g, ' ').trim(),
  }));
  if (tidied.some((segment, index) => segment.text !== segments[index]?.text) || render() !== text)
    steps.push('whitespace');
  segments = tidied;
  if (fits()) return done();

  const withoutFiller = segments.map((segment) => ({
    ...segment,
    text: removeFiller(segment.text),
  }));
  if (withoutFiller.some((segment, index) => segment.text !== segments[index]?.text)) {
    segments = withoutFiller;
    steps.push('filler');
    if (fits()) return done();
  }

  for (const [role, step] of [
    ['closing', 'closing'],
    ['pointer', 'pointer'],
    ['other', 'other-sentence'],
  ] as const) {
    // Drop from the end: later sentences of a kind matter least.
    for (let index = segments.length - 1; index >= 0; index -= 1) {
      if (segments[index]?.role !== role) continue;
      dropped.push(segments[index]!);
      segments = segments.filter((_, position) => position !== index);
      if (!steps.includes(step)) steps.push(step);
      if (fits()) return done();
    }
  }

  const shortened = segments.map((segment) =>
    segment.role === 'sign-off' ? { ...segment, text: shortenSignOff(segment.text) } : segment,
  );
  if (shortened.some((segment, index) => segment.text !== segments[index]?.text)) {
    segments = shortened;
    steps.push('shorter-sign-off');
    if (fits()) return done();
  }

  const withoutThanks = segments.filter((segment) => segment.role !== 'thanks');
  if (withoutThanks.length < segments.length) {
    dropped.push(...segments.filter((segment) => segment.role === 'thanks'));
    segments = withoutThanks;
    steps.push('thanks');
    if (fits()) return done();
  }
  return {
    fixed: false,
    text: render(),
    chars: countNoteChars(render()),
    steps,
    reason: 'essentials-too-long',
  };
}

/** Sentences (and the sign-off lines) with their role in the note. */
function segmentNote(text: string, options: FixOptions): Segment[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  // Trailing short lines that are a sign-off or a name form the sign-off block.
  const signOffLines: string[] = [];
  while (lines.length > 1) {
    const last = lines[lines.length - 1]!.trim();
    if (last === '') {
      lines.pop();
      continue;
    }
    const block = [last, ...signOffLines].join('\n');
    if (
      last.length <= 60 &&
      hasSignOff(`x.\n${block}`, options.signature) &&
      !/[.!?]\s+\S/.test(last)
    ) {
      signOffLines.unshift(lines.pop()!.trim());
    } else {
      break;
    }
  }
  const body = lines.join('\n').trim();
  const sentences = body
    .split(/(?<=[.!?])\s+(?=\S)|\n+/u)
    .filter((sentence) => sentence.trim() !== '');
  const note = classifyInvitationNote(body);
  let offset = 0;
  const segments: Segment[] = sentences.map((sentence, index) => {
    const start = body.indexOf(sentence, offset);
    const end = start + sentence.length;
    offset = end;
    const holdsHook = note.hooks.some((hook) => hook.start < end && hook.end > start);
    const parts = noteParts.find(foldForMatching(sentence), sentence);
    const greets = index === 0 && namesRecipient(sentence, options.recipientName);
    let role: Segment['role'];
    if (holdsHook || greets || parts.has('ask')) role = 'essential';
    else if (parts.has('thanks')) role = 'thanks';
    else if (parts.has('pointer')) role = 'pointer';
    else if (parts.has('closing')) role = 'closing';
    else role = 'other';
    return { text: sentence, role, order: index };
  });
  if (signOffLines.length > 0) {
    segments.push({ text: signOffLines.join('\n'), role: 'sign-off', order: segments.length });
  } else {
    // A sign-off at the end of the last sentence ("… Groet, Robert") stays with it.
    const last = segments[segments.length - 1];
    if (last && last.role !== 'essential' && hasSignOff(last.text, options.signature))
      last.role = 'sign-off';
  }
  return segments;
}

/** Which dropped parts to put back first when there is room: thanks, pointer, closing, the rest. */
function rank(segment: Segment): number {
  return ['thanks', 'pointer', 'closing', 'other'].indexOf(segment.role);
}

function renderSegments(segments: readonly Segment[]): string {
  const body = segments
    .filter((segment) => segment.role !== 'sign-off')
    .map((segment) => segment.text)
    .join(' ');
  const signOff = segments.find((segment) => segment.role === 'sign-off')?.text;
  return signOff ? `${body}\n${signOff}` : body;
}

function removeFiller(text: string): string {
  let result = text;
  for (const pattern of fillerPatterns) result = result.replace(pattern, '');
  return result;
}

function shortenSignOff(text: string): string {
  for (const [pattern, shorter] of shorterSignOffs) {
    if (pattern.test(text)) return text.replace(pattern, shorter).replace(/,\s*\n/, '\n');
  }
  return text;
}
