import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { AppError } from '../core/errors/app-error.js';
import type { AppEnv } from './app-options.js';

export interface RunningServer {
  port: number;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The Host header values the app must accept. */
  allowedHosts: string[];
  close(): Promise<void>;
}

/** Loopback only: the app holds a person's network, so it is never reachable from another machine. */
export const loopbackHost = '127.0.0.1';

/**
 * Listens on 127.0.0.1 first (port 0 picks a free one), then builds the app for the port it got:
 * the Host allow-list needs the port.
 */
export async function startServer(
  port: number,
  makeApp: (allowedHosts: string[]) => Hono<AppEnv>,
): Promise<RunningServer> {
  const started: { app?: Hono<AppEnv> } = {};
  const server = createAdaptorServer({
    fetch: (request, env) =>
      started.app ? started.app.fetch(request, env) : new Response('Starting', { status: 503 }),
    hostname: loopbackHost,
  });
  server.listen(port, loopbackHost);
  try {
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => Promise.reject(error as Error)),
    ]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new AppError('server-port-in-use', { port }, { cause: error });
    }
    throw error;
  }
  const actual = (server.address() as AddressInfo).port;
  const allowedHosts = [`${loopbackHost}:${actual}`, `localhost:${actual}`];
  started.app = makeApp(allowedHosts);
  return {
    port: actual,
    origin: `http://${loopbackHost}:${actual}`,
    allowedHosts,
    close: () =>
      new Promise<void>((resolve) => {
        // Open event streams would keep close() waiting for good.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
