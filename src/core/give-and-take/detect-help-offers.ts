import { foldForMatching } from '../text/normalize-for-matching.js';
import type { TextSpan } from '../text/word-pattern.js';
import { WordPatternIndex } from '../text/word-pattern-index.js';
import type { HelpOfferKind } from './help-offer-patterns.js';
import { helpOfferSources } from './help-offer-patterns.js';

const offers = new WordPatternIndex<HelpOfferKind>(helpOfferSources);

/** A negation right before an offer turns it around: "no puedo ayudarte", "non posso aiutarti". */
const negationBefore =
  /(?:^|[^\p{L}])(?:not|never|no|non|não|nao|niet|nooit|nicht|nie|jamais|mai)\s+$/u;

/** LinkedIn's sponsored messages are HTML; tags are no words. */
function withoutTags(text: string): string {
  return text.includes('<') ? text.replace(/<[^>]*>/gu, (tag) => ' '.repeat(tag.length)) : text;
}

/**
 * The offers of help and introductions in one message, with the words that showed them
 * (offsets into the message). An offer right after a negation does not count.
 */
export function detectHelpOffers(text: string): Map<HelpOfferKind, TextSpan[]> {
  const original = withoutTags(text);
  const folded = foldForMatching(original);
  const found = offers.find(folded, original);
  for (const [kind, spans] of found) {
    const kept = spans.filter(
      (span) => !negationBefore.test(folded.slice(Math.max(0, span.start - 12), span.start)),
    );
    if (kept.length > 0) found.set(kind, kept);
    else found.delete(kind);
  }
  return found;
}
