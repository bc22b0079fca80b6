import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
});
after(() => sandbox.dispose());

/** A loopback port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('a database netwerk cannot use (exit code 3)', () => {
  it('says in Dutch that a file is no netwerk database, and what to do, without the driver text', async () => {
    const file = join(sandbox.dir, 'notes.db');
    writeFileSync(file, 'These are my notes, not a database. '.repeat(40));
    const result = await sandbox.run(['stats', '--db', file, '--lang', 'nl']);
    assert.equal(result.code, 3, result.stderr);
    assert.match(
      result.stderr,
      /De database .*notes\.db is geen netwerk-database of is beschadigd \(SQLITE_NOTADB\)\. .*kies een ander bestand met --db/u,
    );
    assert.doesNotMatch(result.stderr, /file is not a database/u);
    assert.equal(result.stdout, '');
  });

  it('says in English that a PostgreSQL server cannot be reached, and what to check', async () => {
    const url = `postgres://netwerk@127.0.0.1:${await closedPort()}/netwerk`;
    const result = await sandbox.run(['stats', '--db', url, '--lang', 'en']);
    assert.equal(result.code, 3, result.stderr);
    assert.match(
      result.stderr,
      /The database postgres:\/\/netwerk@127\.0\.0\.1:\d+\/netwerk cannot be reached \(ECONNREFUSED\)\. .*check the address in the URL and that the PostgreSQL server runs\./u,
    );
  });
});
