/**
 * People are keyed by their profile URL across export files (docs/formats.md, "Identity").
 * The same profile is written as `https://www.linkedin.com/in/Zo%C3%AB-Brandt/`,
 * `www.linkedin.com/in/zoë-brandt` (Endorsements, no scheme) or with a tracking query; all of
 * them normalise to `linkedin.com/in/zoë-brandt` (NFC, so a decomposed ë matches too).
 */
export function normalizeProfileUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let url = text.trim();
  if (url === '') return undefined;
  url = url.replace(/^[a-z][a-z0-9+.-]*:\/\//iu, '');
  url = url.replace(/[?#].*$/su, '');
  url = url.replace(/\/+$/u, '');
  url = decodePercent(url).normalize('NFC').toLowerCase();
  // `www.`, `nl.` and the mobile `m.` all serve the same profile.
  url = url.replace(/^(?:www\.|m\.|[a-z]{2}\.)(?=linkedin\.com\b)/u, '');
  // A host and at least two path segments (`/in/<slug>`): a bare `linkedin.com/in` names nobody.
  if (!/^[^\s/]+\.[^\s/]+(?:\/[^/]+){2,}$/u.test(url)) return undefined;
  return url;
}

/** Percent-decoding that leaves a malformed escape as it is instead of throwing. */
function decodePercent(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/giu, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * A name as a join key: Unicode-normalised, lower case, single spaces. Diacritics stay, so
 * "Zoë" and "Zoe" remain two people.
 */
export function normalizePersonName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** A person key: `u:` + normalised URL, else `n:` + normalised name, else undefined. */
export function personKeyFor(
  profileUrl: string | undefined,
  name: string | undefined,
): string | undefined {
  const url = normalizeProfileUrl(profileUrl);
  if (url !== undefined) return `u:${url}`;
  const normalizedName = normalizePersonName(name ?? '');
  return normalizedName === '' ? undefined : `n:${normalizedName}`;
}
