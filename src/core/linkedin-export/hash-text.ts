/**
 * A 64-bit, non-cryptographic text hash, pure and fast enough for a million messages. It keys
 * rows that have no id in the export (messages, comments); collisions matter only among rows
 * that already share conversation, date and sender, so 64 bits are ample.
 */
export interface Hash64 {
  high: number;
  low: number;
}

export function hashText64(text: string): Hash64 {
  return hashTexts64([text]);
}

/**
 * The hash of several texts as if joined by U+0001, without building the joined string (a
 * message's content is most of the bytes of an import).
 */
export function hashTexts64(texts: readonly string[]): Hash64 {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let part = 0; part < texts.length; part += 1) {
    if (part > 0) {
      h1 = Math.imul(h1 ^ 1, 2654435761);
      h2 = Math.imul(h2 ^ 1, 1597334677);
    }
    const text = texts[part] as string;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return { high: h2 >>> 0, low: h1 >>> 0 };
}

/** The hash as 16 lower-case hex digits. */
export function hashTextHex(text: string): string {
  const { high, low } = hashText64(text);
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
