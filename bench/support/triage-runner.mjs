// Runs `netwerk triage FILE --format jsonl` in this process through the built CLI, discarding
// the output, and prints {seconds, steadyPerSecond, peakRssMb} as JSON. Used by triage.bench.ts.
import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../../dist/cli/run-cli.js';

const [input, expected] = process.argv.slice(2);
let lines = 0;
let firstResultAt;
let tenthThousandAt;
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) {
      lines += 1;
      if (lines === 1) firstResultAt = process.hrtime.bigint();
      if (lines === 10_000) tenthThousandAt = process.hrtime.bigint();
    }
    done();
  },
});
const started = process.hrtime.bigint();
const code = await runCli(['triage', input, '--format', 'jsonl'], {
  stdin: new PassThrough(),
  stdout: sink,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
const ended = process.hrtime.bigint();
if (code !== 0 || lines !== Number(expected)) {
  console.error(`triage exited ${code} with ${lines} of ${expected} results`);
  process.exit(1);
}
// Steady rate: after the first 10,000 results (detector loaded, patterns compiled), or after
// the first result for smaller runs.
const from = lines > 20_000 ? tenthThousandAt : firstResultAt;
const done = lines > 20_000 ? lines - 10_000 : lines - 1;
console.log(
  JSON.stringify({
    seconds: Number(ended - started) / 1e9,
    steadyPerSecond: done / (Number(ended - from) / 1e9),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
