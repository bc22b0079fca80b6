/**
 * npm run bench:triage — triages 100,000 generated invitations through the CLI's own code path
 * (JSON Lines in, JSON Lines out to a discarding stream) and prints invitations/s and peak RSS.
 * A second, ten times smaller run shows whether memory stays flat in the input size.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { once } from 'node:events';
import { runCli } from '../src/cli/run-cli.js';
import { generateInvitations } from './support/generate-invitations.js';

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
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
  for (const count of counts) {
    const input = join(directory, `invitations-${count}.jsonl`);
    await writeInput(input, count);
    let lines = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const byte of chunk) if (byte === 10) lines += 1;
        done();
      },
    });
    const started = process.hrtime.bigint();
    const code = await runCli(['triage', input, '--format', 'jsonl'], {
      stdin: new PassThrough(),
      stdout: sink,
      stderr: process.stderr,
      env: { ...process.env, NETWERK_CONFIG: join(directory, 'none.toml') },
      cwd: process.cwd(),
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (code !== 0 || lines !== count)
      throw new Error(`triage exited ${code} with ${lines} of ${count} results`);
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `triage ${count.toLocaleString('en')} invitations: ${seconds.toFixed(2)} s, ${Math.round(count / seconds).toLocaleString('en')} invitations/s, peak RSS ${peakMb.toFixed(0)} MB (process so far)`,
    );
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
