import { normalizeForMatching } from '../text/normalize-for-matching.js';
import type { TextSpan } from '../text/word-pattern.js';
import { anyWordPattern, findSpans, wordSource } from '../text/word-pattern.js';
import { defaultLikeSources, greetingSource, signOffSource } from './default-invitation-texts.js';
import type { GenericMarkerKind } from './generic-note-patterns.js';
import { genericMarkerSources } from './generic-note-patterns.js';
import type { HookKind } from './personal-hook-patterns.js';
import {
  caseInsensitiveHookSources,
  caseSensitiveHookSources,
  notANameOrOrganisation,
} from './personal-hook-patterns.js';

/** none: no note; generic: could go to anyone; personal: names a checkable shared specific. */
export type NoteKind = 'none' | 'generic' | 'personal';

export interface NoteHook extends TextSpan {
  kind: HookKind;
}

export interface GenericMarker extends TextSpan {
  kind: GenericMarkerKind | 'default-text' | 'name-only';
}

export interface NoteClassification {
  kind: NoteKind;
  /** The specifics that make the note personal (empty for generic and none). */
  hooks: NoteHook[];
  /** Why the note is impersonal; also filled for personal notes that contain a pitch. */
  markers: GenericMarker[];
  /** The note is LinkedIn's default text (any language), maybe with a greeting or signature. */
  isDefaultText: boolean;
}

const hookPatterns = {
  met: anyWordPattern(caseInsensitiveHookSources.met),
  content: anyWordPattern(caseInsensitiveHookSources.content),
  upcoming: anyWordPattern(caseInsensitiveHookSources.upcoming),
  requestAsk: anyWordPattern(caseInsensitiveHookSources['request-ask']),
  requestObservation: anyWordPattern(caseInsensitiveHookSources['request-observation']),
};
/** Node 20 forbids repeated group names in one regex, so each alternative gets its own. */
const namedAlternatives = (sources: readonly string[]): RegExp =>
  new RegExp(
    sources
      .map((source, index) => wordSource(source.replace('(?<name>', `(?<name${index}>`)))
      .join('|'),
    'gu',
  );
