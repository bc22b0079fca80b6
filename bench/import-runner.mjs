// One measured run for bench/import.bench.ts, in a process of its own so that its peak RSS is
// its own. Runs the built code (dist/), as `netwerk import` does:
//   node bench/import-runner.mjs parse  <export>              inflate and parse only
//   node bench/import-runner.mjs import <export> <database>   the whole import
// Prints one JSON line: {mode, rows, seconds, peakRssMb}.
import { performance } from 'node:perf_hooks';
import { importExport } from '../dist/import/import-export.js';
import { readExport } from '../dist/import/read-export.js';
import { openStore } from '../dist/store/open-store.js';

const [mode, path, database] = process.argv.slice(2);
if (!path || (mode !== 'parse' && mode !== 'import') || (mode === 'import' && !database)) {
  console.error('usage: import-runner.mjs parse <export> | import <export> <database>');
  process.exit(2);
}

const started = performance.now();
let rows = 0;
if (mode === 'parse') {
  // The same reader the import uses, in this thread, with nothing after it: the bare cost of
  // inflating the ZIP, decoding the text and parsing the CSV.
  for await (const event of readExport(path)) {
    if (event.type === 'rows') rows += event.rows.length;
  }
} else {
  const store = await openStore(database);
  try {
    const summary = await importExport(path, store);
    rows = summary.files.reduce((sum, file) => sum + file.rows, 0);
  } finally {
    await store.close();
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({ mode, rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
