/**
 * npm run bench:multi-user: the shared server (issue 8) under load on loopback. It starts
 * `netwerk serve --multi-user` as a child process on a new database of a real PostgreSQL server
 * (NETWERK_BENCH_PG_URL, else NETWERK_TEST_PG_URL; without either it says so and skips), makes
 * several accounts, and has each user import an export (people shared between users, plus one
 * inviter of the user's own: the marker). Then, for a bounded time, every user browses at once
 * (autocannon: the inbox list on one connection, other pages on another, at a fixed rate each)
 * while every user uploads a larger export that the server imports in worker threads. It checks
 * every answer: a 2xx, the user's own marker where the inbox is, no other user's marker
 * anywhere. It prints p50/p99 of GET /api/inbox per user (docs/performance.md, "Shared server").
 * Options: --users N (4), --seconds N (20), --rate N (requests a second per connection, 10),
 * --keep (keep the database and files).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Kysely, sql } from 'kysely';
import { hashPassword } from '../src/auth/password-hash.js';
import { AccountStore } from '../src/store/accounts.js';
import { postgresDialect } from '../src/store/open-database.js';
import { openStore } from '../src/store/open-store.js';
import { repositoryRoot } from '../test/support/spawn-netwerk.js';
import { zipFolder } from '../test/support/export-zips.js';
import { writeLargeNetwork } from './support/large-network.js';

const flag = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const userCount = Math.min(flag('users', 4), 10);
const seconds = Math.min(flag('seconds', 20), 120);
const rate = Math.min(flag('rate', 10), 200);
const keep = process.argv.includes('--keep');
const now = new Date('2026-11-26T12:00:00Z');
const first = { connections: 3_000, invitations: 1_000 };
const second = { connections: 20_000, invitations: 4_000 };

const serverUrl = process.env.NETWERK_BENCH_PG_URL ?? process.env.NETWERK_TEST_PG_URL;
if (!serverUrl) {
  console.log(
    'bench:multi-user skipped: it needs a PostgreSQL server. Set NETWERK_BENCH_PG_URL (or NETWERK_TEST_PG_URL, as .ci/run does) to postgres://user@127.0.0.1:PORT/DB.',
  );
  process.exit(0);
}

const users = Array.from({ length: userCount }, (_, index) => `bench-user-${index + 1}`);
const markerOf = (user: string) => `bench-marker-${user}`;
const dir = mkdtempSync(join(tmpdir(), 'netwerk-bench-multi-'));
const database = `netwerk_bench_${process.pid}_${Date.now().toString(36)}`;
const admin = new Kysely<unknown>({ dialect: postgresDialect(serverUrl) });
const url = new URL(serverUrl);
url.pathname = `/${database}`;
const db = url.toString();
const ms = (value: number) => `${Math.round(value)} ms`;

/** A network shared by all (the same profile URLs) and one inviter of the user's own. */
async function writeUserExport(user: string, size: typeof first, name: string): Promise<string> {
  const folder = join(dir, `${user}-${name}`);
  mkdirSync(folder);
  writeLargeNetwork(folder, { ...size, now });
  await appendFile(
    join(folder, 'Invitations.csv'),
    `Marker ${user},Robert Vos,"11/25/26, 9:00 AM",Hello from ${user},INCOMING,https://www.linkedin.com/in/${markerOf(user)},https://www.linkedin.com/in/robertvos\n`,
  );
  return zipFolder(folder, join(dir, `${user}-${name}_LinkedInDataExport_11-26-2026.zip`));
}

/** `netwerk serve --multi-user --json` from source; resolves with its origin once it listens. */
function startServer(): Promise<{ origin: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repositoryRoot, 'src/cli/main.ts'),
      'serve',
      '--multi-user',
      '--json',
      '--port',
      '0',
      '--db',
      db,
    ],
    {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NETWERK_CONFIG: join(dir, 'config.toml') },
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!stdout.includes('\n')) return;
      const printed = JSON.parse(stdout.split('\n')[0] ?? '{}') as { url: string };
      resolve({
        origin: printed.url.replace(/\/$/u, ''),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then(() => reject(new Error(`the server stopped: ${stderr}`)));
  });
}

interface Session {
  user: string;
  cookie: string;
}

