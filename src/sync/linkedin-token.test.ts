import assert from 'node:assert/strict';
import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDirectory } from '../import/test-support/temp-directory.js';
import { isPlausibleToken, linkedInTokenStore, tokenFileName } from './linkedin-token.js';

const token = 'AQX-fake-token-0123456789abcdefghijklmnopqrstuvwxyz';

describe('the LinkedIn token file', () => {
  it('is written for its owner only (0600) and read back', async () => {
    const dir = join(tempDirectory('token'), 'data');
    const store = linkedInTokenStore({ NETWERK_DATA_DIR: dir });
    assert.equal(await store.read(), undefined);
    await store.save(token, new Date('2026-03-05T10:00:00Z'));
    assert.equal(store.file, join(dir, tokenFileName));
    assert.equal(statSync(store.file).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir), [tokenFileName], 'no temporary file left behind');
    assert.deepEqual(await store.read(), { token, origin: 'file' });
    assert.equal(await store.remove(), true);
    assert.equal(await store.remove(), false);
    assert.equal(await store.read(), undefined);
  });

  it('prefers NETWERK_LINKEDIN_TOKEN over the file', async () => {
    const dir = tempDirectory('token-env');
    const store = linkedInTokenStore({
      NETWERK_DATA_DIR: dir,
      NETWERK_LINKEDIN_TOKEN: ` ${token}x \n`,
    });
    await store.save(token, new Date());
    assert.deepEqual(await store.read(), { token: `${token}x`, origin: 'env' });
  });

  it('narrows a file someone made readable for others before using it', async () => {
    const dir = tempDirectory('token-mode');
    const store = linkedInTokenStore({ NETWERK_DATA_DIR: dir });
    await store.save(token, new Date());
    chmodSync(store.file, 0o644);
    await store.read();
    assert.equal(statSync(store.file).mode & 0o777, 0o600);
  });

  it('refuses a file without a token, naming the file but no content', async () => {
    const dir = tempDirectory('token-bad');
    const store = linkedInTokenStore({ NETWERK_DATA_DIR: dir });
    writeFileSync(store.file, '{"token": "not a token"}', { mode: 0o600 });
    await assert.rejects(store.read(), (error: Error & { code?: string; details?: object }) => {
      assert.equal(error.code, 'input-unreadable');
      assert.ok(!JSON.stringify(error.details).includes('not a token'));
      return true;
    });
  });

  it('takes only what can be a bearer token', () => {
    assert.equal(isPlausibleToken(token), true);
    assert.equal(isPlausibleToken('short'), false);
    assert.equal(isPlausibleToken(`${token} extra words`), false);
    assert.equal(isPlausibleToken(`${token}\r\nX-Injected: 1`), false);
  });
});
