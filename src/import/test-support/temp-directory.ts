import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

/**
 * A fresh folder for one test's files, inside one folder per test process that is removed
 * when the process exits, so generated exports and databases never pile up in /tmp.
 */
export function tempDirectory(name: string): string {
  if (root === undefined) {
    const created = mkdtempSync(join(tmpdir(), 'netwerk-test-'));
    root = created;
    process.on('exit', () => rmSync(created, { recursive: true, force: true }));
  }
  const dir = mkdtempSync(join(root, `${name}-`));
  mkdirSync(dir, { recursive: true });
  return dir;
}
