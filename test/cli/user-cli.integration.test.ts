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
    // A forgotten password: a new one from the command line, the account and its data stay.
    const before = list[0] as { passwordChangedAt?: string };
    const reset = await sandbox.run(['user', 'password', 'anna', '--password-stdin'], {
      stdin: 'a brand new long secret\n',
    });
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, /New password for anna; its sessions were ended/u);
    const after = JSON.parse((await sandbox.run(['user', 'list', '--json'])).stdout) as {
      passwordChangedAt: string;
    }[];
    assert.notEqual(after[0]?.passwordChangedAt, before.passwordChangedAt);
    const nobody = await sandbox.run(['user', 'password', 'nobody', '--password-stdin'], {
      stdin: 'a brand new long secret\n',
    });
    assert.equal(nobody.code, 2);
    assert.match(nobody.stderr, /no account nobody/u);
    const short = await sandbox.run(['user', 'password', 'anna', '--password-stdin'], {
      stdin: 'short\n',
    });
    assert.equal(short.code, 2);
    const noTerminal = await sandbox.run(['user', 'password', 'anna']);
    assert.match(noTerminal.stderr, /no terminal: use --password-stdin/u);
    const refused = await sandbox.run(['user', 'remove', 'anna']);
    assert.equal(refused.code, 2, 'needs --yes without a terminal');
    const removed = await sandbox.run(['user', 'remove', 'anna', '--yes']);
    assert.equal(removed.code, 0, removed.stderr);
    assert.deepEqual(JSON.parse((await sandbox.run(['user', 'list', '--json'])).stdout), []);
  });
});
