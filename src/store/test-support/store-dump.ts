import type { Store } from '../store.js';

/**
 * Everything the store holds for its owner, read through the port, in a stable order: two
 * dumps are equal exactly when the stored data is (used for "exactly as before" checks and to
 * compare SQLite with PostgreSQL).
 */
export async function dumpStore(store: Store): Promise<string> {
  const byJson = <T>(items: T[]): T[] =>
    items
      .map((item) => [JSON.stringify(item), item] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
  const stats = await store.getStats();
  const dump = {
    // How many imports ran is bookkeeping, not data: a re-import adds one.
    stats: { ...stats, lastImportAt: null, imports: 0 },
    connections: byJson(await store.listConnections()),
    invitations: byJson(await store.listInvitations()),
    messages: byJson(await store.listMessages({ includeDrafts: true })),
    activity: byJson(await store.listActivity()),
    messageActivity: byJson(await store.listMessageActivity()),
    profile: await store.getOwnProfile(),
    endorsements: byJson(await store.listEndorsements()),
    recommendations: byJson(await store.listRecommendations()),
    notes: byJson(await store.listNotes()),
    companyFollows: byJson(await store.listCompanyFollows()),
    owner: [...(await store.getOwnerIdentity()).keys].sort(),
  };
  // Sort the profile's lists too: ORDER BY on text differs between collations.
  dump.profile = {
    ...dump.profile,
    positions: byJson(dump.profile.positions),
    education: byJson(dump.profile.education),
    skills: [...dump.profile.skills].sort(),
  };
  return JSON.stringify(dump);
}
