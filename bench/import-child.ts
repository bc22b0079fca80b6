// One measured run for bench/import.bench.ts, in its own process so its peak RSS is its own:
//   node --import tsx bench/import-child.ts parse  <export>
//   node --import tsx bench/import-child.ts import <export> <database>
// Prints one JSON line: wall time, rows, peak RSS.
import { performance } from 'node:perf_hooks';
import { exportFileKindFor } from '../src/core/linkedin-export/export-file-kinds.js';
import { decodeExportText } from '../src/import/decode-export-text.js';
import { openExportSource } from '../src/import/export-source.js';
import { importExport } from '../src/import/import-export.js';
import { readExportCsv } from '../src/import/read-export-csv.js';
import { openStore } from '../src/store/open-store.js';

const [mode, path, database] = process.argv.slice(2);
if (!path || (mode !== 'parse' && mode !== 'import') || (mode === 'import' && !database)) {
  console.error('usage: import-child.ts parse <export> | import <export> <database>');
  process.exit(2);
}

/** Inflates and parses every file netwerk imports, and does nothing else. */
async function parseOnly(exportPath: string): Promise<number> {
  const source = await openExportSource(exportPath);
  let rows = 0;
  try {
    for (const entry of source.entries) {
      const kind = exportFileKindFor(entry.path);
      if (!kind) continue;
      const text = decodeExportText(await entry.open(), { source: exportPath, file: entry.path });
      for await (const event of readExportCsv(text, kind)) if (event.type === 'row') rows += 1;
    }
  } finally {
    await source.close();
  }
  return rows;
}

const started = performance.now();
let rows: number;
if (mode === 'parse') {
  rows = await parseOnly(path);
} else {
  const store = await openStore(database as string);
  try {
    const summary = await importExport(path, store);
    rows = summary.files.reduce((sum, file) => sum + file.rows, 0);
  } finally {
    await store.close();
  }
}
const wallMs = performance.now() - started;
console.log(
  JSON.stringify({ mode, rows, wallMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
