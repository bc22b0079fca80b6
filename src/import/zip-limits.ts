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

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Why an entry of this (declared or counted) size breaks the limits, or undefined. */
export function zipLimitBreach(
  limits: ZipLimits,
  entryBytes: number,
  compressedBytes: number,
  totalBytes: number,
): string | undefined {
  if (
    entryBytes > limits.ratioCheckAfterBytes &&
    entryBytes > limits.maxRatio * Math.max(compressedBytes, 1)
  ) {
    return `more than ${limits.maxRatio} times its compressed size (${formatBytes(entryBytes)} from ${formatBytes(compressedBytes)})`;
  }
  if (totalBytes > limits.maxTotalBytes) {
    return `more than ${formatBytes(limits.maxTotalBytes)} in all`;
  }
  return undefined;
}
