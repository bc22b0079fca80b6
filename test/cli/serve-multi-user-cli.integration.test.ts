import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { StoreTarget } from '../../src/store/test-support/store-targets.js';
import { postgresTarget, postgresUnavailable } from '../../src/store/test-support/store-targets.js';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';
import { rawRequest, spawnServe } from '../support/spawn-serve.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
});
after(() => sandbox.dispose());

describe('netwerk serve refuses what would expose a network or cannot work', () => {
  const cases: [string, string[], RegExp][] = [
    [
      '--host off loopback without --multi-user',
      ['serve', '--host', '0.0.0.0'],
      /--host 0\.0\.0\.0 would open your network/u,
    ],
    [
      '--public-name without --multi-user',
      ['serve', '--public-name', 'netwerk.example.com'],
      /add --multi-user/u,
    ],
    ['--multi-user on SQLite', ['serve', '--multi-user'], /--multi-user needs PostgreSQL/u],
    [
      '--host 0.0.0.0 without a public name',
      ['serve', '--multi-user', '--db', 'postgres://nobody@127.0.0.1:1/none', '--host', '0.0.0.0'],
      /say with --public-name NAME/u,
    ],
    [
      'a public name with a scheme',
      [
        'serve',
        '--multi-user',
        '--db',
        'postgres://nobody@127.0.0.1:1/none',
        '--public-name',
        'https://x.example',
      ],
      /without https:\/\//u,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`refuses ${what} (exit 2)`, async () => {
      const run = await sandbox.run(args);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
    });
  }
});

