import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultUserSettings } from '../../src/core/settings/user-settings.js';
import { generateExport, writeExportZip } from '../../src/import/test-support/generate-export.js';
import { tempDirectory } from '../../src/import/test-support/temp-directory.js';
import { memorySettings } from '../../src/server/config-file-settings.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { chromiumUnavailable, launchChromium } from '../support/browser.js';
import { hostileStrings, writeHostileExportZip } from '../support/export-zips.js';
import { repositoryRoot } from '../support/spawn-netwerk.js';
import type { WebServer } from '../support/web-server.js';
import { buildWebApp, startWebServer } from '../support/web-server.js';
import { checkAccessibility, expectNoCspViolations, watchPage } from './page-checks.js';

/** Screenshots of every page, for people to look at (test-output/ is not committed). */
export const screenshotDir = join(repositoryRoot, 'test-output', 'screenshots');
/** `NETWERK_UPDATE_SCREENSHOTS=1 npm test -- test/e2e` refreshes the README's screenshot. */
const readmeScreenshotDir = join(repositoryRoot, 'docs', 'screenshots');
const now = new Date('2025-06-27T10:00:00Z');
const missing = chromiumUnavailable();
// On CI a missing Chromium fails the suite (.ci/run installs it); elsewhere it skips, saying why.
const skip = missing && !process.env.CI ? `skipped: ${missing}` : false;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: WebServer;
let store: Store;
let zip: string;

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

async function open(path: string): Promise<void> {
  await page.goto(`${server.origin}${path}`);
  await page.locator('h1').first().waitFor();
}

