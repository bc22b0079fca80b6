import v8 from 'node:v8';

let tuned = false;

/**
 * Stops V8 from pretenuring: an import keeps each batch of records alive while it is written,
 * so V8 learns that those objects "survive" and starts allocating them in the old generation,
 * where they die unread and grow the heap by a hundred megabytes or more (measured:
 * docs/performance.md). Without it the heap stays near its live size (~40 MB) and the import
 * runs faster. Process-wide and harmless for other work: it only changes where new objects go.
 */
export function tuneV8ForImport(): void {
  if (tuned) return;
  tuned = true;
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
