/**
 * Builds regular expressions from readable pattern sources. JavaScript's `\b` only knows ASCII
 * letters, so "prêt" or "über" would not match at a word edge; every pattern is wrapped in
 * Unicode-aware edges instead, and `\b` inside a source means the same.
 */
const letterOrDigit = '[\\p{L}\\p{N}]';
const startEdge = `(?<!${letterOrDigit})`;
const endEdge = `(?!${letterOrDigit})`;
const innerEdge = `(?:${startEdge}(?=${letterOrDigit})|(?<=${letterOrDigit})${endEdge})`;

function withUnicodeEdges(source: string): string {
  return source.replace(/\\b/g, innerEdge);
}

/** One pattern source as a whole-word alternative. */
export function wordSource(source: string): string {
  return `${startEdge}(?:${withUnicodeEdges(source)})${endEdge}`;
}

/**
 * One Unicode-aware regex matching any of the (lower-case) sources as whole words, to run on
 * text folded by foldForMatching. The word edges are checked once around the whole
 * alternation, not per alternative, and the text is folded once instead of matching
 * case-insensitively: with hundreds of alternatives both keep triage fast
 * (docs/performance.md).
 */
export function anyWordPattern(sources: readonly string[], flags = 'gu'): RegExp {
  const alternatives = sources.map((source) => `(?:${withUnicodeEdges(source)})`).join('|');
  return new RegExp(`${startEdge}(?:${alternatives})${endEdge}`, flags);
}

/** A text span that triggered a rule. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Every match of a global pattern as spans. Matching runs on the normalised text; the span's
 * text is cut from the original, which has the same offsets (normalizeForMatching).
 */
export function findSpans(pattern: RegExp, normalized: string, original = normalized): TextSpan[] {
  const spans: TextSpan[] = [];
  pattern.lastIndex = 0;
  for (const match of normalized.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = match.index;
    const end = start + match[0].length;
    spans.push({ start, end, text: original.slice(start, end) });
  }
  return spans;
}

/** Whether a global or sticky pattern matches, without leaving its lastIndex moved. */
export function matchesPattern(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
