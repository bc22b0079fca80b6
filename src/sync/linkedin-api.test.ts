import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppError } from '../core/errors/app-error.js';
import { isAppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import { errorBody } from '../core/linkedin-sync/test-support/documented-samples.js';
import { checkMemberAuthorization, fetchChangelog } from './fetch-changelog.js';
import { fetchSnapshotDomain } from './fetch-snapshot.js';
import { LinkedInApi, redactToken, retryAfterMs } from './linkedin-api.js';
import type { FakeLinkedInApi } from './test-support/fake-linkedin-api.js';
import { startFakeLinkedInApi } from './test-support/fake-linkedin-api.js';

const token = 'AQX-fake-token-0123456789abcdefghijklmnopqrstuvwxyz';

let fake: FakeLinkedInApi;
before(async () => {
  fake = await startFakeLinkedInApi({ token });
});
after(() => fake.close());

/** A client whose waits are recorded instead of slept. */
function client(overrides: { token?: string } = {}) {
  const waits: number[] = [];
  const api = new LinkedInApi({
    token: overrides.token ?? token,
    baseUrl: fake.baseUrl,
    sleep: async (ms) => void waits.push(ms),
    clock: () => new Date('2026-03-05T10:00:00Z'),
  });
  return { api, waits };
}

async function failure(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  assert.fail('expected an error');
}

const rows = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, n) => ({ 'First Name': `${prefix}${n}` }));

