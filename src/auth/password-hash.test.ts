import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, passwordProblem, verifyPassword } from './password-hash.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one, with a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    assert.notEqual(first, second);
    assert.match(first, /^scrypt\$32768\$8\$1\$/);
    assert.equal(await verifyPassword('correct horse battery', first), true);
    assert.equal(await verifyPassword('correct horse batterY', first), false);
    assert.equal(await verifyPassword('anything', 'plain-text'), false);
  });

  it('asks for at least ten characters', () => {
    assert.equal(passwordProblem('short'), 'too-short');
    assert.equal(passwordProblem('long enough pass'), undefined);
  });
});
