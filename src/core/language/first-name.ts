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
    // Spanish, Portuguese, Italian, French and German titles of the other draft languages.
    'dra',
    'dr.ª',
    'drª',
    'lcda',
    'lcdo',
    'licda',
    'licdo',
    'arq',
    'enga',
    'eng.ª',
    'avv',
    'prof.ssa',
    'geom',
    'me',
    'mag',
    'dipl.-ing',
    'dr.-ing',
    'dr.med',
    'med',
    'dent',
    'rer',
    'nat',
    'pol',
    'h.c',
    'eng.º',
    'engº',
    'maître',
    'univ.-prof',
  ].map((title) => title.replace(/\.$/, '')),
);

/** German diploma titles come in many kinds: "Dipl.-Ing.", "Dipl.-Kfm.", "Dipl.-Psych.". */
const isHonorific = (token: string): boolean =>
  honorifics.has(token.replace(/\.$/, '').toLowerCase()) || /^dipl\.-/iu.test(token);

export function firstNameOf(fullName: string): string {
  // Dutch initials with the call name in brackets: "J.W. (Jan-Willem) de Boer" is Jan-Willem.
  const callName = /(?:^|\s)(?:\p{L}\.)+\s*\((\p{Lu}[\p{L}'’-]+)\)/u.exec(fullName);
  if (callName && !isHonorific(callName[1]!)) return callName[1]!;
  const cleaned = fullName
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, ' ')
    .replace(/[,(].*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = cleaned.split(' ');
  const start = tokens.findIndex((token) => !isHonorific(token));
  const first = tokens[start];
  if (first === undefined) return cleaned;
  // Initials such as "J." or "J.P." are no name to greet by: then greet by the whole name.
  if (/^(\p{L}\.)+\p{L}?\.?$/u.test(first) || /^\p{L}$/u.test(first) || !/\p{L}/u.test(first)) {
    return tokens.slice(start).join(' ');
  }
  return capitaliseIfShouting(first);
}

function capitaliseIfShouting(name: string): string {
  if (name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase()) {
    return name.charAt(0) + name.slice(1).toLowerCase();
  }
  return name;
}