describe('the LinkedIn API client', () => {
  it('sends the bearer token and LinkedIn-Version 202312 with every request', async () => {
    fake.requests.length = 0;
    await checkMemberAuthorization(client().api);
    assert.deepEqual(fake.requests[0]?.headers, {
      authorization: `Bearer ${token}`,
      'linkedin-version': '202312',
    });
    assert.deepEqual(fake.requests[0]?.query, { q: 'memberAndApplication' });
  });

  it('reads the consent check: the member URN and since when LinkedIn archives', async () => {
    assert.deepEqual(await checkMemberAuthorization(client().api), {
      memberUrn: 'urn:li:person:123ABC',
      regulatedAt: '2023-10-27T05:01:09.085Z',
      registered: true,
    });
    fake.setAuthorizations([]);
    assert.equal((await checkMemberAuthorization(client().api)).registered, false);
    fake.setAuthorizations([
      {
        regulatedAt: 1698382869085,
        memberComplianceAuthorizationKey: { member: 'urn:li:person:123ABC' },
      },
    ]);
  });

  it('turns 401 into an expired or revoked token', async () => {
    const error = await failure(
      checkMemberAuthorization(client({ token: 'a-wrong-token-of-twenty-chars' }).api),
    );
    assert.equal(error.code, 'linkedin-token-rejected');
    assert.match(describeError(error, 'en'), /netwerk link/u);
    assert.match(describeError(error, 'nl'), /netwerk link/u);
  });

  it('turns 403 into no access, with what the member needs', async () => {
    fake.failNext(
      { path: 'memberAuthorizations' },
      { status: 403, body: errorBody(403, 'ACCESS_DENIED') },
    );
    const error = await failure(checkMemberAuthorization(client().api));
    assert.equal(error.code, 'linkedin-access-denied');
    assert.match(
      describeError(error, 'en'),
      /EEA or Switzerland.*"ACCESS_DENIED"|"ACCESS_DENIED".*EEA or Switzerland/u,
    );
  });

  it('turns 426 into a refused API version', async () => {
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 426, body: { ...errorBody(426, 'x'), code: 'NONEXISTENT_VERSION' } },
    );
    const error = await failure(fetchChangelog(client().api, { startTime: null }));
    assert.equal(error.code, 'linkedin-version-refused');
    assert.match(describeError(error, 'en'), /202312/u);
  });

  it('turns a 400 or a 404 of the changelog into a refused request, not an empty changelog', async () => {
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 400, body: errorBody(400, 'Invalid startTime') },
    );
    const bad = await failure(fetchChangelog(client().api, { startTime: 5 }));
    assert.equal(bad.code, 'linkedin-request-failed');
    assert.equal(bad.details.linkedinMessage, 'Invalid startTime');
    fake.failNext({ path: 'memberChangeLogs' }, { status: 404, body: errorBody(404, 'Not Found') });
    assert.equal(
      (await failure(fetchChangelog(client().api, { startTime: 5 }))).code,
      'linkedin-request-failed',
    );
  });

  it('waits as long as Retry-After says on 429 and then goes on', async () => {
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 429, body: errorBody(429, 'Too many'), headers: { 'retry-after': '3' } },
      2,
    );
    const { api, waits } = client();
    const result = await fetchChangelog(api, { startTime: null });
    assert.equal(result.complete, true);
    assert.deepEqual(waits, [3000, 3000]);
  });

  it('backs off 2, 4, 8, 16 seconds without Retry-After, then says it is rate limited', async () => {
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 429, body: errorBody(429, 'Too many') },
      5,
    );
    const { api, waits } = client();
    const error = await failure(fetchChangelog(api, { startTime: null }));
    assert.equal(error.code, 'linkedin-rate-limited');
    assert.deepEqual(waits, [2000, 4000, 8000, 16000]);
    assert.match(describeError(error, 'en'), /try again in an hour/u);
  });

  it('does not wait for a Retry-After of an hour: it says when to try again', async () => {
    fake.failNext(
      { path: 'memberChangeLogs' },
      { status: 429, headers: { 'retry-after': '3600' } },
    );
    const { api, waits } = client();
    const error = await failure(fetchChangelog(api, { startTime: null }));
    assert.deepEqual(waits, []);
    assert.equal(error.details.retryAfterSeconds, 3600);
    assert.match(describeError(error, 'nl'), /over 1 uur/u);
  });

  it('retries server errors and then says LinkedIn is unavailable', async () => {
    fake.failNext({ path: 'memberChangeLogs' }, { status: 503 }, 5);
    const { api, waits } = client();
    const error = await failure(fetchChangelog(api, { startTime: null }));
    assert.equal(error.code, 'linkedin-unavailable');
    assert.equal(waits.length, 4);
  });

  it('says LinkedIn is unreachable when nothing listens', async () => {
    const api = new LinkedInApi({
      token,
      baseUrl: 'http://127.0.0.1:9/rest/',
      sleep: async () => undefined,
      retry: { attempts: 2 },
    });
    const error = await failure(checkMemberAuthorization(api));
    assert.equal(error.code, 'linkedin-unavailable');
    assert.ok(!JSON.stringify(error.details).includes(token));
  });

  it('never repeats the token in an error, even when LinkedIn echoes it', async () => {
    fake.failNext(
      { path: 'memberAuthorizations' },
      { status: 401, body: errorBody(401, `Invalid token ${token}`) },
    );
    const error = await failure(checkMemberAuthorization(client().api));
    for (const language of ['nl', 'en'] as const) {
      assert.ok(!describeError(error, language).includes(token));
    }
    assert.ok(!JSON.stringify(error.details).includes(token));
    assert.equal(redactToken(`x ${token} y Bearer ${token}`, token), 'x *** y Bearer ***');
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    assert.equal(retryAfterMs('30', now), 30_000);
    assert.equal(retryAfterMs('Thu, 05 Mar 2026 10:01:00 GMT', now), 60_000);
    assert.equal(retryAfterMs(null, now), undefined);
  });
});

/** Reads a domain and keeps its rows, as the spool would. */
async function readDomain(
  api: LinkedInApi,
  domain: Parameters<typeof fetchSnapshotDomain>[1],
  maxPages?: number,
) {
  const kept: Record<string, unknown>[] = [];
  const result = await fetchSnapshotDomain(api, domain, {
    onRows: (rows) => void kept.push(...rows),
    ...(maxPages ? { maxPages } : {}),
  });
  assert.equal(result.rows, kept.length);
  return { ...result, kept };
}

