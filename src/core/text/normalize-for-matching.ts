/**
 * Prepares untrusted text for pattern matching without moving any character, so a match's
 * offsets point into the original text (evidence spans). Curly quotes become straight ones
 * and Cyrillic or Greek look-alike letters become Latin ones: scammers use both to slip
 * past filters ("WhаtsApp" with a Cyrillic a).
 */
const lookAlikes: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2013': '-',
  '\u2014': '-',
  // Cyrillic
  '\u0430': 'a',
  '\u0435': 'e',
  '\u043e': 'o',
  '\u0440': 'p',
  '\u0441': 'c',
  '\u0443': 'y',
  '\u0445': 'x',
  '\u0456': 'i',
  '\u0458': 'j',
  '\u04bb': 'h',
  '\u0410': 'A',
  '\u0412': 'B',
  '\u0415': 'E',
  '\u041a': 'K',
  '\u041c': 'M',
  '\u041d': 'H',
  '\u041e': 'O',
  '\u0420': 'P',
  '\u0421': 'C',
  '\u0422': 'T',
  '\u0425': 'X',
  // Greek
  '\u03bf': 'o',
  '\u03b1': 'a',
  '\u039f': 'O',
  '\u0391': 'A',
};

const lookAlikePattern = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'gu');

export function normalizeForMatching(text: string): string {
  return text.replace(lookAlikePattern, (char) => lookAlikes[char] ?? char);
}

/**
 * normalizeForMatching plus lower case, still without moving any character: patterns built by
 * anyWordPattern are lower-case and match without the slower case-insensitive flag. The rare
 * letter whose lower case is longer (Turkish İ) keeps its original form.
 */
export function foldForMatching(text: string): string {
  const normalized = normalizeForMatching(text);
  const lower = normalized.toLowerCase();
  if (lower.length === normalized.length) return lower;
  let folded = '';
  for (const char of normalized) {
    const lowerChar = char.toLowerCase();
    folded += lowerChar.length === char.length ? lowerChar : char;
  }
  return folded;
}
