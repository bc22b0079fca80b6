import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../../src/auth/password-hash.js';
import { tempDirectory } from '../../src/import/test-support/temp-directory.js';
import type { RunningServer } from '../../src/server/start-server.js';
import { AccountStore } from '../../src/store/accounts.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openStore } from '../../src/store/open-store.js';
import * as samples from '../../src/core/linkedin-sync/test-support/documented-samples.js';
import { defaultUserSettings } from '../../src/core/settings/user-settings.js';
import { memorySettings } from '../../src/server/config-file-settings.js';
import { createApp, createAppCaches } from '../../src/server/create-app.js';
import { startLinkedInPolling } from '../../src/server/linkedin-polling.js';
import { startServer } from '../../src/server/start-server.js';
import type { TokenSource } from '../../src/sync/linkedin-token.js';
import type { FakeLinkedInApi } from '../../src/sync/test-support/fake-linkedin-api.js';
import { startFakeLinkedInApi } from '../../src/sync/test-support/fake-linkedin-api.js';
import { chromiumUnavailable, launchChromium } from '../support/browser.js';
import { writeKnownExportZip } from '../support/export-zips.js';
import { startMultiUserWebServer } from '../support/multi-user-web-server.js';
import { buildWebApp } from '../support/web-server.js';
import { repositoryRoot } from '../support/spawn-netwerk.js';
import { checkAccessibility, expectNoCspViolations, watchPage } from './page-checks.js';

/** Beside the single-user suite's screenshots (test-output/ is not committed). */
const screenshotDir = join(repositoryRoot, 'test-output', 'screenshots');

const now = new Date('2026-11-26T12:00:00Z');
const missing = chromiumUnavailable();
const skip = missing && !process.env.CI ? `skipped: ${missing}` : false;
const annPassword = 'ann-long-enough-password';
const bobPassword = 'bob-long-enough-password';

let browser: Browser;
let server: RunningServer;
let store: KyselyStore;
let staticDir: string;
const dir = tempDirectory('e2e-multi-user');

