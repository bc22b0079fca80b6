#!/usr/bin/env node
// Builds everything `npm ci` must leave ready: the Node code (tsc, one file per source file)
// and, once it exists, the web app (Vite). Runs from the `prepare` script.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.error(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
run('node code (tsc)', bin('tsc'), ['-p', 'tsconfig.build.json']);
chmodSync(join(root, 'dist', 'cli', 'main.js'), 0o755);
if (existsSync(join(root, 'web', 'vite.config.ts'))) {
  run('web app (vite)', bin('vite'), [
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
}
