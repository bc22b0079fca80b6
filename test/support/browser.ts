import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); never a downloaded browser. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or undefined when they can. On CI (`CI` set) a missing
 * Chromium is a failure, never a skip: .ci/run installs it.
 */
export function chromiumUnavailable(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  return `${chromiumPath} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests`;
}

/**
 * Headless Chromium with the flags this machine's closed network needs (no background
 * networking, no component updates, no sync). Playwright gives every launch a fresh, empty
 * profile (--user-data-dir) of its own and removes it on close.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
