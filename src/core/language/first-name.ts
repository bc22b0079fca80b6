/**
 * The name to greet someone by. LinkedIn names carry titles ("Dr.", "ir."), initials
 * ("J. Smit"), emoji and suffixes ("Jane Doe, Ph.D."); a greeting uses the first real given
 * name, or the whole name when there is none (initials only).
 */
const honorifics = new Set(
  [
    'dr',
    'drs',
    'ir',
    'ing',
    'mr',
    'mrs',
    'ms',
    'miss',
    'prof',
    'dhr',
    'mevr',
    'mw',
    'herr',
    'frau',
    'mme',
    'mlle',
    'm',
    'sr',
    'sra',
    'srta',
    'dott',
    'dott.ssa',
    'ing',
    'eng',
    'sig',
    'sig.ra',
    'bc',
    'ba',
    'bsc',
    'msc',
    'ma',
    'mba',
    'phd',
    'lic',
    'lic.',
    'arch',
    'sir',
    'dame',
    'rev',
  ].map((title) => title.replace(/\.$/, '')),
);

export function firstNameOf(fullName: string): string {
  const cleaned = fullName
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, ' ')
    .replace(/[,(].*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const token of cleaned.split(' ')) {
    const bare = token.replace(/\.$/, '').toLowerCase();
    if (honorifics.has(bare)) continue;
    // Initials such as "J." or "J.P." are not a name to greet by.
    if (/^(\p{L}\.)+\p{L}?\.?$/u.test(token) || /^\p{L}$/u.test(token)) continue;
    if (!/\p{L}/u.test(token)) continue;
    return capitaliseIfShouting(token);
  }
  return cleaned;
}

function capitaliseIfShouting(name: string): string {
  if (name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase()) {
    return name.charAt(0) + name.slice(1).toLowerCase();
  }
  return name;
}