const namedHookPatterns = {
  referral: namedAlternatives(caseSensitiveHookSources.referral),
  'shared-organisation': namedAlternatives(caseSensitiveHookSources['shared-organisation']),
} as const;
const markerPatterns = Object.entries(genericMarkerSources).map(([kind, sources]) => ({
  kind: kind as GenericMarkerKind,
  pattern: anyWordPattern(sources),
}));
const defaultPattern = anyWordPattern(defaultLikeSources);
const greetingPattern = new RegExp(greetingSource, 'iu');
const signOffPattern = new RegExp(signOffSource, 'iu');
/** A capitalised word or acronym in the middle of a sentence: a named thing to check. */
const namedThingPattern =
  /(?<=[\p{Ll}\p{N},;:'"()&-]\s+)(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{N}{2,}[\p{L}\p{N}]*)/gu;

export interface ClassifyOptions {
  /** The recipient's first name: a note that names only them is still generic. */
  recipientFirstName?: string;
}

/**
 * Classifies an invitation note by playbook §2. A hook that says the two met, share a named
 * contact or organisation, or will meet soon makes the note personal; a named piece of the
 * recipient's work or a concrete question about it does too, unless the note is a pitch.
 */
export function classifyInvitationNote(
  message: string | undefined,
  options: ClassifyOptions = {},
): NoteClassification {
  const original = message ?? '';
  if (!/[\p{L}\p{N}]/u.test(original)) {
    return { kind: 'none', hooks: [], markers: [], isDefaultText: false };
  }
  const text = normalizeForMatching(original);
  const hooks = findHooks(text, original, options);
  const markers: GenericMarker[] = [];
  for (const { kind, pattern } of markerPatterns) {
    for (const span of findSpans(pattern, text, original)) markers.push({ kind, ...span });
  }

  const defaultSpans = findSpans(defaultPattern, text, original);
  const isDefaultText = defaultSpans.length > 0 && residueWithout(text, defaultSpans).length === 0;
  for (const span of defaultSpans) markers.push({ kind: 'default-text', ...span });
  if (defaultSpans.length === 0 && residueWithout(text, []).length === 0) {
    markers.push({ kind: 'name-only', start: 0, end: original.length, text: original });
  }

  const isPitch = markers.some((marker) => marker.kind === 'pitch' || marker.kind === 'recruiting');
  const isTemplate = markers.some((marker) => marker.kind === 'placeholder');
  const strong = hooks.filter((hook) => hook.kind !== 'content' && hook.kind !== 'request');
  const weak = hooks.filter((hook) => hook.kind === 'content' || hook.kind === 'request');
  const personal =
    !isDefaultText && !isTemplate && (strong.length > 0 || (weak.length > 0 && !isPitch));
  markers.sort((a, b) => a.start - b.start);
  return {
    kind: personal ? 'personal' : 'generic',
    hooks: personal ? hooks.sort((a, b) => a.start - b.start) : [],
    markers,
    isDefaultText,
  };
}

function findHooks(text: string, original: string, options: ClassifyOptions): NoteHook[] {
  const hooks: NoteHook[] = [];
  const add = (kind: HookKind, spans: TextSpan[]): void => {
    for (const span of spans) hooks.push({ kind, ...span });
  };
  add('met', findSpans(hookPatterns.met, text, original));
  add('content', findSpans(hookPatterns.content, text, original));
  add('upcoming', findSpans(hookPatterns.upcoming, text, original));
  for (const kind of ['referral', 'shared-organisation'] as const) {
    add(kind, findNamedSpans(namedHookPatterns[kind], text, original, options));
  }
  // A concrete request needs the ask and something specific about the recipient's work.
  const asks = findSpans(hookPatterns.requestAsk, text, original);
  if (asks.length > 0) {
    const observations = findSpans(hookPatterns.requestObservation, text, original);
    if (observations.length > 0 || hasNamedThing(text, options))
      add('request', [...observations, ...asks]);
  }
  return hooks;
}

function findNamedSpans(
  pattern: RegExp,
  text: string,
  original: string,
  options: ClassifyOptions,
): TextSpan[] {
  const spans: TextSpan[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const name = Object.values(match.groups ?? {}).find((value) => value !== undefined) ?? '';
    const firstWord = name.split(/\s+/)[0] ?? '';
    if (notANameOrOrganisation.has(firstWord) || notANameOrOrganisation.has(name)) continue;
    if (options.recipientFirstName && firstWord === options.recipientFirstName) continue;
    if (isGreetedName(text, match.index, firstWord)) continue;
    const start = match.index;
    const end = start + match[0].length;
    spans.push({ start, end, text: original.slice(start, end) });
  }
  return spans;
}

/** "Hi Karin my boss told me" must not read Karin as the referrer. */
function isGreetedName(text: string, index: number, name: string): boolean {
  const greeting = greetingPattern.exec(text);
  return greeting !== null && index < greeting[0].length + 1 && greeting[0].includes(name);
}

function hasNamedThing(text: string, options: ClassifyOptions): boolean {
  for (const match of text.matchAll(namedThingPattern)) {
    const word = match[0].replace(/[.'’-]+$/, '');
    if (notANameOrOrganisation.has(word)) continue;
    if (options.recipientFirstName && word === options.recipientFirstName) continue;
    return true;
  }
  return false;
}

/**
 * What is left of a note once the default sentence, the greeting and the sign-off are cut:
 * an empty residue means the note says nothing of its own.
 */
function residueWithout(text: string, spans: readonly TextSpan[]): string {
  let rest = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    rest = `${rest.slice(0, span.start)} ${rest.slice(span.end)}`;
  }
  rest = rest.replace(greetingPattern, ' ');
  for (let pass = 0; pass < 3; pass += 1) rest = rest.trim().replace(signOffPattern, ' ');
  return rest.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
