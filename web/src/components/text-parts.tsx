import type { ReactNode } from 'react';
import type { Span } from '../../../src/core/text/merge-spans.js';
import { mergeSpans } from '../../../src/core/text/merge-spans.js';

/**
 * Text with some stretches marked (the words that triggered a warning sign): the text is cut
 * into React text nodes and <mark> elements, so nothing in it is ever read as markup.
 */
export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  // Overlapping or touching spans (two signals on the same words) become one stretch.
  const merged = mergeSpans(
    spans.filter((span) => span.start >= 0 && span.end <= text.length && span.end > span.start),
    { joinTouching: true },
  );
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Only http(s) addresses become links (never `javascript:` or `data:`); they open without referrer. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function ExternalLink(props: { href: string | null; children: ReactNode; label?: string }) {
  const safe = safeHref(props.href);
  if (!safe) return null;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" aria-label={props.label}>
      {props.children}
    </a>
  );
}
