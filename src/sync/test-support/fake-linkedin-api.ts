import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  authorizationResponse,
  errorBody,
} from '../../core/linkedin-sync/test-support/documented-samples.js';

/**
 * A local fake of LinkedIn's Member Data Portability API on loopback, built from the documented
 * requests and answers (../shared/formats/linkedin-dma-api.md): bearer token and
 * `LinkedIn-Version: 202312` checked (401, 400, 426), snapshot pages by page index with a 404
 * after the last, the changelog by inclusive `startTime` and item offset, the consent check.
 * Tests script failures (any status, `Retry-After`) and stalls on top. Nothing leaves the machine.
 */

export interface RecordedRequest {
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
}

export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RequestMatch {
  path?: 'memberSnapshotData' | 'memberChangeLogs' | 'memberAuthorizations';
  domain?: string;
  start?: number;
}

export interface FakeLinkedInApi {
  /** `http://127.0.0.1:<port>/rest/` */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Pages of snapshot rows per domain (a domain without pages answers 404 at once). */
  setSnapshot(domain: string, pages: Record<string, unknown>[][]): void;
  setChangelog(events: unknown[]): void;
  setAuthorizations(elements: unknown[]): void;
  /** Answers the next `times` matching requests with this instead. */
  failNext(match: RequestMatch, answer: ScriptedAnswer, times?: number): void;
  /** Never answers the next matching request; resolves when it arrives. */
  stall(match: RequestMatch): Promise<void>;
  close(): Promise<void>;
}

const matches = (match: RequestMatch, request: RecordedRequest): boolean =>
  (match.path === undefined || request.path === match.path) &&
  (match.domain === undefined || request.query.domain === match.domain) &&
  (match.start === undefined || Number(request.query.start ?? 0) === match.start);

export async function startFakeLinkedInApi(options: {
  token: string;
  unsupportedDomains?: string[];
}): Promise<FakeLinkedInApi> {
  const snapshot = new Map<string, Record<string, unknown>[][]>();
  let changelog: { processedAt: number }[] = [];
  let authorizations: unknown[] = authorizationResponse.elements;
  const scripted: { match: RequestMatch; answer: ScriptedAnswer; times: number }[] = [];
  const stalls: { match: RequestMatch; arrived: () => void }[] = [];
  const requests: RecordedRequest[] = [];
  const unsupported = new Set(options.unsupportedDomains ?? ['EVENTS']);

  const send = (response: ServerResponse, answer: ScriptedAnswer): void => {
    response.writeHead(answer.status, {
      'content-type': 'application/json',
      'x-li-request-id': `fake-${requests.length}`,
      ...answer.headers,
    });
    response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  };
  const error = (status: number, message: string): ScriptedAnswer => ({
    status,
    body: errorBody(status, message),
  });

  function answer(request: RecordedRequest): ScriptedAnswer {
    const authorization = request.headers.authorization;
    if (authorization === undefined) return error(401, 'Empty oauth2_access_token');
    if (authorization !== `Bearer ${options.token}`) return error(401, 'Invalid access token');
    const version = request.headers['linkedin-version'];
    if (version === undefined) return error(400, 'Missing LinkedIn-Version header');
    if (version !== '202312') {
      return {
        status: 426,
        body: { ...errorBody(426, 'Requested version is not active'), code: 'NONEXISTENT_VERSION' },
      };
    }
    switch (request.path) {
      case 'memberAuthorizations':
        return { status: 200, body: { elements: authorizations } };
      case 'memberSnapshotData': {
        if (request.query.q !== 'criteria') return error(400, 'q must be criteria');
        const domain = request.query.domain ?? '';
        if (unsupported.has(domain)) return error(400, 'domain is not supported');
        const start = Number(request.query.start ?? 0);
        const page = snapshot.get(domain)?.[start];
        if (page === undefined) return error(404, 'No data found for this memberId');
        return {
          status: 200,
          body: {
            paging: {
              start,
              count: 10,
              links: [
                {
                  type: 'application/json',
                  rel: 'next',
                  href: `/rest/memberSnapshotData?count=10&domain=${domain}&q=criteria&start=${start + 1}`,
                },
              ],
              // LinkedIn's total is unreliable; so is the fake's.
              total: 1,
            },
            elements: [{ snapshotData: page, snapshotDomain: domain }],
          },
        };
      }
      case 'memberChangeLogs': {
        if (request.query.q !== 'memberAndApplication')
          return error(400, 'q must be memberAndApplication');
        const startTime =
          request.query.startTime === undefined ? 0 : Number(request.query.startTime);
        if (!Number.isInteger(startTime) || startTime < 0) return error(400, 'Invalid startTime');
        const start = Number(request.query.start ?? 0);
        const count = Math.min(50, Number(request.query.count ?? 10));
        const window = changelog
          .filter((event) => event.processedAt >= startTime)
          .sort((a, b) => a.processedAt - b.processedAt);
        return {
          status: 200,
          body: {
            paging: { start, count, links: [], total: 0 },
            elements: window.slice(start, start + count),
          },
        };
      }
      default:
        return error(404, 'Not Found');
    }
  }

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      path: url.pathname.replace(/^\/rest\//u, ''),
      query: Object.fromEntries(url.searchParams),
      headers: {
        authorization: incoming.headers.authorization,
        'linkedin-version': incoming.headers['linkedin-version'] as string | undefined,
      },
    };
    requests.push(request);
    const stall = stalls.find((item) => matches(item.match, request));
    if (stall) {
      stalls.splice(stalls.indexOf(stall), 1);
      stall.arrived();
      return; // never answered: the client waits until it is killed or times out
    }
    const script = scripted.find((item) => item.times > 0 && matches(item.match, request));
    if (script) {
      script.times -= 1;
      send(response, script.answer);
      return;
    }
    send(response, answer(request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/rest/`,
    requests,
    setSnapshot: (domain, pages) => void snapshot.set(domain, pages),
    setChangelog: (events) => {
      changelog = events as { processedAt: number }[];
    },
    setAuthorizations: (elements) => {
      authorizations = elements;
    },
    failNext: (match, scriptedAnswer, times = 1) =>
      void scripted.push({ match, answer: scriptedAnswer, times }),
    stall: (match) => new Promise<void>((arrived) => stalls.push({ match, arrived })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
