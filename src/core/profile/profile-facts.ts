/**
 * What the profile audit knows about the user's own profile, from wherever it came: flags,
 * a --profile JSON file, or (later) the imported LinkedIn export. An absent field is unknown
 * (nobody told us); an empty string means the profile has none.
 *
 * Where each field comes from in the export (docs/formats.md, "Audit"):
 * - `headline`: Profile.csv `Headline`.
 * - `summary`: Profile Summary.csv (the About text) when it has one, else Profile.csv `Summary`.
 * - `position`: the current row of Positions.csv (empty `Finished On`; the latest `Started On`
 *   when there are several): `Title` and `Company Name`.
 * - `industry`: Profile.csv `Industry`.
 * - `hasPhoto`: Rich_Media.csv has a row "You uploaded a profile photo on ...". The export has
 *   no photo itself, so the photo is only judged when a file is given.
 */
export interface ProfileFacts {
  headline?: string;
  summary?: string;
  position?: CurrentPosition;
  industry?: string;
  hasPhoto?: boolean;
}

export interface CurrentPosition {
  title: string;
  company?: string;
}

/** Facts given later replace facts known earlier, field by field (flags over a file over the database). */
export function mergeProfileFacts(...layers: readonly ProfileFacts[]): ProfileFacts {
  const merged: ProfileFacts = {};
  for (const layer of layers) {
    if (layer.headline !== undefined) merged.headline = layer.headline;
    if (layer.summary !== undefined) merged.summary = layer.summary;
    if (layer.position !== undefined) merged.position = layer.position;
    if (layer.industry !== undefined) merged.industry = layer.industry;
    if (layer.hasPhoto !== undefined) merged.hasPhoto = layer.hasPhoto;
  }
  return merged;
}
