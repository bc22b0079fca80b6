import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { defaultUserSettings } from '../../src/core/settings/user-settings.js';
import { tempDirectory } from '../../src/import/test-support/temp-directory.js';
import { writeZip } from '../../src/import/test-support/write-zip.js';
import { memorySettings } from '../../src/server/config-file-settings.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { chromiumUnavailable, launchChromium } from '../support/browser.js';
import type { WebServer } from '../support/web-server.js';
import { buildWebApp, startWebServer } from '../support/web-server.js';
import { watchPage } from './page-checks.js';

const missing = chromiumUnavailable();
// On CI a missing Chromium fails the suite (.ci/run installs it); elsewhere it skips, saying why.
const skip = missing && !process.env.CI ? `skipped: ${missing}` : false;

describe("the web app's import summary in the language of its switch", { skip }, () => {
  let browser: Browser;
  let page: Page;
  let server: WebServer;
  let store: Store;
  let zip: string;

  before(async () => {
    if (missing) throw new Error(`CI is set but ${missing}`);
    const dir = tempDirectory('e2e-import-problems');
    const staticDir = join(dir, 'web');
    zip = join(dir, 'Basic_LinkedInDataExport_11-26-2026.zip');
    await writeZip(zip, [
      {
        name: 'Invitations.csv',
        content:
          'From,To,Sent At,Message,Direction\nEva Smit,Karin Visser,"3/4/25, 9:07 AM",,SIDEWAYS\nPiet,Karin,yesterday,,INCOMING\nJan,Karin,"3/4/25, 9:08 AM",,INCOMING\nLies,"Karin,3/4/25,,INCOMING\n',
      },
      { name: 'messages.csv', content: 'Vorname,Nachname\nJan,Smit\n' },
    ]);
    [store] = await Promise.all([openStore(join(dir, 'netwerk.db')), buildWebApp(staticDir)]);
    server = await startWebServer({
      store,
      settings: memorySettings(defaultUserSettings),
      staticDir,
      now: new Date('2026-11-26T10:00:00Z'),
      warmUp: false,
    });
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
    await watchPage(page);
    await page.goto(server.url);
    await page.locator('h1').first().waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('says why rows and files were skipped in English, then all in Dutch after the switch', async () => {
    await page.goto(`${server.origin}/import`);
    await page.locator('input[type=file]').setInputFiles(zip);
    await page.getByRole('heading', { name: /^Imported / }).waitFor({ timeout: 30_000 });
    const problems = page.locator('.import-summary .problems');
    const english = (await problems.textContent()) ?? '';
    assert.match(
      english,
      /Invitations\.csv line 2 skipped: 'Direction' is "SIDEWAYS", expected INCOMING or OUTGOING\. The rest was imported\./u,
    );
    assert.match(english, /Invitations\.csv line 3 skipped: 'Sent At' is not a date: "yesterday"/u);
    assert.match(
      english,
      /Invitations\.csv line 5 skipped: not a valid CSV row \(a quote opened on this line is never closed\)/u,
    );

    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { name: /geïmporteerd$/ }).waitFor();
    const dutch = (await problems.textContent()) ?? '';
    assert.match(
      dutch,
      /Invitations\.csv regel 2 overgeslagen: 'Direction' is "SIDEWAYS", verwacht INCOMING of OUTGOING\. De rest is geïmporteerd\./u,
    );
    assert.match(
      dutch,
      /Invitations\.csv regel 3 overgeslagen: 'Sent At' is geen datum: "yesterday" \(verwacht zoals 3\/4\/25, 9:07 AM\)/u,
    );
    assert.match(
      dutch,
      /Invitations\.csv regel 5 overgeslagen: geen geldige CSV-regel \(een aanhalingsteken dat op deze regel opent, wordt nooit gesloten\)/u,
    );
    assert.match(dutch, /messages\.csv overgeslagen: geen kopregel met 'CONVERSATION ID'/u);
    assert.doesNotMatch(
      dutch,
      /\b(?:skipped|not a date|expected|or OUTGOING|quote|never closed|header row|The rest)\b/u,
    );
  });
});
