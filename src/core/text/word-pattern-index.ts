import type { TextSpan } from './word-pattern.js';
import { wordSource } from './word-pattern.js';

/**
 * Many lower-case word patterns, run fast. Trying hundreds of alternatives at every word of
 * every note made triage five times too slow, so each pattern is compiled on its own and
 * indexed by the word it must start with; a text runs only the patterns whose first word it
 * contains. Patterns whose first word cannot be read off their source always run.
 */
export class WordPatternIndex<Key extends string> {
  /** Each pattern's regex is built on first use: most patterns never meet a text that needs them. */
  private readonly patterns: { key: Key; source: string; regex?: RegExp }[] = [];
  /** prefix anchor (cut to maxAnchorLength) -> pattern numbers. */
  private readonly anchored = new Map<string, number[]>();
  /** whole-word anchor -> pattern numbers. */
  private readonly exactly = new Map<string, number[]>();
  private readonly unanchored: number[] = [];

  constructor(groups: Readonly<Record<Key, readonly string[]>>) {
    for (const key of Object.keys(groups) as Key[]) {
      for (const source of groups[key]) {
        const id = this.patterns.length;
        this.patterns.push({ key, source });
        const anchors = leadingWords(source);
        if (!anchors) {
          this.unanchored.push(id);
          continue;
        }
        for (const anchor of anchors) this.addAnchor(anchor, id);
      }
    }
  }

  private addAnchor({ word, exact }: Anchor, id: number): void {
    const map = exact ? this.exactly : this.anchored;
    const key = exact ? word : word.slice(0, maxAnchorLength);
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  }

  /** Word -> the patterns it can start, remembered: the same words come back in every text. */
  private readonly byWord = new Map<string, readonly number[]>();

  private patternsStartingWith(word: string): readonly number[] {
    const known = this.byWord.get(word);
    if (known) return known;
    const ids: number[] = [...(this.exactly.get(word) ?? [])];
    // Every prefix of the word that is an anchor selects its patterns.
    const longest = Math.min(word.length, maxAnchorLength);
    for (let length = 1; length <= longest; length += 1) {
      const more = this.anchored.get(length === word.length ? word : word.slice(0, length));
      if (more) ids.push(...more);
    }
    // Bounded, so a stream of unique words cannot grow it without end.
    if (this.byWord.size >= 50_000) this.byWord.clear();
    this.byWord.set(word, ids);
    return ids;
  }

  /** Every match, by key, on folded text (foldForMatching); span texts are cut from the original. */
  find(folded: string, original = folded): Map<Key, TextSpan[]> {
    // Where each candidate pattern may start: the offsets of the words that begin with its anchor.
    const starts = new Map<number, number[]>();
    wordPattern.lastIndex = 0;
    for (let match = wordPattern.exec(folded); match !== null; match = wordPattern.exec(folded)) {
      const at = match.index;
      for (const id of this.patternsStartingWith(match[0])) {
        const offsets = starts.get(id);
        if (offsets) offsets.push(at);
        else starts.set(id, [at]);
      }
    }
    const found = new Map<Key, TextSpan[]>();
    const record = (key: Key, start: number, end: number): void => {
      const spans = found.get(key) ?? [];
      if (!spans.some((span) => span.start === start && span.end >= end)) {
        spans.push({ start, end, text: original.slice(start, end) });
      }
      found.set(key, spans);
    };
    for (const [id, offsets] of starts) {
      const pattern = this.patterns[id]!;
      const { key } = pattern;
      // Anchored patterns are tried only where an anchor word starts: sticky, at that offset.
      const sticky = (pattern.regex ??= new RegExp(wordSource(pattern.source), 'uy'));
      let covered = -1;
      for (const offset of offsets) {
        if (offset < covered) continue;
        sticky.lastIndex = offset;
        const match = sticky.exec(folded);
        if (match && match[0].length > 0) {
          record(key, offset, offset + match[0].length);
          covered = offset + match[0].length;
        }
      }
    }
    for (const id of this.unanchored) {
      const pattern = this.patterns[id]!;
      const { key } = pattern;
      const regex = (pattern.regex ??= new RegExp(wordSource(pattern.source), 'gu'));
      regex.lastIndex = 0;
      for (const match of folded.matchAll(regex)) {
        if (match[0].length > 0) record(key, match.index, match.index + match[0].length);
      }
    }
    for (const spans of found.values()) spans.sort((a, b) => a.start - b.start || b.end - a.end);
    return found;
  }

  /** Whether any pattern of the key matches. */
  matches(folded: string, key: Key): boolean {
    return (this.find(folded).get(key)?.length ?? 0) > 0;
  }
}

/**
 * The lower-case literal words of a pattern source (escapes such as \s excluded). A pattern
 * built from literal keyword groups matches only text that contains one of them, which makes
 * them a cheap prefilter for patterns that cannot be indexed by their first word.
 */
export function literalWordsOf(source: string): string[] {
  const words = new Set<string>();
  // "[Vv]ia" is the word "via" with either capital.
  const unclassed = source.replace(
    /\[(\p{Lu})(\p{Ll})\]/gu,
    (whole, upper: string, lower: string) => (upper.toLowerCase() === lower ? lower : whole),
  );
  for (const match of unclassed.matchAll(/(?<!\\)\p{Ll}{2,}/gu)) words.add(match[0]);
  return [...words];
}

/** A word a match starts with: the whole first word (exact) or a prefix of it. */
export interface Anchor {
  word: string;
  exact: boolean;
}

/**
 * The words a match of this source can start with, or undefined when they cannot be read off
 * the source: a leading literal word, or a group of literal alternatives. `after` is what
 * follows the source where it is nested, to tell "a\s+" (exactly the word "a") from "a\w*".
 */
