import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { snapshotDomains } from '../../src/core/linkedin-sync/snapshot-domains.js';
import * as samples from '../../src/core/linkedin-sync/test-support/documented-samples.js';
import { generateExport, writeExportZip } from '../../src/import/test-support/generate-export.js';
import { openStore } from '../../src/store/open-store.js';
import { dumpStore } from '../../src/store/test-support/store-dump.js';
import type { FakeLinkedInApi } from '../../src/sync/test-support/fake-linkedin-api.js';
import { startFakeLinkedInApi } from '../../src/sync/test-support/fake-linkedin-api.js';
import { snapshotFromExport } from '../../src/sync/test-support/snapshot-from-export.js';
import type { CliRun, CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox, repositoryRoot } from '../support/spawn-netwerk.js';

const token = 'AQX-cli-secret-token-9f8e7d6c5b4a3928171605f4e3d2c1b0';

let fake: FakeLinkedInApi;
let sandbox: CliSandbox;
/** Every output of every run, to look for the token in. */
const outputs: string[] = [];

before(async () => {
  fake = await startFakeLinkedInApi({ token });
  sandbox = createCliSandbox();
  sandbox.env.NETWERK_LINKEDIN_API_BASE = fake.baseUrl;
});
after(async () => {
  await fake.close();
  sandbox.dispose();
});
beforeEach(() => {
  for (const domain of snapshotDomains) fake.setSnapshot(domain, []);
  fake.setChangelog([]);
});

async function run(
  args: string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  const result = await sandbox.run(args, options);
  outputs.push(result.stdout, result.stderr);
  return result;
}

const tokenFile = () => join(sandbox.dir, 'data', 'linkedin-token.json');

async function dumpOf(db: string): Promise<{ dump: string; cursor: number | null }> {
  const store = await openStore(db);
  try {
    return { dump: await dumpStore(store), cursor: (await store.getSyncState()).changelogCursor };
  } finally {
    await store.close();
  }
}

const comment = (id: number, iso: string, text: string) => ({
  ...samples.commentEvent,
  id,
  activityId: `a${id}`,
  resourceId: String(id),
  capturedAt: Date.parse(iso),
  processedAt: Date.parse(iso) + 5000,
  activity: { ...samples.commentEvent.activity, message: { attributes: [], text } },
});