describe('the web app in headless Chromium', { skip }, () => {
  before(async () => {
    if (missing) throw new Error(`CI is set but ${missing}`);
    const dir = tempDirectory('e2e');
    const staticDir = join(dir, 'web');
    const generated = generateExport({
      era: '2026-04',
      connections: 300,
      invitations: 60,
      messages: 400,
      conversations: 40,
    });
    [zip, store] = await Promise.all([
      writeExportZip(join(dir, 'export'), generated),
      openStore(join(dir, 'netwerk.db')),
      buildWebApp(staticDir),
    ]).then(([path, opened]) => [path, opened] as const);
    server = await startWebServer({
      store,
      settings: memorySettings({
        ...defaultUserSettings,
        name: 'Robert Vos',
        signature: 'Mvg Robert',
        timeZone: 'Europe/Amsterdam',
      }),
      staticDir,
      now,
    });
    mkdirSync(screenshotDir, { recursive: true });
    console.log(`# screenshots: ${screenshotDir}`);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
    });
    page = await context.newPage();
    await watchPage(page);
    await page.goto(server.url);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('drops the token from the address and keeps it as a cookie', async () => {
    assert.equal(new URL(page.url()).search, '');
    const cookies = await context.cookies(server.origin);
    const session = cookies.find((cookie) => cookie.name === 'netwerk_session');
    assert.ok(session?.httpOnly);
    assert.equal(session?.sameSite, 'Strict');
  });

  it('tells a browser without the token how to get in', async () => {
    const stranger = await browser.newContext();
    try {
      const other = await stranger.newPage();
      await other.goto(server.origin);
      await other.getByRole('heading', { name: 'Open netwerk from its own link' }).waitFor();
      const wrong = await other.goto(`${server.origin}/?token=guessed`);
      assert.equal(new URL(wrong?.url() ?? '').search, '');
      await other.getByRole('heading', { name: 'Open netwerk from its own link' }).waitFor();
    } finally {
      await stranger.close();
    }
  });

  it('imports an export ZIP dropped on the page, with progress and a summary', async () => {
    await open('/import');
    const bytes = readFileSync(zip).toString('base64');
    const name = zip.split('/').pop()!;
    const dataTransfer = await page.evaluateHandle(
      ({ bytes, name }) => {
        const binary = Uint8Array.from(atob(bytes), (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([binary], name, { type: 'application/zip' }));
        return transfer;
      },
      { bytes, name },
    );
    await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
    await page.getByRole('heading', { name: `Imported ${name}` }).waitFor({ timeout: 30_000 });
    const table = page.locator('.import-summary table');
    assert.match((await table.textContent()) ?? '', /Connections\.csv/);
    assert.match(
      (await page.locator('.import-summary').textContent()) ?? '',
      /Not imported \(files netwerk does not use\)/,
    );
    await shoot('import');
    await checkAccessibility(page, 'import');
  });

  it('triages the inbox with the keyboard', async () => {
    await open('/');
    const list = page.getByRole('listbox', { name: 'Invitations' });
    await list.waitFor();
    const options = list.getByRole('option');
    const firstName = (await options.nth(0).locator('.row-name').textContent()) ?? '';
    const secondName = (await options.nth(1).locator('.row-name').textContent()) ?? '';
    const pendingBefore = await pendingCount();
    await shoot('inbox');
    await checkAccessibility(page, 'inbox');

    await page.locator('h1').click();
    await page.keyboard.press('j');
    await page.getByRole('heading', { level: 2, name: secondName }).waitFor();
    await page.keyboard.press('k');
    await page.getByRole('heading', { level: 2, name: firstName }).waitFor();
    await page.keyboard.press('a');
    await page
      .getByRole('status')
      .filter({ hasText: `${firstName}: accepted.` })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: secondName }).waitFor();
    await page.keyboard.press('i');
    await page
      .getByRole('status')
      .filter({ hasText: `${secondName}: ignored.` })
      .waitFor();
    assert.equal(await pendingCount(), pendingBefore - 2);

    await page.getByRole('radio', { name: /^Handled/ }).check();
    assert.equal(
      await page.getByRole('listbox', { name: 'Invitations' }).getByRole('option').count(),
      2,
    );
    await page.getByRole('radio', { name: /^Caution/ }).check();
    await page.locator('article.detail mark').first().waitFor();
    await shoot('inbox-caution');
    // The README's screenshot, from this generated export (never real data).
    if (process.env.NETWERK_UPDATE_SCREENSHOTS) {
      mkdirSync(readmeScreenshotDir, { recursive: true });
      copyFileSync(
        join(screenshotDir, 'inbox-caution.png'),
        join(readmeScreenshotDir, 'inbox.png'),
      );
    }
    await page.getByRole('radio', { name: /^All pending/ }).check();
  });

  it('updates the verdict as the inviter’s profile facts are typed, and copies the reply with c', async () => {
    await page.getByRole('radio', { name: /^Review/ }).check();
    const detail = page.locator('article.detail');
    await detail.getByRole('radio', { name: 'yes' }).check();
    await detail.getByLabel('Headline').fill('Freelance copywriter for B2B tech');
    await detail
      .getByLabel('Summary (About)')
      .fill(
        'I write websites, case studies and white papers for software companies that sell to engineers.',
      );
    // Still typing (the field has focus): the verdict is the browser's live one.
    await detail.locator('.badge').filter({ hasText: 'Accept' }).waitFor();
    assert.ok(await detail.getByText('Live verdict while you type').isVisible());
    const reply = (await detail.getByTestId('reply').textContent()) ?? '';
    assert.match(reply, /Mvg Robert/);
    await page.locator('h1').click();
    await detail.getByText('Saved.').waitFor();
    // Saved: the server's verdict (with the full language detector) replaces the live one.
    await detail.getByText('Live verdict while you type').waitFor({ state: 'hidden' });
    assert.equal(await detail.locator('.badge').first().textContent(), '✓ Accept');
    await page.keyboard.press('c');
    await page.getByRole('status').filter({ hasText: 'Reply copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied.trim().length > 0, true);
    await shoot('inbox-detail');
  });

  it('forgets recorded facts again with the keyboard: back to not looked yet', async () => {
    // The invitation of the test before, its photo, headline and summary recorded.
    const detail = page.locator('article.detail');
    const name = (await detail.getByRole('heading', { level: 2 }).textContent()) ?? '';
    const photoYes = detail.getByRole('radio', { name: 'yes' });
    assert.equal(await photoYes.isChecked(), true);
    await photoYes.focus();
    await page.keyboard.press('ArrowLeft'); // yes → not looked yet
    await detail.getByRole('radio', { name: 'not looked yet' }).waitFor();
    assert.equal(await detail.getByRole('radio', { name: 'not looked yet' }).isChecked(), true);
    for (const label of ['Headline', 'Summary (About)']) {
      const field = detail
        .locator('.field')
        .filter({ has: page.getByLabel(label, { exact: true }) });
      await field.getByRole('button', { name: 'Back to not looked yet' }).focus();
      await page.keyboard.press('Enter');
      await field.getByRole('button').waitFor({ state: 'detached' });
      assert.equal(await field.getByLabel(label, { exact: true }).inputValue(), '');
      assert.equal(
        await field.getByLabel(label, { exact: true }).getAttribute('placeholder'),
        'not looked yet',
      );
    }
    await detail.locator('.badge').filter({ hasText: 'Review' }).waitFor();
    // Stored as unknown, not as "none": nothing left of the facts.
    await waitUntil(async () => {
      const facts = [...(await store.listInviterFacts()).values()];
      return !facts.some((fact) => fact.headline === 'Freelance copywriter for B2B tech');
    });
    // Still unknown after a reload, with the page's own server verdict.
    await page.reload();
    await page.getByRole('radio', { name: /^All pending/ }).check();
    await page.getByRole('option').filter({ hasText: name }).click();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    assert.equal(await detail.getByRole('radio', { name: 'not looked yet' }).isChecked(), true);
    assert.equal(await detail.getByLabel('Headline', { exact: true }).inputValue(), '');
    assert.equal(await detail.getByRole('button', { name: 'Back to not looked yet' }).count(), 0);
  });

  it('undoes a mark right after it, and unmarks a handled invitation', async () => {
    await open('/');
    const options = page.getByRole('listbox', { name: 'Invitations' }).getByRole('option');
    await options.first().waitFor();
    const name = (await options.nth(0).locator('.row-name').textContent()) ?? '';
    const pendingBefore = await pendingCount();
    await page.locator('h1').click();
    await page.keyboard.press('i');
    const undoBar = page.getByTestId('undo-bar');
    await undoBar.filter({ hasText: `${name}: ignored.` }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${name}: ignored. Press u to undo.` })
      .waitFor();
    assert.equal(await pendingCount(), pendingBefore - 1);
    await checkAccessibility(page, 'inbox with undo');

    // u puts it back: pending again, and shown again.
    await page.keyboard.press('u');
    await page
      .getByRole('status')
      .filter({ hasText: `Undone: ${name} is pending again.` })
      .waitFor();
    await undoBar.waitFor({ state: 'detached' });
    assert.equal(await pendingCount(), pendingBefore);
    await page.getByRole('heading', { level: 2, name }).waitFor();

    // The Undo button, by keyboard: the focus stays on the page.
    await page.keyboard.press('r');
    await undoBar.filter({ hasText: `${name}: reported.` }).waitFor();
    await undoBar.getByRole('button', { name: /^Undo/ }).focus();
    await page.keyboard.press('Enter');
    await undoBar.waitFor({ state: 'detached' });
    assert.equal(await pendingCount(), pendingBefore);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');

    // Marked and left: the Handled list has it, and takes it back to pending.
    await page.keyboard.press('a');
    await undoBar.filter({ hasText: `${name}: accepted.` }).waitFor();
    await page.getByRole('radio', { name: /^Handled/ }).check();
    await options.filter({ hasText: name }).click();
    const detail = page.locator('article.detail');
    await detail.getByRole('heading', { level: 2, name }).waitFor();
    await detail.getByRole('button', { name: 'Accepted' }).waitFor();
    assert.equal(
      await detail.getByRole('button', { name: /^Accepted/ }).getAttribute('aria-pressed'),
      'true',
    );
    await detail.getByRole('button', { name: 'Back to pending' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${name}: back to pending.` })
      .waitFor();
    await detail.getByRole('button', { name: 'Back to pending' }).waitFor({ state: 'detached' });
    assert.equal(await pendingCount(), pendingBefore);
    await shoot('inbox-undo');
    // Stored as unmarked, not as some mark.
    const marks = await store.listInvitationMarks();
    const keys = (await store.listInvitations({ direction: 'incoming' }))
      .filter((invitation) => invitation.otherName === name)
      .map((invitation) => invitation.otherPersonKey);
    assert.ok(keys.length > 0);
    assert.ok(keys.every((key) => !marks.has(key)));
    await page.getByRole('radio', { name: /^All pending/ }).check();
    await options.filter({ hasText: name }).first().waitFor();
  });

  it('counts a note’s characters as it is typed and offers a fix within the limit', async () => {
    await open('/compose');
    await page.getByLabel('To (their name)').fill('Karin de Vries');
    await page
      .getByLabel('What you share (event, article, contact…)')
      .fill('your talk on night shifts at the HR Tech Forum in Rotterdam');
    await page.getByRole('button', { name: 'Edit this draft' }).first().click();
    const counter = page.getByTestId('note-counter');
    const before = (await counter.textContent()) ?? '';
    assert.match(before, /^\d+ \/ 300 characters$/);
    const editor = page.getByLabel('Your note');
    await editor.press('End');
    await editor.pressSequentially(
      ' I would also love to hear how your team plans weekends.'.repeat(3),
    );
    await counter.filter({ hasText: /over the limit/ }).waitFor();
    await page.getByTestId('lint-findings').filter({ hasText: /300/ }).waitFor();
    await shoot('compose');
    await checkAccessibility(page, 'compose');
    await page.getByRole('button', { name: 'Use the suggestion' }).click();
    assert.doesNotMatch((await counter.textContent()) ?? '', /over the limit/);
  });

  it('checks a photo and draws the face it finds', async () => {
    await open('/profile');
    const photo = join(repositoryRoot, 'test/fixtures/photos/astronaut.jpg');
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.locator('[data-testid=face-overlay] rect').first().waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('[data-testid=face-overlay] rect').count(), 1);
    assert.match((await page.locator('figcaption').textContent()) ?? '', /^1 face\(s\) found/);
    await shoot('profile');
    await checkAccessibility(page, 'profile');
  });

  it('draws the network charts and lists', async () => {
    await open('/network');
    await page.locator('.chart svg').first().waitFor();
    assert.equal(await page.locator('.chart svg').count(), 5);
    await page.getByRole('heading', { name: 'This week’s plan · Week 2025-W26' }).waitFor();
    await shoot('network');
    await checkAccessibility(page, 'network');
  });

  it('saves the settings', async () => {
    await open('/settings');
    await page.getByLabel('Companies or organisations').fill('Isala, Bunq');
    await page.getByRole('radio', { name: /^Free/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await shoot('settings');
    await checkAccessibility(page, 'settings');
    await open('/compose');
    await page.getByLabel('Your note').fill('Hoi');
    assert.match((await page.getByTestId('note-counter').textContent()) ?? '', /\/ 200/);
  });

  it('switches to Dutch, and keeps Dutch after a reload', async () => {
    await open('/');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('link', { name: 'Schrijven' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.getByText('Toetsen: j en k').waitFor();
    await page.locator('article.detail h3').first().waitFor();
    assert.equal(await page.locator('article.detail h3').first().textContent(), 'Hun notitie');
    await shoot('inbox-nl');
    await checkAccessibility(page, 'inbox (nl)');
    await page.getByLabel('Taal').selectOption('en');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/', '/network']) {
      await open(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px at phone width`);
    }
    await open('/');
    await shoot('inbox-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows hostile names, notes and links as text in every view', async () => {
    await open('/import');
    await page.locator('input[type=file]').setInputFiles(await writeHostileExportZip());
    await page.getByRole('heading', { name: /^Imported / }).waitFor({ timeout: 30_000 });
    for (const path of ['/', '/network', '/compose', '/profile', '/import', '/settings']) {
      await open(path);
      await page.waitForLoadState('networkidle');
      if (path === '/') {
        await page.getByRole('radio', { name: /^Caution/ }).check();
        await page.getByTestId('invitation-note').first().waitFor();
        const note = (await page.getByTestId('invitation-note').first().textContent()) ?? '';
        assert.ok(note.includes(hostileStrings.img) || note.includes(hostileStrings.svg), note);
        // The name in the undo bar is text too.
        await page.locator('h1').click();
        await page.keyboard.press('i');
        await page.getByTestId('undo-bar').waitFor();
      }
      const planted = await page.evaluate(() => ({
        xss: (window as unknown as { __netwerkXss?: number }).__netwerkXss,
        images: document.querySelectorAll('img[src="x"]').length,
        svgs: document.querySelectorAll('svg[onload]').length,
        scripts: [...document.scripts].filter((s) => s.textContent?.includes('__netwerkXss'))
          .length,
        javascriptLinks: [...document.querySelectorAll('a')].filter((a) =>
          a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:'),
        ).length,
      }));
      assert.deepEqual(
        planted,
        { xss: undefined, images: 0, svgs: 0, scripts: 0, javascriptLinks: 0 },
        path,
      );
    }
    await expectNoCspViolations(page);
  });
});

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the condition did not hold within 5 s');
}

async function pendingCount(): Promise<number> {
  const label =
    (await page
      .getByRole('radio', { name: /^All pending/ })
      .locator('..')
      .textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(label)?.[1] ?? Number.NaN);
}
