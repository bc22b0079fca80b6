/**
 * npm run bench:import — generates a maximal LinkedIn export (30,000 connections, 10,000
 * invitations, 1,000,000 messages with multi-line and HTML content, in the fully quoted 2026
 * layout) and measures, each in a fresh process running the built code (dist/):
 *   - the bare cost: inflate and parse the same CSVs, nothing else;
 *   - the import into a new SQLite database: wall time, rows/s, peak RSS;
 *   - the same import again (must change nothing, and be no slower);
 *   - an export a tenth the size, to show the peak RSS stays flat in the export size;
 *   - with NETWERK_BENCH_PG_URL (or NETWERK_TEST_PG_URL) set: the same on PostgreSQL, in a new
 *     database on that server.
 * Targets (issue 3): import within 2x the bare parse, peak RSS under 300 MB and flat, re-import
 * no slower than the first. Options: --messages N (default 1,000,000), --keep (keep the files).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { GenerateExportOptions } from '../src/import/test-support/generate-export.js';
import { generateExport, writeExportZip } from '../src/import/test-support/generate-export.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runner = join(root, 'bench/import-runner.mjs');
const built = join(root, 'dist/import/import-export.js');
if (!existsSync(built)) {
  console.error('bench:import measures the built code: run `npm run build` first.');
  process.exit(2);
}
if (statSync(built).mtimeMs < statSync(join(root, 'src/import/import-export.ts')).mtimeMs) {
  console.error('bench:import: dist/ is older than src/; run `npm run build` for current figures.');
}

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const messages = Number(argument('--messages') ?? 1_000_000);
const keep = process.argv.includes('--keep');
const postgresUrl = process.env.NETWERK_BENCH_PG_URL ?? process.env.NETWERK_TEST_PG_URL;

interface Run {
  mode: string;
  rows: number;
  seconds: number;
  peakRssMb: number;
}

function measure(args: string[]): Run {
  const result = spawnSync(process.execPath, [runner, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`import-runner ${args[0]} exited with ${result.status}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Run;
}

async function makeExport(dir: string, scale: number): Promise<{ path: string; seconds: number }> {
  const options: GenerateExportOptions = {
    era: '2026-03',
    seed: `bench-${scale}`,
    connections: Math.round(30_000 * scale),
    invitations: Math.round(10_000 * scale),
    invitationHours: 0.5,
    messages: Math.round(messages * scale),
    conversations: Math.round(25_000 * scale),
    contacts: Math.round(30_000 * scale),
  };
  const started = Date.now();
  const path = await writeExportZip(dir, generateExport(options));
  return { path, seconds: (Date.now() - started) / 1000 };
}

async function withPostgresDatabase<T>(work: (url: string) => T): Promise<T> {
  const name = `netwerk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(postgresUrl as string);
    url.pathname = `/${name}`;
    return work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const mb = (path: string): string => `${(statSync(path).size / 1024 / 1024).toFixed(0)} MB`;
const directory = mkdtempSync(join(tmpdir(), 'netwerk-bench-import-'));
try {
  console.log(
    `netwerk bench:import — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`,
  );
  const full = await makeExport(join(directory, 'full'), 1);
  const small = await makeExport(join(directory, 'small'), 0.1);
  console.log(
    `export: ${mb(full.path)} ZIP generated in ${full.seconds.toFixed(1)} s; a tenth: ${mb(small.path)}`,
  );

  // The faster of two runs: the machine is shared, and a slow baseline would flatter the ratio.
  const parse = [measure(['parse', full.path]), measure(['parse', full.path])].sort(
    (a, b) => a.seconds - b.seconds,
  )[0] as Run;
  const sqlite = join(directory, 'bench.sqlite');
  const first = measure(['import', full.path, sqlite]);
  const again = measure(['import', full.path, sqlite]);
  const tenth = measure(['import', small.path, join(directory, 'small.sqlite')]);
  const database = existsSync(sqlite) ? mb(sqlite) : '?';

  const rows: [string, Run][] = [
    ['inflate + parse only (best of 2)', parse],
    ['SQLite import (new database)', first],
    ['SQLite import again', again],
    ['SQLite import, a tenth of the export', tenth],
  ];
  if (postgresUrl) {
    await withPostgresDatabase((url) => {
      rows.push(['PostgreSQL import (new database)', measure(['import', full.path, url])]);
      rows.push(['PostgreSQL import again', measure(['import', full.path, url])]);
    });
  } else {
    console.log('(PostgreSQL skipped: set NETWERK_BENCH_PG_URL to a server to measure it)');
  }

  console.log('');
  console.log('run                                      rows   seconds     rows/s  peak RSS');
  for (const [label, run] of rows) {
    console.log(
      `${label.padEnd(38)} ${String(run.rows).padStart(8)} ${run.seconds.toFixed(1).padStart(9)} ${Math.round(
        run.rows / run.seconds,
      )
        .toLocaleString('en')
        .padStart(10)} ${run.peakRssMb.toFixed(0).padStart(6)} MB`,
    );
  }
  const ratio = first.seconds / parse.seconds;
  console.log('');
  console.log(`SQLite database: ${database}`);
  console.log(
    `import / bare parse: ${ratio.toFixed(2)}x (target <= 2x) ${ratio <= 2 ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `peak RSS: ${first.peakRssMb.toFixed(0)} MB (target < 300 MB) ${first.peakRssMb < 300 ? 'ok' : 'MISSED'}; a tenth of the export: ${tenth.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `re-import / first import: ${(again.seconds / first.seconds).toFixed(2)} (target <= 1) ${again.seconds <= first.seconds ? 'ok' : 'MISSED'}`,
  );
  console.log(
    JSON.stringify({
      messages,
      parse,
      first,
      again,
      tenth,
      postgres: rows.slice(4).map(([label, run]) => ({ label, ...run })),
    }),
  );
} finally {
  if (keep) console.log(`files kept in ${directory}`);
  else rmSync(directory, { recursive: true, force: true });
}
