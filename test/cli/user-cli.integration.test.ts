import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
});
after(() => sandbox.dispose());

describe('netwerk user', () => {
  it('adds, lists and removes accounts, and refuses weak passwords and duplicates', async () => {
    const added = await sandbox.run(['user', 'add', 'anna', '--password-stdin'], {
      stdin: 'a long enough secret\n',
    });
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stderr, /the shared server \(serve --multi-user\) runs on PostgreSQL only/u);
    const weak = await sandbox.run(['user', 'add', 'bob', '--password-stdin'], {
      stdin: 'short\n',
    });
    assert.equal(weak.code, 2);
    assert.match(weak.stderr, /at least 10 characters/);
    const twice = await sandbox.run(['user', 'add', 'anna', '--password-stdin'], {
      stdin: 'another long secret\n',
    });
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /anna already exists/u);
    // Case and Unicode forms (fullwidth letters) are one name, as for the login limit.
    for (const lookalike of ['Anna', 'ＡＮＮＡ']) {
      const clash = await sandbox.run(['user', 'add', lookalike, '--password-stdin'], {
        stdin: 'another long secret\n',
      });
      assert.equal(clash.code, 2, lookalike);
      assert.match(clash.stderr, /too much like the existing account anna/u);
    }
    const list = JSON.parse((await sandbox.run(['user', 'list', '--json'])).stdout) as {
      username: string;
    }[];
    assert.deepEqual(
      list.map((u) => u.username),
      ['anna'],
    );
    assert.ok(!JSON.stringify(list).includes('scrypt'), 'no password hashes in output');
    const refused = await sandbox.run(['user', 'remove', 'anna']);
    assert.equal(refused.code, 2, 'needs --yes without a terminal');
    const removed = await sandbox.run(['user', 'remove', 'anna', '--yes']);
    assert.equal(removed.code, 0, removed.stderr);
    assert.deepEqual(JSON.parse((await sandbox.run(['user', 'list', '--json'])).stdout), []);
  });
});