describe('netwerk link, sync and unlink', () => {
  it('refuses a token LinkedIn refuses, and keeps nothing', async () => {
    const result = await run(['link', '--token-stdin'], {
      stdin: 'AQX-some-other-token-0123456789',
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /refuses the token \(HTTP 401\)/u);
    assert.equal(existsSync(tokenFile()), false);
  });

  it('says not linked before a token is given', async () => {
    const result = await run(['sync', '--lang', 'nl']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /niet gekoppeld aan LinkedIn/u);
  });

  it('links with a token from stdin, checked against the consent endpoint, kept in a 0600 file', async () => {
    const result = await run(['link', '--token-stdin', '--json'], { stdin: `${token}\n` });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      linked: true,
      tokenFrom: 'file',
      tokenFile: tokenFile(),
      registered: true,
      regulatedAt: '2023-10-27T05:01:09.085Z',
    });
    assert.equal(statSync(tokenFile()).mode & 0o777, 0o600);
    assert.ok(fake.requests.some((request) => request.path === 'memberAuthorizations'));
  });

  it('syncs the snapshot and the changelog, and an export of the same data then adds nothing', async () => {
    const generated = generateExport({ era: '2026-03', seed: 'cli-sync', messages: 200 });
    const zip = await writeExportZip(join(sandbox.dir, 'export'), generated);
    for (const [domain, pages] of await snapshotFromExport(zip, 25))
      fake.setSnapshot(domain, pages);
    fake.setChangelog([comment(7001, '2026-03-01T08:00:00Z', 'Alleen in de changelog')]);

    const result = await run(['sync', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const summary = JSON.parse(result.stdout) as {
      seq: number;
      snapshot: { domain: string; rows: number; inserted: number }[];
      changelog: { events: number; inserted: number };
    };
    assert.equal(summary.changelog.inserted, 1);
    assert.ok(summary.snapshot.find((domain) => domain.domain === 'CONNECTIONS')?.inserted);

    const imported = await run(['import', zip, '--json']);
    assert.equal(imported.code, 0, imported.stderr);
    const files = (
      JSON.parse(imported.stdout) as {
        files: { kind: string; inserted: number; updated: number }[];
      }
    ).files;
    for (const kind of [
      'connections',
      'invitations',
      'messages',
      'shares',
      'comments',
      'reactions',
      'profile',
    ]) {
      const file = files.find((item) => item.kind === kind);
      assert.deepEqual([file?.inserted, file?.updated], [0, 0], kind);
    }

    const status = await run(['sync', '--status', '--json']);
    assert.equal(status.code, 0);
    assert.equal((JSON.parse(status.stdout) as { linked: boolean }).linked, true);

    const text = await run(['sync', '--changelog-only']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Changes \(changelog\): 1 events; 0 new/u);
  });

  it('ends with 1 and names the rows it skipped', async () => {
    fake.setSnapshot('CONNECTIONS', [
      [{ 'First Name': 'Piet', 'Last Name': 'Smit', 'Connected On': 'gisteren' }],
    ]);
    const result = await run(['sync', '--domains', 'connections']);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /CONNECTIONS row 1 skipped: 'Connected On' is not a date/u);

    const dutch = await run(['sync', '--domains', 'connections', '--lang', 'nl']);
    assert.equal(dutch.code, 1, dutch.stderr);
    assert.match(
      dutch.stderr,
      /CONNECTIONS rij 1 overgeslagen: 'Connected On' is geen datum: "gisteren" \(verwacht zoals \d\d \p{L}{3} \d{4}\)\. De rest is opgeslagen\./u,
    );
    assert.doesNotMatch(dutch.stderr, /not a date|expected/u);

    const json = await run(['sync', '--domains', 'connections', '--json', '--lang', 'nl']);
    assert.equal(json.code, 1, json.stderr);
    const summary = JSON.parse(json.stdout) as {
      snapshot: { domain: string; skipped: Record<string, unknown>[] }[];
    };
    const connections = summary.snapshot.find((domain) => domain.domain === 'CONNECTIONS');
    assert.deepEqual(
      connections?.skipped.map(({ row, code, column }) => ({ row, code, column })),
      [{ row: 1, code: 'not-a-date', column: 'Connected On' }],
    );
    assert.match(String(connections?.skipped[0]?.reason), /^'Connected On' is geen datum/u);
  });

  it('refuses an unknown --domains word with the words it knows', async () => {
    const result = await run(['sync', '--domains', 'friends']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--domains does not know friends; choose from profile, positions/u);
  });

  for (const [status, code, words, headers] of [
    [401, 'linkedin-token-rejected', /has expired or was revoked/u, {}],
    [403, 'linkedin-access-denied', /EEA or Switzerland/u, {}],
    [426, 'linkedin-version-refused', /LinkedIn-Version 202312/u, {}],
    [429, 'linkedin-rate-limited', /slow down \(HTTP 429\)/u, { 'retry-after': '0' }],
    [
      500,
      'linkedin-unavailable',
      /could not be reached or had an error \(HTTP 500\)/u,
      { 'retry-after': '0' },
    ],
    [400, 'linkedin-request-failed', /refused a request/u, {}],
  ] as const) {
    it(`ends with 2 on HTTP ${status}, says what to do, records ${code} and changes no data`, async () => {
      const db = join(sandbox.dir, 'netwerk.db');
      const before = await dumpOf(db);
      const retried = status === 429 || status >= 500;
      fake.failNext(
        { path: 'memberChangeLogs' },
        { status, body: samples.errorBody(status, `LinkedIn says ${status}`), headers },
        retried ? 5 : 1,
      );
      const result = await run(['sync', '--changelog-only', '--debug']);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, words);
      const afterRun = await dumpOf(db);
      assert.equal(afterRun.dump, before.dump);
      assert.equal(afterRun.cursor, before.cursor);
      const state = await run(['sync', '--status', '--json']);
      assert.equal(
        (JSON.parse(state.stdout) as { lastError: { code: string } }).lastError.code,
        code,
      );
    });
  }

  it('leaves the database as before when killed while LinkedIn stalls (kill -9)', async () => {
    const db = join(sandbox.dir, 'netwerk.db');
    const before = await dumpOf(db);
    fake.setSnapshot('CONNECTIONS', [
      [
        {
          'First Name': 'Nieuw',
          'Last Name': 'Mens',
          URL: 'https://www.linkedin.com/in/nieuw',
          'Connected On': '01 Mar 2026',
        },
      ],
    ]);
    fake.setChangelog([comment(7002, '2026-03-04T08:00:00Z', 'Nieuw')]);
    const stalled = fake.stall({ path: 'memberChangeLogs' });
    const { child, exited } = spawnSync(['sync']);
    await stalled;
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const afterKill = await dumpOf(db);
    assert.equal(afterKill.dump, before.dump);
    assert.equal(afterKill.cursor, before.cursor);

    // The killed run left its snapshot spool behind; the next run clears it.
    const spools = () =>
      readdirSync(join(sandbox.dir, 'data')).filter((name) => name.startsWith('sync-spool-'));
    assert.equal(spools().length, 1);
    const next = await run(['sync', '--domains', 'connections']);
    assert.equal(next.code, 0, next.stderr);
    assert.deepEqual(spools(), []);
  });

  it('leaves the data and the cursor as before when killed while writing (kill -9)', async () => {
    const db = join(sandbox.dir, 'killed.db');
    const first = await run(['sync', '--db', db, '--changelog-only']);
    assert.equal(first.code, 0, first.stderr);
    const before = await dumpOf(db);

    const generated = generateExport({
      era: '2026-03',
      seed: 'kill',
      messages: 120_000,
      conversations: 3_000,
      contacts: 3_000,
      connections: 3_000,
      otherFiles: false,
    });
    const zip = await writeExportZip(join(sandbox.dir, 'big'), generated);
    const snapshot = await snapshotFromExport(zip, 10_000);
    fake.setSnapshot('INBOX', snapshot.get('INBOX') ?? []);
    fake.setChangelog([comment(7003, '2026-03-05T08:00:00Z', 'Zou de cursor verzetten')]);
    const { child, exited } = spawnSync(['sync', '--db', db, '--domains', 'messages']);
    const started = Date.now();
    while (!(existsSync(`${db}-wal`) && statSync(`${db}-wal`).size > 4 * 1024 * 1024)) {
      if (Date.now() - started > 120_000) assert.fail('the sync never got to writing');
      if (child.exitCode !== null) assert.fail('the sync finished before it could be killed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const check = new BetterSqlite3(db);
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    check.close();
    const afterKill = await dumpOf(db);
    assert.equal(afterKill.dump, before.dump);
    assert.equal(afterKill.cursor, before.cursor);
  });

  it('unlinks: forgets the token and, on request, deletes what only the sync brought', async () => {
    const result = await run(['unlink', '--delete-synced', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const answer = JSON.parse(result.stdout) as {
      tokenFileRemoved: boolean;
      deleted: Record<string, number>;
    };
    assert.equal(answer.tokenFileRemoved, true);
    assert.equal(existsSync(tokenFile()), false);
    // The export imported after the first sync holds the same rows: they stay. The changelog's
    // two provisional comments and the connection only a later snapshot had go.
    assert.equal(answer.deleted.comments, 2);
    assert.equal(answer.deleted.connections, 1);
    const stats = await run(['stats', '--json']);
    assert.ok((JSON.parse(stats.stdout) as { connections: number }).connections > 0);
    const again = await run(['sync']);
    assert.equal(again.code, 2);
  });

  it('never shows or stores the token: not in any output, not in the database files', () => {
    const hits = outputs.filter((text) => text.includes(token));
    assert.deepEqual(hits, []);
    const files = readdirSync(sandbox.dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    assert.ok(
      files.some((file) => file.endsWith('netwerk.db')),
      'the database was written',
    );
    for (const file of files.filter((path) => path !== tokenFile())) {
      assert.ok(!readFileSync(file).includes(token), `${file} holds the token`);
    }
  });
});

/** The CLI in a child process this test can kill. */
function spawnSync(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(repositoryRoot, 'src/cli/main.ts'), ...args],
    { cwd: sandbox.dir, env: sandbox.env, stdio: 'ignore' },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  return { child, exited };
}