describe('snapshot paging', () => {
  it('asks for page 0, 1, 2… and takes the 404 after the last page as the end', async () => {
    fake.setSnapshot('CONNECTIONS', [rows('a', 3), rows('b', 3), rows('c', 1)]);
    fake.requests.length = 0;
    const result = await readDomain(client().api, 'CONNECTIONS');
    assert.equal(result.status, 'read');
    assert.equal(result.pages, 3);
    assert.equal(result.kept.length, 7);
    assert.deepEqual(
      fake.requests.map((request) => request.query.start),
      ['0', '1', '2', '3'],
    );
    assert.deepEqual(fake.requests[0]?.query, { q: 'criteria', domain: 'CONNECTIONS', start: '0' });
  });

  it('takes a 404 on the first page as an empty domain', async () => {
    const result = await readDomain(client().api, 'SKILLS');
    assert.deepEqual([result.status, result.kept.length], ['empty', 0]);
  });

  it('notes a domain LinkedIn does not support and stops there', async () => {
    fake.setSnapshot('PATENTS', [rows('p', 1)]);
    const events = await startFakeLinkedInApi({ token, unsupportedDomains: ['ALL_LIKES'] });
    try {
      const api = new LinkedInApi({ token, baseUrl: events.baseUrl });
      const result = await readDomain(api, 'ALL_LIKES');
      assert.equal(result.status, 'not-supported');
      assert.equal(result.message, 'domain is not supported');
    } finally {
      await events.close();
    }
  });

  it('stops when a page repeats the one before, and at the page cap', async () => {
    fake.setSnapshot('POSITIONS', [rows('x', 2), rows('x', 2), rows('y', 2)]);
    const repeated = await readDomain(client().api, 'POSITIONS');
    assert.deepEqual([repeated.status, repeated.kept.length], ['read', 2]);
    fake.setSnapshot('EDUCATION', [rows('a', 1), rows('b', 1), rows('c', 1)]);
    const capped = await readDomain(client().api, 'EDUCATION', 2);
    assert.deepEqual([capped.status, capped.kept.length], ['incomplete', 2]);
  });

  it('reads the official sample page and ends on the 404 its next link leads to', async () => {
    const { profileSnapshotPage } =
      await import('../core/linkedin-sync/test-support/documented-samples.js');
    fake.setSnapshot('PROFILE', [profileSnapshotPage.elements[0]?.snapshotData ?? []]);
    const result = await readDomain(client().api, 'PROFILE');
    assert.deepEqual([result.status, result.pages], ['read', 1]);
    assert.equal(result.kept[0]?.['Last Name'], 'Cruise');
  });
});

describe('changelog paging', () => {
  const events = Array.from({ length: 23 }, (_, n) => ({
    id: 1000 + n,
    processedAt: 1_700_000_000_000 + n * 1000,
    resourceName: 'invitations',
    method: 'ACTION',
  }));

  it('reads ten at a time by item offset within one startTime', async () => {
    fake.setChangelog(events);
    fake.requests.length = 0;
    const result = await fetchChangelog(client().api, { startTime: 1_700_000_002_000 });
    assert.equal(result.events.length, 21);
    assert.deepEqual(
      fake.requests.map((request) => [
        request.query.start,
        request.query.count,
        request.query.startTime,
      ]),
      [
        ['0', '10', '1700000002000'],
        ['10', '10', '1700000002000'],
        ['20', '10', '1700000002000'],
      ],
    );
  });

  it('asks without startTime on the first sync', async () => {
    fake.requests.length = 0;
    await fetchChangelog(client().api, { startTime: null });
    assert.equal(fake.requests[0]?.query.startTime, undefined);
  });
});
