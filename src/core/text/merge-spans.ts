/** A stretch of a text by UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The spans in text order with overlapping ones joined into one stretch; `joinTouching` also
 * joins a span that starts where the previous one ends. Used for the evidence of a warning sign
 * and for the marks in the web app.
 */
export function mergeSpans(spans: readonly Span[], { joinTouching = false } = {}): Span[] {
  const merged: Span[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    const last = merged.at(-1);
    const joins =
      last !== undefined && (joinTouching ? span.start <= last.end : span.start < last.end);
    if (last && joins) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
