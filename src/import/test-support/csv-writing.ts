/** CSV writing for the synthetic export generator, with LinkedIn's quirks on request. */

export type QuoteStyle = 'minimal' | 'all' | 'backslash';

/** One CSV field: quoted when needed (or always), quotes doubled or backslash-escaped. */
export function csvField(value: string, style: QuoteStyle = 'minimal'): string {
  const needsQuotes = /[",\r\n]/u.test(value) || /^\s|\s$/u.test(value);
  if (style === 'all') return `"${value.replaceAll('"', '""')}"`;
  if (!needsQuotes) return value;
  if (style === 'backslash') return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  return `"${value.replaceAll('"', '""')}"`;
}

export function csvLine(values: readonly string[], style: QuoteStyle = 'minimal'): string {
  return values.map((value) => csvField(value, style)).join(',');
}

/**
 * Shares.csv wraps each line of a multi-line commentary in its own quotes (docs/formats.md);
 * this is the cell value LinkedIn writes before CSV quoting.
 */
export function wrapShareLines(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const last = lines.length - 1;
  return lines
    .map((line, index) => `${index > 0 ? '"' : ''}${line}${index < last ? '"' : ''}`)
    .join('\n');
}

/** A deterministic PRNG (mulberry32). */
export function randomFor(...seed: readonly (string | number)[]): () => number {
  let state = 0x9e3779b9;
  for (const part of seed.join('\u0001')) {
    state = Math.imul(state ^ (part.codePointAt(0) ?? 0), 0x85ebca6b);
    state ^= state >>> 13;
  }
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}
