/**
 * npm run bench:triage — triages generated invitations with the built CLI (dist/) and prints
 * invitations/s and peak RSS. Each size runs in a fresh process, so the peak RSS of the
 * 10,000 and 100,000 runs can be compared: memory should stay flat in the input size.
 * Two rates are printed: over the whole run (start-up included) and steady (after the
 * detector and patterns are warm).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInvitations } from './support/generate-invitations.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runner = join(root, 'bench/support/triage-runner.mjs');
if (!existsSync(join(root, 'dist/cli/run-cli.js'))) {
  console.error('bench:triage measures the built CLI: run `npm run build` first.');
  process.exit(2);
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [10_000, 100_000];

async function writeInput(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  for (const invitation of generateInvitations(count)) {
    if (!out.write(`${JSON.stringify(invitation)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const directory = mkdtempSync(join(tmpdir(), 'netwerk-bench-triage-'));
try {
  console.log(
    `bench:triage — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), one process per run`,
  );
  for (const count of counts) {
    const input = join(directory, `invitations-${count}.jsonl`);
    await writeInput(input, count);
    const child = spawnSync(process.execPath, [runner, input, String(count)], {
      encoding: 'utf8',
      env: { ...process.env, NETWERK_CONFIG: join(directory, 'none.toml') },
    });
    if (child.status !== 0) throw new Error(`runner failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout) as {
      seconds: number;
      steadyPerSecond: number;
      peakRssMb: number;
    };
    console.log(
      `${count.toLocaleString('en').padStart(9)} invitations: ${result.seconds.toFixed(2)} s, ` +
        `${Math.round(count / result.seconds).toLocaleString('en')} invitations/s overall, ` +
        `${Math.round(result.steadyPerSecond).toLocaleString('en')} invitations/s steady, ` +
        `peak RSS ${result.peakRssMb.toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
