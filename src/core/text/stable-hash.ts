/** FNV-1a, 32 bits: a stable, dependency-free way to pick "randomly" but reproducibly. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One of the options, chosen by the seed text: the same seed always gives the same choice. */
export function pickBySeed<T>(options: readonly T[], seed: string): T {
  if (options.length === 0) throw new RangeError('pickBySeed needs at least one option');
  return options[stableHash(seed) % options.length] as T;
}