before(async () => {
  if (skip) return;
  if (missing) throw new Error(`CI is set but ${missing}`);
  staticDir = join(dir, 'web');
  await buildWebApp(staticDir);
  browser = await launchChromium();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => {
  await browser?.close();
});

async function signedOutPage(locale = 'en-GB'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  const page = await context.newPage();
  await watchPage(page);
  await page.goto(server.origin);
  return { context, page };
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the shared server in headless Chromium', { skip }, () => {
  before(async () => {
    store = await openStore(join(dir, 'netwerk.db'));
    const accounts = new AccountStore(store.database);
    await accounts.create('ann', await hashPassword(annPassword), now.toISOString());
    await accounts.create('bob', await hashPassword(bobPassword), now.toISOString());
    server = await startMultiUserWebServer({ store, staticDir, now });
  });
  after(async () => {
    await server?.close();
    await store?.close();
  });

  it('asks to sign in, says so when the password is wrong, and shows who is signed in', async () => {
    const { context, page } = await signedOutPage();
    try {
      await page.getByRole('heading', { name: 'Sign in to netwerk' }).waitFor();
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
      await checkAccessibility(page, 'the sign-in page');
      await page.screenshot({ path: join(screenshotDir, 'sign-in.png'), fullPage: true });
      await signIn(page, 'ann', 'not-the-password');
      await page.getByRole('alert').getByText('The user name or password is not right').waitFor();
      assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '');
      await signIn(page, 'ann', annPassword);
      await page.getByRole('heading', { name: 'Inbox' }).waitFor();
      await page.getByText('Signed in as ann').waitFor();
      const cookies = await context.cookies(server.origin);
      const session = cookies.find((cookie) => cookie.name.startsWith('netwerk_session_'));
      assert.ok(session?.httpOnly);
      assert.equal(session?.sameSite, 'Strict');
      assert.equal(session?.secure, false, 'plain HTTP on loopback');
      await expectNoCspViolations(page);
    } finally {
      await context.close();
    }
  });

  it('shows each user only their own import, and signs out when the session ends elsewhere', async () => {
    const annSide = await signedOutPage();
    const bobSide = await signedOutPage();
    try {
      await signIn(annSide.page, 'ann', annPassword);
      await annSide.page.getByRole('heading', { name: 'Inbox' }).waitFor();
      // Ann uploads an export through her browser's session (the cookie goes along).
      const upload = await annSide.context.request.post(`${server.origin}/api/import`, {
        data: await readFile(await writeKnownExportZip()),
        headers: { origin: server.origin, 'x-file-name': 'ann.zip' },
      });
      assert.equal(upload.status(), 202);
      const { job } = (await upload.json()) as { job: { id: string } };
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const state = (await (
          await annSide.context.request.get(`${server.origin}/api/import/jobs/${job.id}`)
        ).json()) as { job: { status: string } };
        if (state.job.status !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await annSide.page.reload();
      await annSide.page.getByRole('option', { name: /Peter Pending/u }).waitFor();

      await signIn(bobSide.page, 'bob', bobPassword);
      await bobSide.page.getByRole('heading', { name: 'Inbox' }).waitFor();
      await bobSide.page.getByText('Signed in as bob').waitFor();
      await bobSide.page
        .getByText(/Nothing imported yet|No pending invitations/u)
        .first()
        .waitFor();
      assert.equal(await bobSide.page.getByText('Peter Pending').count(), 0);
      const guessed = await bobSide.context.request.get(
        `${server.origin}/api/import/jobs/${job.id}`,
      );
      assert.equal(guessed.status(), 404);

      // Bob's session ends on the server (signed out in another tab): the next page asks again.
      await bobSide.context.request.post(`${server.origin}/api/auth/logout`, {
        headers: { origin: server.origin },
      });
      await bobSide.page.getByRole('link', { name: 'Network' }).click();
      await bobSide.page.getByRole('heading', { name: 'Sign in to netwerk' }).waitFor();
    } finally {
      await annSide.context.close();
      await bobSide.context.close();
    }
  });

  it('changes the password in Settings and signs out from the header', async () => {
    const { context, page } = await signedOutPage();
    try {
      await signIn(page, 'bob', bobPassword);
      await page.getByRole('heading', { name: 'Inbox' }).waitFor();
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Change your password' }).waitFor();
      await page.getByText('Kept with your account on this server').waitFor();
      await page.getByLabel('Current password').fill(bobPassword);
      await page.getByLabel(/^New password \(at least/u).fill('short');
      await page.getByLabel('New password again').fill('different');
      await page.getByRole('button', { name: 'Change password' }).click();
      // The browser's own check (minlength) or ours: either way nothing is sent or changed.
      await page.getByLabel(/^New password \(at least/u).fill('bobs-new-long-password');
      await page.getByLabel('New password again').fill('bobs-other-long-password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('alert').getByText('The two new passwords differ').waitFor();
      await page.getByLabel('Current password').fill('not-my-password');
      await page.getByLabel('New password again').fill('bobs-new-long-password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('alert').getByText('Your current password is not right').waitFor();
      await page.getByLabel('Current password').fill(bobPassword);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('status').getByText('Password changed').waitFor();
      await checkAccessibility(page, 'settings on the shared server');
      await page.screenshot({ path: join(screenshotDir, 'settings-shared.png'), fullPage: true });

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to netwerk' }).waitFor();
      assert.equal(
        (await context.cookies(server.origin)).some((cookie) =>
          cookie.name.startsWith('netwerk_session_'),
        ),
        false,
      );
      await signIn(page, 'bob', bobPassword);
      await page.getByRole('alert').waitFor();
      await signIn(page, 'bob', 'bobs-new-long-password');
      await page.getByText('Signed in as bob').waitFor();
    } finally {
      await context.close();
    }
  });

  it('speaks Dutch on the sign-in page, accessibly', async () => {
    const { context, page } = await signedOutPage('nl-NL');
    try {
      await page.getByRole('heading', { name: 'Meld je aan bij netwerk' }).waitFor();
      await page.getByLabel('Gebruikersnaam').fill('ann');
      await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page
        .getByRole('alert')
        .getByText('De gebruikersnaam of het wachtwoord klopt niet')
        .waitFor();
      await checkAccessibility(page, 'the Dutch sign-in page');
    } finally {
      await context.close();
    }
  });
});

describe('the LinkedIn sync status on the Settings page of netwerk serve', { skip }, () => {
  const linkedInToken = 'AQX-fake-token-0123456789abcdefghijklmnopqrstuvwxyz';
  let fake: FakeLinkedInApi;
  let local: RunningServer;
  let localStore: KyselyStore;
  let launchKey: string;
  let stopPolling: () => Promise<void>;

  before(async () => {
    fake = await startFakeLinkedInApi({ token: linkedInToken });
    localStore = await openStore(join(dir, 'local.db'));
    const tokenSource: TokenSource = {
      read: async () => ({ token: linkedInToken, origin: 'file' }),
    };
    const caches = createAppCaches();
    launchKey = 'e2e-launch-key-0123456789abcdef';
    local = await startServer(0, (allowedHosts) =>
      createApp({
        store: localStore,
        settings: memorySettings({ ...defaultUserSettings, timeZone: 'Europe/Amsterdam' }),
        token: launchKey,
        allowedHosts,
        staticDir,
        caches,
        sync: { tokenSource },
        clock: () => now,
      }),
    );
    // The first poll fails as an expired token does: the page must say so, and what to do.
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 401, body: samples.errorBody(401, 'Expired') },
    );
    const polled = new Promise<void>((resolve) => {
      stopPolling = startLinkedInPolling({
        store: localStore,
        tokenSource,
        caches,
        language: 'en',
        log: () => undefined,
        clock: () => now,
        api: { baseUrl: fake.baseUrl, sleep: async () => undefined },
        onResult: () => resolve(),
      });
    });
    await polled;
  });
  after(async () => {
    await stopPolling?.();
    await local?.close();
    await localStore?.close();
    await fake?.close();
  });

  it('shows that the last attempt failed and what to do, in English and Dutch, then the sync time', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    try {
      const page = await context.newPage();
      await watchPage(page);
      await page.goto(`${local.origin}/settings?token=${launchKey}`);
      await page.getByRole('heading', { name: 'LinkedIn sync' }).waitFor();
      await page.getByText('Linked to LinkedIn.').waitFor();
      await page.getByText('Not synced yet').waitFor();
      await page
        .getByText(/The last attempt \(.+\) failed: LinkedIn refuses the token .*netwerk link/u)
        .waitFor();
      assert.equal(await page.getByText('Change your password').count(), 0, 'no accounts here');
      await checkAccessibility(page, 'settings with the sync status');
      await page.screenshot({ path: join(screenshotDir, 'settings-sync.png'), fullPage: true });
      await page.getByRole('banner').getByLabel('Language').selectOption('nl');
      await page.getByRole('button', { name: 'Status opnieuw bekijken' }).click();
      await page
        .getByText(/De laatste poging \(.+\) mislukte: LinkedIn weigert het token/u)
        .waitFor();

      // The next poll succeeds (here started by hand): the time shows, the error is gone.
      await stopPolling();
      fake.setChangelog([]);
      await new Promise<void>((resolve) => {
        stopPolling = startLinkedInPolling({
          store: localStore,
          tokenSource: { read: async () => ({ token: linkedInToken, origin: 'file' }) },
          caches: createAppCaches(),
          language: 'nl',
          log: () => undefined,
          clock: () => now,
          api: { baseUrl: fake.baseUrl, sleep: async () => undefined },
          onResult: () => resolve(),
        });
      });
      await page.getByRole('button', { name: 'Status opnieuw bekijken' }).click();
      await page.getByText(/^Laatst gesynchroniseerd: .*2026/u).waitFor();
      assert.equal(await page.getByText('mislukte').count(), 0);
      assert.ok(!(await page.content()).includes(linkedInToken));
      await expectNoCspViolations(page);
    } finally {
      await context.close();
    }
  });
});
