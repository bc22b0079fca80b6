import { once } from 'node:events';
import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { AppError } from '../core/errors/app-error.js';
import type { AppEnv } from './app-options.js';

export interface RunningServer {
  port: number;
  /** `http://127.0.0.1:PORT` (or the address it was bound to). */
  origin: string;
  /** The Host header values the app must accept. */
  allowedHosts: string[];
  /** The origins a POST, PUT or DELETE may come from. */
  allowedOrigins: string[];
  close(): Promise<void>;
}

/** Loopback by default: the app holds a person's network, so it is not reachable from elsewhere. */
export const loopbackHost = '127.0.0.1';

/** Whether an address only this computer can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/gu, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/u.test(bare);
}

/** An address that answers on every interface: no single name says how people reach it. */
export function isWildcardHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/gu, '');
  return bare === '0.0.0.0' || bare === '::';
}

/** `host:port` as a Host header says it (IPv6 in brackets). */
function hostHeader(host: string, port: number): string {
  const bare = host.replace(/^\[|\]$/gu, '');
  return `${isIP(bare) === 6 ? `[${bare}]` : bare}:${port}`;
}

export interface ServerAddress {
  /** The address to bind; 127.0.0.1 unless the shared server was told otherwise. */
  host?: string;
  /**
   * Names people type to reach the server (a TLS proxy's name): they join the Host allow-list,
   * with and without the port, and `https://` and `http://` origins.
   */
  publicNames?: readonly string[];
}

/**
 * Listens first (port 0 picks a free one), then builds the app for the port it got: the Host
 * allow-list needs the port.
 */
export async function startServer(
  port: number,
  makeApp: (allowedHosts: string[], allowedOrigins: string[]) => Hono<AppEnv>,
  address: ServerAddress = {},
): Promise<RunningServer> {
  const host = (address.host ?? loopbackHost).replace(/^\[|\]$/gu, '');
  const started: { app?: Hono<AppEnv> } = {};
  const server = createAdaptorServer({
    fetch: (request, env) =>
      started.app ? started.app.fetch(request, env) : new Response('Starting', { status: 503 }),
    hostname: host,
  });
  server.listen(port, host);
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
  const hosts = new Set([`${loopbackHost}:${actual}`, `localhost:${actual}`]);
  // The address it listens on, loopback ones too (`::1`, `127.0.0.2`: the printed address).
  if (!isWildcardHost(host)) hosts.add(hostHeader(host, actual).toLowerCase());
  const origins = new Set([...hosts].map((name) => `http://${name}`));
  for (const name of address.publicNames ?? []) {
    const names = /:\d+$/u.test(name) ? [name] : [name, `${name}:${actual}`];
    for (const publicName of names) {
      hosts.add(publicName.toLowerCase());
      origins.add(`https://${publicName.toLowerCase()}`);
      origins.add(`http://${publicName.toLowerCase()}`);
    }
  }
  const allowedHosts = [...hosts];
  const allowedOrigins = [...origins];
  started.app = makeApp(allowedHosts, allowedOrigins);
  const shown = isWildcardHost(host) ? loopbackHost : host;
  return {
    port: actual,
    origin: `http://${hostHeader(shown, actual)}`,
    allowedHosts,
    allowedOrigins,
    close: () =>
      new Promise<void>((resolve) => {
        // Open event streams would keep close() waiting for good.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
