import type { UserLanguage } from '../core/i18n/languages.js';
import type { InviterFactsChange } from '../core/invitation/inviter-facts.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import type { Store } from '../store/store.js';
import type { InboxEntry } from '../use-cases/inbox.js';
import { loadInbox, retriageEntry } from '../use-cases/inbox.js';
import type { InvitationStatus } from '../use-cases/network-todo.js';

interface Cached {
  /** The language the reasons and replies were written in (the settings' at load time). */
  language: UserLanguage;
  entries: InboxEntry[];
  byId: Map<string, number>;
}

/**
 * Triaged inboxes kept between requests: 10,000 invitations take about half a second to triage,
 * the list of them a few milliseconds to read from here. One per database and owner. The
 * verdicts do not depend on the UI language, so the list is shared by both; one invitation's
 * texts in the other language are re-triaged on demand (microseconds). An import or a settings
 * change drops the owner's inbox; a recorded fact or mark re-triages just that invitation.
 */
export class InboxCache {
  private readonly inboxes = new Map<string, Promise<Cached>>();

  constructor(private readonly scorer: LanguageScorer | undefined) {}

  private static key(store: Store): string {
    return `${store.location}\u0000${store.ownerId}`;
  }

  private context(store: Store, settings: UserSettings, language: UserLanguage) {
    return {
      store,
      settings: { ...settings, language },
      ...(this.scorer ? { scorer: this.scorer } : {}),
    };
  }

  /** Every entry, its texts in whatever language they were triaged in: for lists and counts. */
  async entries(store: Store, settings: UserSettings): Promise<InboxEntry[]> {
    return (await this.load(store, settings)).entries;
  }

  /** One entry with its reasons and reply in `language`. */
  async entry(
    store: Store,
    settings: UserSettings,
    language: UserLanguage,
    id: string,
  ): Promise<InboxEntry | undefined> {
    const cached = await this.load(store, settings);
    const index = cached.byId.get(id);
    const entry = index === undefined ? undefined : cached.entries[index];
    if (!entry || cached.language === language) return entry;
    return retriageEntry(this.context(store, settings, language), entry, {});
  }

  /** Re-triages one invitation after its facts or mark changed. */
  async update(
    store: Store,
    settings: UserSettings,
    id: string,
    change: { facts?: InviterFactsChange; status?: InvitationStatus },
  ): Promise<void> {
    const promise = this.inboxes.get(InboxCache.key(store));
    if (!promise) return;
    const cached = await promise;
    const index = cached.byId.get(id);
    const entry = index === undefined ? undefined : cached.entries[index];
    if (index === undefined || !entry) return;
    cached.entries[index] = retriageEntry(
      this.context(store, settings, cached.language),
      entry,
      change,
    );
  }

  /** Forgets the owner's inbox (after an import, a sync or a settings change), or every inbox. */
  invalidate(store?: Store): void {
    if (store) this.inboxes.delete(InboxCache.key(store));
    else this.inboxes.clear();
  }

  private load(store: Store, settings: UserSettings): Promise<Cached> {
    const key = InboxCache.key(store);
    let promise = this.inboxes.get(key);
    if (!promise) {
      const language = settings.language;
      promise = loadInbox(this.context(store, settings, language)).then((entries) => ({
        language,
        entries,
        byId: new Map(entries.map((entry, index) => [entry.id, index])),
      }));
      // A failed load must not stay cached.
      promise.catch(() => {
        if (this.inboxes.get(key) === promise) this.inboxes.delete(key);
      });
      this.inboxes.set(key, promise);
    }
    return promise;
  }
}
