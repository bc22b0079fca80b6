import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LoginThrottle } from '../../auth/login-throttle.js';
import type { KyselyStore } from '../../store/kysely-store.js';
import type { StoreTarget } from '../../store/test-support/store-targets.js';
import { sqliteTarget } from '../../store/test-support/store-targets.js';
import type { MultiUserTestApp, UserClient } from '../test-support/multi-user-test-app.js';
import { createMultiUserTestApp, multiUserHost } from '../test-support/multi-user-test-app.js';

const hour = 60 * 60 * 1000;
const annPassword = 'ann-has-a-long-password';
const bobPassword = 'bob-has-another-password';

let target: StoreTarget;
let base: KyselyStore;
let now = new Date('2026-11-26T12:00:00Z');
let server: MultiUserTestApp;

before(async () => {
  target = await sqliteTarget();
  base = (await target.open()) as KyselyStore;
  server = createMultiUserTestApp(base, { clock: () => now, throttle: new LoginThrottle() });
  await server.addUser('ann', annPassword);
  await server.addUser('bob', bobPassword);
});
after(async () => {
  await base?.close();
  await target?.dispose();
});

const login = (client: UserClient, username: string, password: string, headers = {}) =>
  client.call('/api/auth/login', { method: 'POST', json: { username, password }, headers });
