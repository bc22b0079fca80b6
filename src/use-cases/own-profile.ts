import type { ProfileFacts } from '../core/profile/profile-facts.js';
import type { Store } from '../store/store.js';

/**
 * The user's own profile from the imported export, as the audit's lowest layer (issue 6):
 * Profile.csv headline, the About text (Profile Summary.csv, else Profile.csv Summary), the
 * current position (no end date; the latest start), the industry, and whether a profile photo was
 * ever uploaded (Rich_Media.csv). Undefined when nothing was imported yet.
 */
export async function loadOwnProfileFacts(store: Store): Promise<ProfileFacts | undefined> {
  const profile = await store.getOwnProfile();
  const hasAnything =
    profile.headline !== null ||
    profile.summary !== null ||
    profile.about !== null ||
    profile.positions.length > 0 ||
    profile.profilePhotoUploads.length > 0;
  if (!hasAnything) return undefined;
  const current = profile.positions
    .filter((position) => position.title && !position.finishedOn)
    .sort((a, b) => (b.startedOn ?? '').localeCompare(a.startedOn ?? ''))[0];
  const summary = profile.about?.trim() ? profile.about : profile.summary;
  return {
    ...(profile.headline !== null ? { headline: profile.headline } : {}),
    ...(summary !== null ? { summary } : {}),
    ...(current?.title
      ? {
          position: {
            title: current.title,
            ...(current.companyName ? { company: current.companyName } : {}),
          },
        }
      : {}),
    ...(profile.industry ? { industry: profile.industry } : {}),
    // The export holds no photo, only whether one was uploaded: a missing upload row is not proof
    // of no photo in older exports, so only an upload counts as a fact.
    ...(profile.profilePhotoUploads.length > 0 ? { hasPhoto: true } : {}),
  };
}
