import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox, repositoryRoot } from '../support/spawn-netwerk.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
});
after(() => sandbox.dispose());

describe('netwerk serve', () => {
  it('prints a loopback URL with a launch token, serves the API with it, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(repositoryRoot, 'src/cli/main.ts'),
        'serve',
        '--port',
        '0',
      ],
      { cwd: sandbox.dir, env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const found = /netwerk is serving (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32})/.exec(
          stdout,
        );
        if (found?.[1]) resolve(found[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    try {
      const { origin, searchParams } = new URL(url);
      const token = searchParams.get('token') ?? '';
      const port = new URL(url).port;
      const entry = await fetch(url, { redirect: 'manual' });
      assert.equal(entry.status, 303);
      assert.match(entry.headers.get('set-cookie') ?? '', new RegExp(`^netwerk_${port}=${token};`));
      const withCookie = await fetch(`${origin}/api/settings`, {
        headers: { cookie: `netwerk_${port}=${token}` },
      });
      assert.equal(withCookie.status, 200);
      assert.equal(((await withCookie.json()) as { account: string }).account, 'premium');
      const without = await fetch(`${origin}/api/settings`);
      assert.equal(without.status, 401);
      // fetch() will not send another Host header; a DNS-rebinding page would.
      const rebound = await new Promise<number | undefined>((resolve, reject) =>
        request(
          `${origin}/api/settings`,
          { headers: { host: `attacker.example:${port}`, cookie: `netwerk_${port}=${token}` } },
          (response) => {
            response.resume();
            resolve(response.statusCode);
          },
        )
          .on('error', reject)
          .end(),
      );
      assert.equal(rebound, 421);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 0, stderr);
  });

  it('says so when the port is taken', async () => {
    const first = spawn(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(repositoryRoot, 'src/cli/main.ts'),
        'serve',
        '--port',
        '0',
      ],
      { cwd: sandbox.dir, env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const port = await new Promise<string>((resolve) => {
      let text = '';
      first.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
        const found = /127\.0\.0\.1:(\d+)/.exec(text);
        if (found?.[1]) resolve(found[1]);
      });
    });
    try {
      const second = await sandbox.run(['serve', '--port', port]);
      assert.equal(second.code, 2);
      assert.match(second.stderr, new RegExp(`Port ${port} is already in use`));
    } finally {
      first.kill('SIGTERM');
      await new Promise((resolve) => first.on('exit', resolve));
    }
  });
});
