import { api } from './client.js';

/** A prefetched answer is used only this soon after it was asked for, so it is never stale. */
const freshMs = 5000;
const waiting = new Map<string, { request: Promise<unknown>; at: number }>();

/**
 * Starts a request before the page that needs it has loaded its code (the network page's chart
 * library takes a moment to load): the two then overlap instead of queueing.
 */
export function prefetch(path: string): void {
  const request = api(path);
  request.catch(() => undefined);
  waiting.set(path, { request, at: Date.now() });
}

/** The prefetched response for `path` (once, while fresh), else a new request. */
export function takePrefetched<T>(path: string): Promise<T> {
  const found = waiting.get(path);
  waiting.delete(path);
  return found && Date.now() - found.at < freshMs ? (found.request as Promise<T>) : api<T>(path);
}
