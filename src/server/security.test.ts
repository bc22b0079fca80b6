import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestApp } from './test-support/test-app.js';
import { createTestApp, testHost, testOrigin, testToken } from './test-support/test-app.js';

let test: TestApp;
before(async () => {
  test = await createTestApp();
});
after(() => test.close());

const settingsBody = {
  name: 'Robert Vos',
  signature: 'Mvg Robert',
  language: 'nl',
  timeZone: 'Europe/Amsterdam',
  account: 'free',
  interests: { companies: [], industries: [], keywords: [], places: [] },
};

describe('the server front door', () => {
  it('answers only to its own host names (DNS rebinding)', async () => {
    const response = await test.call('/api/settings', { headers: { host: 'evil.example:4747' } });
    assert.equal(response.status, 421);
    const page = await test.app.request('http://rebound.example/', {
      headers: { host: 'rebound.example' },
    });
    assert.equal(page.status, 421);
  });

  it('refuses /api calls without the launch token', async () => {
    const response = await test.app.request(`http://${testHost}/api/settings`, {
      headers: { host: testHost },
    });
    assert.equal(response.status, 401);
    const wrong = await test.call('/api/settings', {
      headers: { cookie: 'netwerk_session=guess' },
    });
    assert.equal(wrong.status, 401);
    const bearer = await test.app.request(`http://${testHost}/api/settings`, {
      headers: { host: testHost, authorization: `Bearer ${testToken}` },
    });
    assert.equal(bearer.status, 200);
  });

  it('turns the printed URL into an HttpOnly SameSite=Strict cookie and drops the token from the address', async () => {
    const response = await test.app.request(`http://${testHost}/inbox?token=${testToken}`, {
      headers: { host: testHost },
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/inbox');
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, new RegExp(`^netwerk_session=${testToken};`));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const wrong = await test.app.request(`http://${testHost}/?token=nope`, {
      headers: { host: testHost },
    });
    assert.equal(wrong.status, 303);
    assert.equal(wrong.headers.get('set-cookie'), null);
  });

  it('refuses state changes from another origin or without one (CSRF)', async () => {
    const evil = await test.call('/api/settings', {
      method: 'PUT',
      json: settingsBody,
      headers: { origin: 'http://evil.example' },
    });
    assert.equal(evil.status, 403);
    const none = await test.app.request(`http://${testHost}/api/settings`, {
      method: 'PUT',
      body: JSON.stringify(settingsBody),
      headers: { host: testHost, cookie: `netwerk_session=${testToken}` },
    });
    assert.equal(none.status, 403);
    const sameSite = await test.app.request(`http://${testHost}/api/settings`, {
      method: 'PUT',
      body: JSON.stringify(settingsBody),
      headers: {
        host: testHost,
        cookie: `netwerk_session=${testToken}`,
        'sec-fetch-site': 'same-origin',
      },
    });
    assert.equal(sameSite.status, 200);
    const ours = await test.call('/api/settings', {
      method: 'PUT',
      json: settingsBody,
      headers: { origin: testOrigin },
    });
    assert.equal(ours.status, 200);
  });

  it('sends a strict Content-Security-Policy and the other safety headers on every response', async () => {
    for (const response of [
      await test.call('/api/settings'),
      await test.call('/api/nothing-here'),
      await test.app.request(`http://${testHost}/`, { headers: { host: testHost } }),
    ]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /style-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  it('limits JSON bodies and validates them, answering in the UI language', async () => {
    const big = await test.call('/api/settings', {
      method: 'PUT',
      json: { ...settingsBody, name: 'x'.repeat(300_000) },
      headers: { 'x-netwerk-language': 'nl' },
    });
    assert.equal(big.status, 413);
    const body = (await big.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'upload-too-large');
    assert.match(body.error.message, /Het verzoek is groter dan netwerk aanneemt \(256,0 KB\)/);
    const bad = await test.call('/api/settings', {
      method: 'PUT',
      json: { ...settingsBody, account: 'gold' },
    });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /account/);
  });

  it('reads and writes the settings, refusing an unknown time zone', async () => {
    const saved = await test.call('/api/settings', {
      method: 'PUT',
      json: { ...settingsBody, interests: { ...settingsBody.interests, companies: ['Isala'] } },
    });
    const view = (await saved.json()) as { account: string; noteLimit: number; interests: unknown };
    assert.equal(view.account, 'free');
    assert.equal(view.noteLimit, 200);
    assert.deepEqual(view.interests, {
      companies: ['Isala'],
      industries: [],
      keywords: [],
      places: [],
    });
    const zone = await test.call('/api/settings', {
      method: 'PUT',
      json: { ...settingsBody, timeZone: 'Mars/Olympus' },
    });
    assert.equal(zone.status, 400);
    assert.equal(((await zone.json()) as { error: { code: string } }).error.code, 'config-invalid');
  });
});