export function leadingWords(source: string, after = ''): Anchor[] | undefined {
  if (source.startsWith('(?:')) {
    const close = matchingParen(source, 0);
    if (close === -1) return undefined;
    const quantifier = source.charAt(close + 1);
    if (quantifier === '*' || quantifier === '{' || quantifier === '+') return undefined;
    const rest = source.slice(close + (quantifier === '?' ? 2 : 1));
    const words: Anchor[] = [];
    for (const branch of splitTopLevel(source.slice(3, close))) {
      const branchWords = leadingWords(branch, rest === '' ? after : rest);
      if (!branchWords) return undefined;
      words.push(...branchWords);
    }
    if (quantifier === '?') {
      // An optional lead: the match starts with it or with what follows it.
      const next = leadingWords(rest.replace(/^\\s[+*]/, ''), after);
      return next && words.length > 0 ? [...words, ...next] : undefined;
    }
    return words.length > 0 ? words : undefined;
  }
  if (source.startsWith('\\d')) return digits.map((word) => ({ word, exact: false }));
  const literal = /^[\p{L}\p{N}]+/u.exec(source);
  if (!literal) return undefined;
  let word = literal[0];
  let rest = source.slice(word.length);
  if (rest.startsWith('?') || rest.startsWith('*')) {
    word = word.slice(0, -1);
    rest = '(';
  } else if (rest.startsWith('{')) {
    return undefined;
  }
  if (rest === '') rest = after;
  // Only a certain word end makes the anchor the whole first word ("whats\\s*app" may be "whatsapp").
  const exact =
    rest === '' ||
    (rest.startsWith('\\s') && !/^\\s[*?{]/.test(rest)) ||
    rest.startsWith('\\b') ||
    rest.startsWith("'") ||
    // A literal dot ends the word too ("t\\.me", "n\\.a\\.v\\."), unless it is optional.
    (rest.startsWith('\\.') && !/^\\\.[*?{]/.test(rest));
  return word.length > 0 ? [{ word, exact }] : undefined;
}

const wordPattern = /[\p{L}\p{N}]+/gu;
/** Anchors are compared on at most this many letters: longer ones still select correctly, as prefixes. */
const maxAnchorLength = 6;

const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') {
      index += 1;
      continue;
    }
    if (char === '[') {
      const end = source.indexOf(']', index + 1);
      if (end === -1) return -1;
      index = end;
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

function splitTopLevel(inner: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner.charAt(index);
    if (char === '\\') {
      index += 1;
      continue;
    }
    if (char === '[') {
      const end = inner.indexOf(']', index + 1);
      index = end === -1 ? inner.length : end;
      continue;
    }
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      branches.push(inner.slice(start, index));
      start = index + 1;
    }
  }
  branches.push(inner.slice(start));
  return branches;
}

/**
 * The words of the first mandatory keyword group of a source ("told|suggested|..." after a
 * name): every match contains one of them, and they are rarer than the union of all its
 * words. Empty when no such group exists: the pattern must then always run.
 */
export function mandatoryKeywordsOf(source: string): string[] {
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') {
      index += 1;
      continue;
    }
    if (char === '[') {
      index = source.indexOf(']', index + 1);
      if (index === -1) break;
      continue;
    }
    if (char === '(') {
      const close = matchingParen(source, index);
      if (close === -1) break;
      const group = source.slice(index, close + 1);
      const quantifier = source.charAt(close + 1);
      const optional =
        quantifier === '?' || quantifier === '*' || source.startsWith('{0', close + 1);
      if (!optional && group.startsWith('(?:') && !group.includes('\\p')) {
        // Usable only if every alternative has a word of its own ("[Ww]e" has none).
        const branches = splitTopLevel(group.slice(3, -1)).map(literalWordsOf);
        if (branches.every((words) => words.length > 0)) return [...new Set(branches.flat())];
      }
      index = close;
      continue;
    }
    const word = /^\p{Ll}{2,}/u.exec(source.slice(index));
    if (word && (index === 0 || source.charAt(index - 1) !== '\\')) return [word[0]];
  }
  return [];
}

/**
 * Picks the patterns whose keywords start a word of the text, looking up each word's
 * prefixes: far cheaper than testing every keyword against every text.
 */
export class KeywordSelector {
  private readonly byKeyword = new Map<string, number[]>();
  private readonly always: number[] = [];

  /** keywordLists[i] are pattern i's keywords; an empty list means "always run". */
  constructor(keywordLists: readonly (readonly string[])[]) {
    keywordLists.forEach((keywords, id) => {
      if (keywords.length === 0) this.always.push(id);
      for (const keyword of keywords) {
        const key = keyword.slice(0, maxAnchorLength);
        const ids = this.byKeyword.get(key);
        if (ids) ids.push(id);
        else this.byKeyword.set(key, [id]);
      }
    });
  }

  select(folded: string): Set<number> {
    const selected = new Set(this.always);
    wordPattern.lastIndex = 0;
    for (let match = wordPattern.exec(folded); match !== null; match = wordPattern.exec(folded)) {
      for (const id of this.patternsOfWord(match[0])) selected.add(id);
    }
    return selected;
  }

  /** Word -> the patterns its prefixes select, remembered as in WordPatternIndex. */
  private readonly byWord = new Map<string, readonly number[]>();

  private patternsOfWord(word: string): readonly number[] {
    const known = this.byWord.get(word);
    if (known) return known;
    const ids: number[] = [];
    const longest = Math.min(word.length, maxAnchorLength);
    for (let length = 2; length <= longest; length += 1) {
      const more = this.byKeyword.get(length === word.length ? word : word.slice(0, length));
      if (more) ids.push(...more);
    }
    if (this.byWord.size >= 50_000) this.byWord.clear();
    this.byWord.set(word, ids);
    return ids;
  }
}
