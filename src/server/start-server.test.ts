import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import type { AppEnv } from './app-options.js';
import { hostGuard } from './request-guards.js';
import { startServer } from './start-server.js';

describe('startServer', () => {
  it('answers to the loopback address it listens on, not only 127.0.0.1 (--host 127.0.0.2)', async () => {
    const server = await startServer(
      0,
      (allowedHosts) =>
        new Hono<AppEnv>().use('*', hostGuard(allowedHosts)).get('/', (c) => c.text('ok')),
      { host: '127.0.0.2' },
    );
    try {
      assert.equal(server.origin, `http://127.0.0.2:${server.port}`);
      assert.ok(server.allowedHosts.includes(`127.0.0.2:${server.port}`));
      const response = await fetch(`${server.origin}/`);
      assert.equal(response.status, 200, 'the printed address works');
    } finally {
      await server.close();
    }
  });
});
