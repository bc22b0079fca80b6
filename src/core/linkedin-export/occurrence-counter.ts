import type { Hash64 } from './hash-text.js';

/**
 * Counts how often each 64-bit key was seen before, so identical rows (a message sent twice in
 * the same second) get occurrence 0, 1, 2... and keep the same keys on every re-import.
 * An open-addressing table in typed arrays: 8 bytes per distinct key, a few megabytes for a
 * million messages, instead of a Map's hundred-plus bytes per entry. Repeats are rare, so
 * their counts live in a small Map.
 */
export class OccurrenceCounter {
  private highs: Uint32Array;
  private lows: Uint32Array;
  private used: Uint8Array;
  private size = 0;
  private readonly repeats = new Map<string, number>();

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity * 2) capacity *= 2;
    this.highs = new Uint32Array(capacity);
    this.lows = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  /** How many times the key was seen before this call (0 the first time), and records it. */
  next(key: Hash64): number {
    const slot = this.find(key.high, key.low);
    if (this.used[slot] === 0) {
      this.used[slot] = 1;
      this.highs[slot] = key.high;
      this.lows[slot] = key.low;
      this.size += 1;
      if (this.size * 2 > this.used.length) this.grow();
      return 0;
    }
    const id = `${key.high}:${key.low}`;
    const seen = (this.repeats.get(id) ?? 0) + 1;
    this.repeats.set(id, seen);
    return seen;
  }

  private find(high: number, low: number): number {
    const mask = this.used.length - 1;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    while (this.used[slot] === 1 && (this.highs[slot] !== high || this.lows[slot] !== low)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const { highs, lows, used } = this;
    this.highs = new Uint32Array(used.length * 2);
    this.lows = new Uint32Array(used.length * 2);
    this.used = new Uint8Array(used.length * 2);
    for (let slot = 0; slot < used.length; slot += 1) {
      if (used[slot] !== 1) continue;
      const high = highs[slot] ?? 0;
      const low = lows[slot] ?? 0;
      const target = this.find(high, low);
      this.used[target] = 1;
      this.highs[target] = high;
      this.lows[target] = low;
    }
  }
}
