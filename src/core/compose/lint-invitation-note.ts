import type { UserLanguage } from '../i18n/languages.js';
import { greetingSource, signOffSource } from '../invitation-note/default-invitation-texts.js';
import type { NoteClassification } from '../invitation-note/classify-invitation-note.js';
import { classifyInvitationNote } from '../invitation-note/classify-invitation-note.js';
import { firstNameOf } from '../language/first-name.js';
import { foldForMatching } from '../text/normalize-for-matching.js';
import { WordPatternIndex } from '../text/word-pattern-index.js';
import { describeLintFinding } from './lint-texts.js';
import type { NotePart } from './note-part-patterns.js';
import { notePartSources } from './note-part-patterns.js';

/** Codes of lint findings; docs/formats.md lists them with their advice. */
export type LintCode =
  | 'over-limit'
  | 'default-text'
  | 'mail-merge'
  | 'no-hook'
  | 'no-ask'
  | 'no-name'
  | 'no-thanks'
  | 'no-sign-off'
  | 'sales-pitch'
  | 'too-many-links'
  | 'too-many-emoji'
  | 'shouting';

export type LintSeverity = 'error' | 'warning';

export interface LintFinding {
  code: LintCode;
  severity: LintSeverity;
  text: string;
}

export interface LintOptions {
  /** The note limit: 300 (paid) or 200 (free) by default, from the config. */
  limit: number;
  /** The recipient's name (`--to`): the note must greet them. */
  recipientName?: string;
  /** The language of the advice. */
  language: UserLanguage;
  /** The user's signature: a note ending with it has a sign-off. */
  signature?: string;
}

export interface LintResult {
  chars: number;
  limit: number;
  ok: boolean;
  findings: LintFinding[];
}

const severityOf: Record<LintCode, LintSeverity> = {
  'over-limit': 'error',
  'default-text': 'error',
  'mail-merge': 'error',
  'no-hook': 'error',
  'no-ask': 'error',
  'no-name': 'warning',
  'no-thanks': 'warning',
  'no-sign-off': 'warning',
  'sales-pitch': 'warning',
  'too-many-links': 'warning',
  'too-many-emoji': 'warning',
  shouting: 'warning',
};

export const noteParts = new WordPatternIndex<NotePart>(notePartSources);
const greetingPattern = new RegExp(greetingSource, 'iu');
const signOffPattern = new RegExp(signOffSource, 'iu');
const linkPattern =
  /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}@])[a-z0-9-]+\.(?:com|nl|org|net|io|eu|de|fr|be|es|it|pt|co|uk)(?:\/\S*)?/giu;
const emojiPattern = /\p{Extended_Pictographic}/gu;

/** Characters as LinkedIn's text field counts them: UTF-16 code units (JavaScript length). */
export function countNoteChars(text: string): number {
  return text.length;
}

/** Checks a draft invitation note against playbook §4 and LinkedIn's limit. */
export function lintInvitationNote(text: string, options: LintOptions): LintResult {
  const chars = countNoteChars(text);
  const codes: { code: LintCode; facts?: Record<string, string | number> }[] = [];
  const note = classifyInvitationNote(text);
  const parts = noteParts.find(foldForMatching(text), text);

  if (chars > options.limit)
    codes.push({ code: 'over-limit', facts: { chars, limit: options.limit } });
  if (note.markers.some((m) => m.kind === 'placeholder')) codes.push({ code: 'mail-merge' });
  if (note.isDefaultText) codes.push({ code: 'default-text' });
  else if (note.kind !== 'personal') codes.push({ code: 'no-hook' });
  if (!parts.has('ask')) codes.push({ code: 'no-ask' });
  if (!namesRecipient(text, options.recipientName)) {
    codes.push({
      code: 'no-name',
      ...(options.recipientName ? { facts: { name: firstNameOf(options.recipientName) } } : {}),
    });
  }
  if (!parts.has('thanks')) codes.push({ code: 'no-thanks' });
  if (!hasSignOff(text, options.signature)) codes.push({ code: 'no-sign-off' });
  if (isPitch(note)) codes.push({ code: 'sales-pitch' });
  const links = text.match(linkPattern)?.length ?? 0;
  if (links > 1) codes.push({ code: 'too-many-links', facts: { count: links } });
  const emoji = text.match(emojiPattern)?.length ?? 0;
  if (emoji > 2) codes.push({ code: 'too-many-emoji', facts: { count: emoji } });
  if (isShouting(text)) codes.push({ code: 'shouting' });

  const findings = codes.map(({ code, facts }) => ({
    code,
    severity: severityOf[code],
    text: describeLintFinding(code, options.language, facts ?? {}),
  }));
  return {
    chars,
    limit: options.limit,
    ok: findings.every((f) => f.severity !== 'error'),
    findings,
  };
}

function isPitch(note: NoteClassification): boolean {
  return note.markers.some((marker) => marker.kind === 'pitch');
}

/** With a name: any of its words in the note; without: a greeting that names someone. */
export function namesRecipient(text: string, recipientName?: string): boolean {
  if (recipientName) {
    const folded = foldForMatching(text);
    const first = foldForMatching(firstNameOf(recipientName));
    const words = foldForMatching(recipientName)
      .split(/[\s,]+/)
      .filter((word) => word.length > 2);
    return [first, ...words].some((word) =>
      new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(folded),
    );
  }
  const greeting = greetingPattern.exec(text);
  return greeting !== null && /\s\p{Lu}/u.test(greeting[0]);
}

/** A closing formula, the user's signature, or a short name line at the end. */
export function hasSignOff(text: string, signature?: string): boolean {
  const trimmed = text.trim();
  if (signature && trimmed.endsWith(signature.trim())) return true;
  if (signOffPattern.test(trimmed)) return true;
  const lastLine = trimmed.split('\n').pop()?.trim() ?? '';
  return trimmed.includes('\n') && /^[-–—~]?\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(lastLine);
}

function isShouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return (letters.length >= 12 && upper.length / letters.length > 0.5) || /!{3,}/.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
