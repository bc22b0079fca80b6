import type { UserLanguage } from '../core/i18n/languages.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import type { Store } from '../store/store.js';
import type { InboxEntry } from '../use-cases/inbox.js';
import { loadInbox, retriageEntry } from '../use-cases/inbox.js';
import type { InvitationStatus } from '../use-cases/network-todo.js';
import type { InviterFacts } from '../core/invitation/inviter-facts.js';

interface Cached {
  entries: InboxEntry[];
  byId: Map<string, number>;
}

/**
 * Triaged inboxes kept between requests: 10,000 invitations take about half a second to triage,
 * a page of them a millisecond to read from here. Keyed by database, owner and UI language (the
 * reasons are in that language); an import or a settings change drops the owner's entries, a
 * recorded fact or mark re-triages just that one invitation.
 */
export class InboxCache {
  private readonly inboxes = new Map<string, Promise<Cached>>();

  constructor(private readonly scorer: LanguageScorer | undefined) {}

  private static ownerKey(store: Store): string {
    return `${store.location}\u0000${store.ownerId}`;
  }

  private context(store: Store, settings: UserSettings, language: UserLanguage) {
    return {
      store,
      settings: { ...settings, language },
      ...(this.scorer ? { scorer: this.scorer } : {}),
    };
  }

  async entries(
    store: Store,
    settings: UserSettings,
    language: UserLanguage,
  ): Promise<InboxEntry[]> {
    return (await this.load(store, settings, language)).entries;
  }

  async entry(
    store: Store,
    settings: UserSettings,
    language: UserLanguage,
    id: string,
  ): Promise<InboxEntry | undefined> {
    const cached = await this.load(store, settings, language);
    const index = cached.byId.get(id);
    return index === undefined ? undefined : cached.entries[index];
  }

  /** Re-triages one invitation in every cached language after its facts or mark changed. */
  async update(
    store: Store,
    settings: UserSettings,
    id: string,
    change: { facts?: InviterFacts; status?: InvitationStatus },
  ): Promise<void> {
    const prefix = `${InboxCache.ownerKey(store)}\u0000`;
    for (const [key, promise] of this.inboxes) {
      if (!key.startsWith(prefix)) continue;
      const cached = await promise;
      const index = cached.byId.get(id);
      const entry = index === undefined ? undefined : cached.entries[index];
      if (index === undefined || !entry) continue;
      const language = key.slice(prefix.length) as UserLanguage;
      cached.entries[index] = retriageEntry(this.context(store, settings, language), entry, change);
    }
  }

  /** Forgets the owner's inboxes (after an import), or all (after a settings change). */
  invalidate(store?: Store): void {
    if (!store) {
      this.inboxes.clear();
      return;
    }
    const prefix = `${InboxCache.ownerKey(store)}\u0000`;
    for (const key of [...this.inboxes.keys()])
      if (key.startsWith(prefix)) this.inboxes.delete(key);
  }

  private load(store: Store, settings: UserSettings, language: UserLanguage): Promise<Cached> {
    const key = `${InboxCache.ownerKey(store)}\u0000${language}`;
    let promise = this.inboxes.get(key);
    if (!promise) {
      promise = loadInbox(this.context(store, settings, language)).then((entries) => ({
        entries,
        byId: new Map(entries.map((entry, index) => [entry.id, index])),
      }));
      // A failed load must not stay cached.
      promise.catch(() => this.inboxes.delete(key));
      this.inboxes.set(key, promise);
    }
    return promise;
  }
}
