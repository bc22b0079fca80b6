import type { Store } from '../store/store.js';

/**
 * Results kept per database and owner until the owner's data changes (an import, a settings
 * change): the network charts read 30,000 connections, which takes a quarter of a second.
 */
export class OwnerMemo<T> {
  private readonly results = new Map<string, Promise<T>>();

  private static prefix(store: Store): string {
    return `${store.location}\u0000${store.ownerId}\u0000`;
  }

  get(store: Store, key: string, load: () => Promise<T>): Promise<T> {
    const full = `${OwnerMemo.prefix(store)}${key}`;
    let result = this.results.get(full);
    if (!result) {
      result = load();
      const stored = result;
      stored.catch(() => {
        if (this.results.get(full) === stored) this.results.delete(full);
      });
      this.results.set(full, stored);
    }
    return result;
  }

  invalidate(store?: Store): void {
    if (!store) {
      this.results.clear();
      return;
    }
    const prefix = OwnerMemo.prefix(store);
    for (const key of [...this.results.keys()])
      if (key.startsWith(prefix)) this.results.delete(key);
  }
}
