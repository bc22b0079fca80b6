import { foldForMatching } from '../text/normalize-for-matching.js';
import { mergeSpans } from '../text/merge-spans.js';
import type { TextSpan } from '../text/word-pattern.js';
import { WordPatternIndex } from '../text/word-pattern-index.js';
import type { ScamSignalCode } from './scam-signal-patterns.js';
import {
  linkShorteners,
  noteOnlyOffPlatformSources,
  scamSignalSources,
} from './scam-signal-patterns.js';

/** Where in the invitation a signal was found. */
export type InvitationTextField = 'message' | 'headline' | 'summary';

export interface SignalEvidence extends TextSpan {
  field: InvitationTextField;
}

export interface DetectedScamSignal {
  code: ScamSignalCode;
  evidence: SignalEvidence[];
}

/** One index for all signals; contact details count only in the note (see noteOnlyOffPlatformSources). */
const signalPatterns = new WordPatternIndex({
  ...scamSignalSources,
  'off-platform-contact-in-note': noteOnlyOffPlatformSources,
});

const urlPattern =
  /(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![\p{L}\p{N}@.])(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ly|me|gl|gd|in|xyz|top|info|biz|site|online|link|click|app|ru|cn|tk|ml|ga|cf|gq|cc|to|id|ee|de|nl|fr|es|it|pt|uk|eu)(?:\/[^\s<>"'()]*)?(?![\p{L}\p{N}])/giu;

/** Texts to check, by field; absent or empty fields are skipped. */
export type InvitationTexts = Partial<Record<InvitationTextField, string | undefined>>;

/** The fields in the order evidence is listed. */
const fieldOrder: readonly InvitationTextField[] = ['message', 'headline', 'summary'];

/**
 * Finds playbook §5 signals in the note, headline and summary, each with the exact words that
 * triggered it. The result is empty for an honest invitation, whatever its location or network
 * size: those facts only support a signal found here.
 */
export function detectScamSignals(texts: InvitationTexts): DetectedScamSignal[] {
  const found = new Map<ScamSignalCode, SignalEvidence[]>();
  const add = (code: ScamSignalCode, field: InvitationTextField, spans: TextSpan[]): void => {
    if (spans.length === 0) return;
    const evidence = found.get(code) ?? [];
    for (const span of spans) evidence.push({ field, ...span });
    found.set(code, evidence);
  };

  for (const field of fieldOrder) {
    const original = texts[field];
    if (!original || original.trim() === '') continue;
    const text = foldForMatching(original);
    for (const [key, spans] of signalPatterns.find(text, original)) {
      if (key !== 'off-platform-contact-in-note') add(key, field, spans);
      else if (field === 'message') add('off-platform-contact', field, spans);
    }
    add('suspicious-link', field, findSuspiciousLinks(text, original));
  }
  return [...found.entries()].map(([code, evidence]) => ({
    code,
    evidence: mergeOverlapping(evidence, texts),
  }));
}

/**
 * Several patterns of one signal often match pieces of the same phrase ("our fund offers
 * project", "project loans at", "1.5% interest"): one span per phrase is what a reader (and
 * the web app's highlighting) needs, so overlapping spans of a field become one.
 */
function mergeOverlapping(evidence: SignalEvidence[], texts: InvitationTexts): SignalEvidence[] {
  return fieldOrder.flatMap((field) =>
    mergeSpans(evidence.filter((span) => span.field === field)).map(({ start, end }) => ({
      field,
      start,
      end,
      text: (texts[field] ?? '').slice(start, end),
    })),
  );
}

/** Shortened links hide their target; look-alike LinkedIn domains, punycode and bare IPs fake one. */
function findSuspiciousLinks(text: string, original: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(urlPattern)) {
    const host = hostOf(match[0]);
    if (host && isSuspiciousHost(host)) {
      spans.push({
        start: match.index,
        end: match.index + match[0].length,
        text: original.slice(match.index, match.index + match[0].length),
      });
    }
  }
  return spans;
}

function hostOf(url: string): string | undefined {
  const withoutScheme = url.replace(/^https?:\/\//i, '');
  const host = withoutScheme
    .split(/[/?#:]/, 1)[0]
    ?.toLowerCase()
    .replace(/\.$/, '');
  return host || undefined;
}

function isSuspiciousHost(host: string): boolean {
  const bare = host.replace(/^www\./, '');
  if (linkShorteners.includes(bare)) return true;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(bare)) return true;
  if (bare.split('.').some((label) => label.startsWith('xn--'))) return true;
  const isLinkedIn =
    bare === 'linkedin.com' || bare.endsWith('.linkedin.com') || bare === 'lnkd.in';
  if (!isLinkedIn && /l[i1l]nk(?:e|3)?d[\s-]?[i1l]n|linkedln|linkdin|lnkedin/i.test(bare))
    return true;
  return imitatesBrand(bare);
}

/** Brands that phishing links dress up as: payment, parcels, banks, mail and file sharing. */
const imitatedBrands = new Set([
  'paypal',
  'amazon',
  'apple',
  'icloud',
  'microsoft',
  'office365',
  'outlook',
  'netflix',
  'google',
  'facebook',
  'instagram',
  'whatsapp',
  'dhl',
  'fedex',
  'ups',
  'postnl',
  'dpd',
  'ing',
  'rabobank',
  'abnamro',
  'bunq',
  'revolut',
  'binance',
  'coinbase',
  'docusign',
  'dropbox',
  'wetransfer',
]);

const secondLevel = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'or', 'ne']);

/**
 * A brand as one dash-separated part of a host that is not the brand's own domain
 * ("dhl-track-parcel.xyz", "amaz0n-verify.com", "secure.paypal-login.net"); digits standing in
 * for letters are read as the letters.
 */
function imitatesBrand(host: string): boolean {
  const labels = host.split('.');
  // "amazon.co.uk": the name before a second-level suffix is the owner.
  const suffixLength = labels.length > 2 && secondLevel.has(labels.at(-2)!) ? 2 : 1;
  const owner = labels.at(-1 - suffixLength);
  for (const label of labels.slice(0, -suffixLength)) {
    for (const part of label.split('-')) {
      const word = part.replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').replace(/5/g, 's');
      if (imitatedBrands.has(word) && owner !== word) return true;
    }
  }
  return false;
}
