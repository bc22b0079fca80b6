import type { UserLanguage } from '../../core/i18n/languages.js';
import type { PhotoFacts } from '../../core/profile/judge-photo.js';
import { auditProfile } from '../../core/profile/audit-profile.js';
import type { Store } from '../../store/store.js';
import { loadOwnProfileFacts } from '../../use-cases/own-profile.js';
import { readBodyWithLimit } from '../receive-upload.js';
import type { RegisterRoutes } from '../route-deps.js';

async function auditOwnProfile(store: Store, language: UserLanguage, photo?: PhotoFacts) {
  const stored = await loadOwnProfileFacts(store);
  const facts = { ...stored, ...(photo ? { hasPhoto: true } : {}) };
  if (!stored && !photo) return { facts: null, audit: null };
  return { facts, audit: auditProfile({ facts, language, ...(photo ? { photo } : {}) }) };
}

/** The user's own profile: the audit of the imported profile, and a photo check with face boxes. */
export const registerProfileRoutes: RegisterRoutes = (api, deps) => {
  api.get('/profile', async (c) =>
    c.json(await auditOwnProfile(c.get('scope').store, c.get('language'))),
  );

  /** The photo as the raw body (image/jpeg or image/png); it is analysed in memory, never stored. */
  api.post('/profile/photo', async (c) => {
    const bytes = await readBodyWithLimit(c.req.raw, 'photo', deps.limits.photoBytes);
    const analysis = await deps.analyzePhoto(bytes);
    const { timingsMs: _timings, ...photo } = analysis;
    return c.json({
      photo,
      ...(await auditOwnProfile(c.get('scope').store, c.get('language'), analysis)),
    });
  });
};
