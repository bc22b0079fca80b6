/**
 * What netwerk accepts from a ZIP before calling it a zip bomb (docs/decisions/0013). Real
 * LinkedIn exports compress CSV text 3 to 15 times and stay far below a gigabyte.
 */
export interface ZipLimits {
  /** An entry may inflate past this many bytes only while its ratio stays under maxRatio. */
  ratioCheckAfterBytes: number;
  /** Inflated size over compressed size, checked once an entry is past ratioCheckAfterBytes. */
  maxRatio: number;
  /** All entries together. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const defaultZipLimits: ZipLimits = {
  ratioCheckAfterBytes: 50 * 1024 * 1024,
  maxRatio: 100,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxEntries: 20_000,
};

/** Why an entry breaks the limits: a code and the sizes, put into words by describeError. */
export type ZipLimitBreach =
  | { problem: 'ratio'; maxRatio: number; bytes: number; compressedBytes: number }
  | { problem: 'total'; limitBytes: number };

/** Why an entry of this (declared or counted) size breaks the limits, or undefined. */
export function zipLimitBreach(
  limits: ZipLimits,
  entryBytes: number,
  compressedBytes: number,
  totalBytes: number,
): ZipLimitBreach | undefined {
  if (
    entryBytes > limits.ratioCheckAfterBytes &&
    entryBytes > limits.maxRatio * Math.max(compressedBytes, 1)
  ) {
    return { problem: 'ratio', maxRatio: limits.maxRatio, bytes: entryBytes, compressedBytes };
  }
  if (totalBytes > limits.maxTotalBytes) {
    return { problem: 'total', limitBytes: limits.maxTotalBytes };
  }
  return undefined;
}