describe('netwerk serve --host on loopback', () => {
  it('listens on the loopback address given and answers at the address it prints', async () => {
    const served = await spawnServe(sandbox, ['--port', '0', '--host', '127.0.0.2']);
    try {
      const url = new URL(String(served.printed.url));
      assert.equal(url.hostname, '127.0.0.2');
      const token = url.searchParams.get('token') ?? '';
      const session = await fetch(`${url.origin}/api/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(session.status, 200, await session.clone().text());
    } finally {
      assert.equal(await served.stop(), 0, served.stderr());
    }
  });
});

const unavailable = postgresUnavailable();
const skip =
  !process.env.NETWERK_TEST_PG_URL && !unavailable
    ? 'skipped: set NETWERK_TEST_PG_URL to a PostgreSQL server (.ci/run does) to run the shared server end to end'
    : false;

describe('netwerk serve --multi-user on a PostgreSQL server', { skip }, () => {
  let target: StoreTarget;
  let db: string;
  before(async () => {
    if (unavailable) throw new Error(unavailable);
    target = await postgresTarget();
    const store = await target.open();
    // The test's own database, with the server's credentials (the location hides a password).
    const url = new URL(process.env.NETWERK_TEST_PG_URL!);
    url.pathname = new URL(store.location.replace('***', 'x')).pathname;
    db = url.toString();
    await store.close();
  });
  after(async () => {
    await target?.dispose();
  });

  it('serves accounts made with netwerk user add: sign in, read, sign out, stop on SIGTERM', async () => {
    const added = await sandbox.run(['user', 'add', 'ann', '--password-stdin', '--db', db], {
      stdin: 'ann-long-enough-password\n',
    });
    assert.equal(added.code, 0, added.stderr);
    const served = await spawnServe(sandbox, ['--multi-user', '--db', db, '--port', '0']);
    try {
      assert.equal(served.printed.mode, 'multi-user');
      assert.equal(served.printed.accounts, 1);
      const origin = String(served.printed.url).replace(/\/$/u, '');
      assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/u);
      assert.equal((await fetch(`${origin}/api/inbox`)).status, 401);
      const login = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'ann', password: 'ann-long-enough-password' }),
      });
      assert.equal(login.status, 200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      assert.match(cookie, /^netwerk_session_\d+=/u);
      const inbox = await fetch(`${origin}/api/inbox`, { headers: { cookie } });
      assert.equal(inbox.status, 200);
      const session = (await (
        await fetch(`${origin}/api/session`, { headers: { cookie } })
      ).json()) as {
        username: string;
      };
      assert.equal(session.username, 'ann');
      const out = await fetch(`${origin}/api/auth/logout`, {
        method: 'POST',
        headers: { origin, cookie },
      });
      assert.equal(out.status, 200);
      assert.equal((await fetch(`${origin}/api/inbox`, { headers: { cookie } })).status, 401);
    } finally {
      assert.equal(await served.stop(), 0, served.stderr());
    }
  });

  it('says so when started without --multi-user on a database with accounts, and serves none of them', async () => {
    const served = await spawnServe(sandbox, ['--db', db, '--port', '0']);
    try {
      for (let wait = 0; wait < 100 && !served.stderr().includes('NOTE'); wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.match(
        served.stderr(),
        /NOTE: this database has 1 account\(s\) of the shared server\. Without --multi-user/u,
      );
      const url = new URL(String(served.printed.url));
      const token = url.searchParams.get('token') ?? '';
      const session = await fetch(`${url.origin}/api/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.deepEqual(await session.json(), { mode: 'single-user', username: null, sync: true });
      // No sign-in on the single-user server: the login route does not exist.
      const login = await fetch(`${url.origin}/api/auth/login`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'ann', password: 'ann-long-enough-password' }),
      });
      assert.equal(login.status, 404);
    } finally {
      assert.equal(await served.stop(), 0, served.stderr());
    }
  });

  it('listens on every address under a public name, with a loud warning and Secure cookies', async () => {
    const served = await spawnServe(sandbox, [
      '--multi-user',
      '--db',
      db,
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--public-name',
      'netwerk.example.com',
    ]);
    try {
      const port = Number(served.printed.port);
      for (let wait = 0; wait < 100 && !served.stderr().includes('--trust-proxy'); wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.match(
        served.stderr(),
        /WARNING: netwerk listens on 0\.0\.0\.0:\d+ and is reachable from other machines/u,
      );
      // Without --trust-proxy the sign-in limit would count everyone behind a proxy as one.
      assert.match(served.stderr(), /if a proxy sits in front of netwerk, add --trust-proxy/u);
      const url = `http://127.0.0.1:${port}/api/auth/login`;
      const body = JSON.stringify({ username: 'ann', password: 'ann-long-enough-password' });
      const headers = { 'content-type': 'application/json' };
      // Through the TLS proxy: the public name in Host, its https origin.
      const proxied = await rawRequest(url, {
        method: 'POST',
        body,
        headers: { ...headers, host: 'netwerk.example.com', origin: 'https://netwerk.example.com' },
      });
      assert.equal(proxied.status, 200, proxied.body);
      const cookie = String(proxied.headers['set-cookie'] ?? '');
      assert.match(cookie, /^__Host-netwerk_session=/u);
      assert.match(cookie, /Secure/u);
      const stranger = await rawRequest(url, {
        method: 'POST',
        body,
        headers: { ...headers, host: 'attacker.example', origin: 'https://attacker.example' },
      });
      assert.equal(stranger.status, 421);
      const forged = await rawRequest(url, {
        method: 'POST',
        body,
        headers: { ...headers, host: 'netwerk.example.com', origin: 'https://attacker.example' },
      });
      assert.equal(forged.status, 403);
    } finally {
      assert.equal(await served.stop(), 0, served.stderr());
    }
  });

  it('says netwerk user remove waits for a running import of the account, then removes it', async () => {
    const added = await sandbox.run(['user', 'add', 'cleo', '--password-stdin', '--db', db], {
      stdin: 'cleo-long-enough-password\n',
    });
    assert.equal(added.code, 0, added.stderr);
    // An import holds its account's row for its whole transaction (holdAccount); do the same.
    const importing = new pg.Client({ connectionString: db });
    const watcher = new pg.Client({ connectionString: db });
    await importing.connect();
    await watcher.connect();
    try {
      await importing.query('BEGIN');
      await importing.query("SELECT owner_id FROM accounts WHERE username = 'cleo' FOR SHARE");
      const removal = sandbox.run(['user', 'remove', 'cleo', '--yes', '--db', db, '--lang', 'nl']);
      // Let the import end only once the removal is waiting for it.
      for (let waited = 0; ; waited += 50) {
        const { rows } = await watcher.query<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        if (Number(rows[0]?.n) > 0) break;
        if (waited > 60_000) assert.fail('the removal never waited');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await importing.query('COMMIT');
      const removed = await removal;
      assert.equal(removed.code, 0, removed.stderr);
      assert.match(
        removed.stderr,
        /wacht tot de lopende import of synchronisatie van cleo klaar is/u,
      );
      assert.match(removed.stdout, /Account cleo en zijn gegevens verwijderd/u);
      const left = await watcher.query("SELECT 1 FROM accounts WHERE username = 'cleo'");
      assert.equal(left.rowCount, 0);
    } finally {
      await importing.end();
      await watcher.end();
    }
  });
});