async function signIn(origin: string, user: string): Promise<Session> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password: `${user}-password` }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${user}: ${response.status}`);
  return { user, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/** Uploads an export and waits for its import; the time from upload to done. */
async function importExport(origin: string, session: Session, zip: string): Promise<number> {
  const started = performance.now();
  const upload = await fetch(`${origin}/api/import`, {
    method: 'POST',
    headers: {
      origin,
      cookie: session.cookie,
      'x-file-name': encodeURIComponent(zip.split('/').pop()!),
    },
    body: readFileSync(zip),
  });
  if (upload.status !== 202)
    throw new Error(`upload of ${session.user}: ${upload.status} ${await upload.text()}`);
  const { job } = (await upload.json()) as { job: { id: string } };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const state = (await (
      await fetch(`${origin}/api/import/jobs/${job.id}`, { headers: { cookie: session.cookie } })
    ).json()) as { job: { status: string; error: unknown } };
    if (state.job.status === 'done') return performance.now() - started;
    if (state.job.status === 'failed')
      throw new Error(`import of ${session.user} failed: ${JSON.stringify(state.job.error)}`);
    if (performance.now() - started > 180_000)
      throw new Error(`import of ${session.user} took over 3 minutes`);
  }
}

/** Every answer to `user`: 2xx, and no other user's marker in it (own marker where expected). */
function checker(user: string, problems: string[]) {
  const others = users.filter((other) => other !== user).map(markerOf);
  return (path: string, expectOwn: boolean) => (status: number, body: string) => {
    if (status < 200 || status > 299) problems.push(`${user} ${path}: HTTP ${status}`);
    for (const marker of others) {
      if (body.includes(marker)) problems.push(`${user} ${path}: shows ${marker}`);
    }
    if (expectOwn && !body.includes(markerOf(user)))
      problems.push(`${user} ${path}: own data missing`);
  };
}

const percentile = (result: autocannon.Result, key: 'p50' | 'p99') => result.latency[key];

try {
  console.log(
    `bench:multi-user on ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load ${loadavg()[0]?.toFixed(1)}; ${userCount} users, ${seconds} s, ${rate} requests/s per connection`,
  );
  await sql`create database ${sql.id(database)}`.execute(admin);
  const store = await openStore(db);
  const accounts = new AccountStore(store.database);
  for (const user of users)
    await accounts.create(user, await hashPassword(`${user}-password`), now.toISOString());
  await store.close();
  const [firstZips, secondZips] = await Promise.all([
    Promise.all(users.map((user) => writeUserExport(user, first, 'first'))),
    Promise.all(users.map((user) => writeUserExport(user, second, 'second'))),
  ]);

  const server = await startServer();
  const { origin } = server;
  try {
    const sessions = await Promise.all(users.map((user) => signIn(origin, user)));
    const started = performance.now();
    const firstImports = await Promise.all(
      sessions.map((session, index) => importExport(origin, session, firstZips[index]!)),
    );
    console.log(
      `first imports (${first.connections.toLocaleString('en')} connections, ${first.invitations.toLocaleString('en')} invitations each, all users at once): ${ms(performance.now() - started)} (each ${firstImports.map(ms).join(', ')})`,
    );

    const problems: string[] = [];
    const entryId = 'u:linkedin.com/in/bench-inviter-7';
    const pages = [
      '/api/session',
      `/api/inbox/entry?id=${encodeURIComponent(entryId)}`,
      '/api/network/charts',
      '/api/network/followups',
      '/api/imports',
      '/api/settings',
      '/api/profile',
    ];
    /** Every user browses at once for `duration` seconds: the inbox list, and the other pages. */
    const browse = (duration: number) =>
      Promise.all(
        sessions.map((session) => {
          const check = checker(session.user, problems);
          const common = {
            url: origin,
            duration,
            connections: 1,
            overallRate: rate,
            maxOverallRequests: rate * duration * 2,
            timeout: 30,
            headers: { cookie: session.cookie },
          };
          return Promise.all([
            autocannon({
              ...common,
              title: `${session.user} inbox`,
              requests: [
                { method: 'GET', path: '/api/inbox', onResponse: check('/api/inbox', true) },
              ],
            }),
            autocannon({
              ...common,
              title: `${session.user} pages`,
              requests: pages.map((path) => ({
                method: 'GET' as const,
                path,
                onResponse: check(path, false),
              })),
            }),
          ]);
        }),
      );
    let failures = 0;
    const report = (title: string, results: [autocannon.Result, autocannon.Result][]) => {
      console.log(`\n${title}\n`);
      console.log(
        '| user | GET /api/inbox: answers | p50 | p99 | max | other pages: answers | p50 | p99 | non-2xx | errors |',
      );
      console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const [index, [inbox, other]] of results.entries()) {
        const non2xx = inbox.non2xx + other.non2xx;
        const errors = inbox.errors + inbox.timeouts + other.errors + other.timeouts;
        failures += non2xx + errors;
        console.log(
          `| ${users[index]} | ${inbox.requests.total} | ${percentile(inbox, 'p50')} ms | ${percentile(inbox, 'p99')} ms | ${inbox.latency.max} ms | ${other.requests.total} | ${percentile(other, 'p50')} ms | ${percentile(other, 'p99')} ms | ${non2xx} | ${errors} |`,
        );
      }
    };

    // The first read after an import triages the inbox and counts the charts: time it apart.
    const cold = await Promise.all(
      sessions.map(async (session) => {
        const begun = performance.now();
        for (const path of ['/api/inbox', ...pages]) {
          const response = await fetch(`${origin}${path}`, { headers: { cookie: session.cookie } });
          await response.arrayBuffer();
        }
        return performance.now() - begun;
      }),
    );
    console.log(
      `first visit of every page after the import, all users at once: ${cold.map(ms).join(', ')}`,
    );
    const quietSeconds = Math.max(5, Math.round(seconds / 2));
    report(`Browsing only (${quietSeconds} s):`, await browse(quietSeconds));

    // Now every user uploads a larger export, 2 s into the load; all are imported while all browse.
    const secondImports = new Promise((resolve) => setTimeout(resolve, 2000)).then(() =>
      Promise.all(
        sessions.map((session, index) => importExport(origin, session, secondZips[index]!)),
      ),
    );
    const busy = await browse(seconds);
    const importTimes = await secondImports;
    report(
      `Browsing while every user imports ${second.connections.toLocaleString('en')} connections and ${second.invitations.toLocaleString('en')} invitations (${seconds} s; imports from 2 s on took ${importTimes.map(ms).join(', ')}):`,
      busy,
    );
    failures += problems.length;
    console.log(
      `\nproblems: ${problems.length === 0 ? 'none (every answer 2xx, no other user’s data in any answer, each inbox had its own)' : problems.slice(0, 10).join('; ')}`,
    );
    if (failures > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
} finally {
  if (!keep) {
    await sql`drop database if exists ${sql.id(database)} with (force)`
      .execute(admin)
      .catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  } else {
    console.log(`kept: ${dir} and database ${database}`);
  }
  await admin.destroy();
}