const errorCode = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('signing in to the shared server', () => {
  it('answers 401 login-required without a session, and tells the page who is signed in with one', async () => {
    const stranger = server.client();
    const response = await stranger.call('/api/inbox');
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), 'login-required');
    const ann = await server.signIn('ann', annPassword);
    const session = (await (await ann.call('/api/session')).json()) as Record<string, unknown>;
    assert.deepEqual(session, { mode: 'multi-user', username: 'ann', sync: false });
  });

  it('sets an HttpOnly SameSite=Strict cookie, Secure and __Host- when the server is public', async () => {
    const response = await login(server.client(), 'ann', annPassword);
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^netwerk_session_4747=[\w-]{40,};/u);
    assert.match(cookie, /HttpOnly/u);
    assert.match(cookie, /SameSite=Strict/u);
    assert.match(cookie, /Path=\//u);
    assert.match(cookie, /Max-Age=604800/u);
    assert.doesNotMatch(cookie, /Secure/u);
    const behindProxy = await login(server.client(), 'ann', annPassword, {
      'x-forwarded-proto': 'https',
    });
    assert.match(behindProxy.headers.get('set-cookie') ?? '', /Secure/u);

    const publicTarget = await sqliteTarget();
    const publicBase = (await publicTarget.open()) as KyselyStore;
    try {
      const publicServer = createMultiUserTestApp(publicBase, { secureCookies: true });
      await publicServer.addUser('ann', annPassword);
      const secure = await login(publicServer.client(), 'ann', annPassword);
      const set = secure.headers.get('set-cookie') ?? '';
      assert.match(set, /^__Host-netwerk_session=/u);
      assert.match(set, /Secure/u);
    } finally {
      await publicBase.close();
      await publicTarget.dispose();
    }
  });

  it('answers a wrong password and an unknown name alike, after the same hashing work', async () => {
    const client = server.client();
    let started = performance.now();
    const wrong = await login(client, 'ann', 'not-the-password', {
      'x-forwarded-for': '10.0.0.1',
    });
    const wrongMs = performance.now() - started;
    started = performance.now();
    const unknown = await login(client, 'nobody-here', 'not-the-password', {
      'x-forwarded-for': '10.0.0.1',
    });
    const unknownMs = performance.now() - started;
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(await wrong.json(), await unknown.json());
    // Both run scrypt (tens of ms); an unknown name without it would answer in about 1 ms.
    assert.ok(unknownMs > wrongMs * 0.3, `unknown ${unknownMs} ms, wrong ${wrongMs} ms`);
    assert.equal(client.cookie, undefined);
  });

  it('signs in whatever the case of the name typed, as the account it means', async () => {
    const response = await login(server.client(), 'Ann', annPassword);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { username: 'ann' });
    const wrong = await login(server.client(), 'ANN', bobPassword);
    assert.equal(wrong.status, 401);
  });

  it('refuses state changes without our Origin, the login included (login CSRF)', async () => {
    const client = server.client();
    const foreign = await login(client, 'ann', annPassword, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    const rebound = await client.call('/api/auth/login', {
      method: 'POST',
      json: { username: 'ann', password: annPassword },
      headers: { host: 'evil.example:4747' },
    });
    assert.equal(rebound.status, 421);
  });

  it('ends the session on the server at logout: the old cookie is dead even when replayed', async () => {
    const ann = await server.signIn('ann', annPassword);
    const kept = ann.cookie;
    const out = await ann.call('/api/auth/logout', { method: 'POST' });
    assert.equal(out.status, 200);
    assert.match(out.headers.get('set-cookie') ?? '', /Max-Age=0/u);
    assert.equal(ann.cookie, undefined);
    const replay = await server.client().call('/api/inbox', { headers: { cookie: kept ?? '' } });
    assert.equal(replay.status, 401);
  });

  it('ends a session idle for 8 hours, keeps a used one, and ends any after 7 days', async () => {
    const start = now;
    try {
      const ann = await server.signIn('ann', annPassword);
      now = new Date(start.getTime() + 7 * hour);
      assert.equal((await ann.call('/api/session')).status, 200);
      now = new Date(start.getTime() + 14 * hour);
      assert.equal((await ann.call('/api/session')).status, 200, 'used 7 hours ago: alive');
      now = new Date(start.getTime() + 22 * hour + 1000);
      const idle = await ann.call('/api/session');
      assert.equal(idle.status, 401, 'idle for 8 hours: ended');
      assert.match(idle.headers.get('set-cookie') ?? '', /Max-Age=0/u);

      now = start;
      const bob = await server.signIn('bob', bobPassword);
      for (let h = 6; h < 7 * 24; h += 6) {
        now = new Date(start.getTime() + h * hour);
        assert.equal((await bob.call('/api/session')).status, 200, `after ${h} hours`);
      }
      now = new Date(start.getTime() + 7 * 24 * hour);
      assert.equal((await bob.call('/api/session')).status, 401, 'a week after sign-in');
    } finally {
      now = start;
    }
  });

  it('changes the password only with the current one, and ends every other session', async () => {
    const first = await server.signIn('bob', bobPassword);
    const second = await server.signIn('bob', bobPassword);
    const change = (currentPassword: string, newPassword: string) =>
      first.call('/api/auth/password', { method: 'PUT', json: { currentPassword, newPassword } });
    const wrong = await change('not-my-password', 'a-brand-new-password');
    assert.equal(wrong.status, 403);
    assert.equal(await errorCode(wrong), 'current-password-wrong');
    const short = await change(bobPassword, 'short');
    assert.equal(short.status, 400);
    assert.match(
      ((await short.json()) as { error: { message: string } }).error.message,
      /at least 10 characters/u,
    );
    const done = await change(bobPassword, 'a-brand-new-password');
    assert.equal(done.status, 200);
    assert.equal((await first.call('/api/session')).status, 200, 'this browser stays in');
    assert.equal((await second.call('/api/session')).status, 401, 'the other session ended');
    assert.equal((await login(server.client(), 'bob', bobPassword)).status, 401);
    assert.equal((await login(server.client(), 'bob', 'a-brand-new-password')).status, 200);
  });
});

