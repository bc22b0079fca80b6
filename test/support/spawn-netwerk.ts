import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
/** tsx by absolute URL: the child runs in a temp folder where the bare name does not resolve. */
const tsxLoader = import.meta.resolve('tsx');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliSandbox {
  dir: string;
  env: NodeJS.ProcessEnv;
  run(args: string[], options?: { stdin?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun>;
  dispose(): void;
}

/**
 * Runs the CLI from source in a child process, as a user would, with config, database and
 * data dir in a fresh temp folder: tests never touch the user's home.
 */
export function createCliSandbox(): CliSandbox {
  const dir = mkdtempSync(join(tmpdir(), 'netwerk-cli-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    LANG: 'en_US.UTF-8',
    NETWERK_CONFIG: join(dir, 'config.toml'),
    NETWERK_DB: join(dir, 'netwerk.db'),
    NETWERK_DATA_DIR: join(dir, 'data'),
  };
  return {
    dir,
    env,
    run(args, options = {}) {
      return new Promise((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', tsxLoader, join(repositoryRoot, 'src/cli/main.ts'), ...args],
          {
            cwd: dir,
            env: { ...env, ...options.env },
            stdio: ['pipe', 'pipe', 'pipe'],
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(options.stdin ?? '');
      });
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