describe('the login rate limit', () => {
  it('refuses a name after 5 failures in 15 minutes with 429 and Retry-After, then lets it in again', async () => {
    const throttled = createMultiUserTestApp(base, {
      clock: () => now,
      throttle: new LoginThrottle(),
    });
    const client = throttled.client();
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const start = now;
    try {
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        now = new Date(start.getTime() + attempt * 1000);
        const response = await login(client, 'Ann', `wrong-${attempt}`, from(`10.1.0.${attempt}`));
        assert.equal(response.status, 401, `attempt ${attempt}`);
      }
      now = new Date(start.getTime() + 10_000);
      const refused = await login(client, 'ann', annPassword, from('10.1.0.99'));
      assert.equal(refused.status, 429, 'the right password is refused too while limited');
      assert.equal(await errorCode(refused), 'login-throttled');
      assert.equal(refused.headers.get('retry-after'), String(15 * 60 - 9));
      // Another name is not affected.
      assert.equal(
        (await login(client, 'bob', 'a-brand-new-password', from('10.1.0.99'))).status,
        200,
      );
      now = new Date(start.getTime() + 15 * 60 * 1000 + 1001);
      assert.equal((await login(client, 'ann', annPassword, from('10.1.0.99'))).status, 200);
    } finally {
      now = start;
    }
  });

  it('refuses an address after 20 failures, whatever names it tries', async () => {
    const throttled = createMultiUserTestApp(base, {
      clock: () => now,
      throttle: new LoginThrottle(),
      trustProxy: true,
    });
    const client = throttled.client();
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const response = await login(client, `guess-${attempt}`, 'password-guess', {
        'x-forwarded-for': '192.0.2.7',
      });
      assert.equal(response.status, 401);
    }
    const refused = await login(client, 'ann', annPassword, { 'x-forwarded-for': '192.0.2.7' });
    assert.equal(refused.status, 429);
    const elsewhere = await login(client, 'ann', annPassword, { 'x-forwarded-for': '192.0.2.8' });
    assert.equal(elsewhere.status, 200);
  });

  it('counts wrong current passwords at a password change', async () => {
    const throttled = createMultiUserTestApp(base, {
      clock: () => now,
      throttle: new LoginThrottle(),
    });
    const ann = await throttled.signIn('ann', annPassword);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await ann.call('/api/auth/password', {
        method: 'PUT',
        json: { currentPassword: `guess-${attempt}`, newPassword: 'whatever-long-enough' },
      });
      assert.equal(response.status, 403);
    }
    const refused = await ann.call('/api/auth/password', {
      method: 'PUT',
      json: { currentPassword: annPassword, newPassword: 'whatever-long-enough' },
    });
    assert.equal(refused.status, 429);
  });
});

describe('settings per account', () => {
  it('keeps each account its own settings in the database, validated', async () => {
    const ann = await server.signIn('ann', annPassword);
    const bob = await server.signIn('bob', 'a-brand-new-password');
    const input = {
      name: 'Ann Agency',
      signature: 'Groet, Ann',
      language: 'nl',
      timeZone: 'Europe/Amsterdam',
      account: 'free',
      interests: { companies: ['Acme'], industries: [], keywords: [], places: [] },
    };
    assert.equal((await ann.call('/api/settings', { method: 'PUT', json: input })).status, 200);
    const bad = await ann.call('/api/settings', {
      method: 'PUT',
      json: { ...input, timeZone: 'Mars/Olympus' },
    });
    assert.equal(bad.status, 400);
    assert.equal(await errorCode(bad), 'settings-invalid');
    const bobs = (await (await bob.call('/api/settings')).json()) as Record<string, unknown>;
    assert.equal(bobs.name, '');
    assert.equal(bobs.account, 'premium');
    // A new server on the same database reads Ann's row.
    const again = createMultiUserTestApp(base);
    const annAgain = await again.signIn('ann', annPassword);
    const anns = (await (await annAgain.call('/api/settings')).json()) as Record<string, unknown>;
    assert.equal(anns.name, 'Ann Agency');
    assert.equal(anns.timeZone, 'Europe/Amsterdam');
    assert.equal(anns.account, 'free');
    const rows = await base.database.selectFrom('user_settings').select('owner_id').execute();
    assert.equal(rows.length, 1);
    assert.ok(multiUserHost);
  });
});
