import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDirectory } from '../import/test-support/temp-directory.js';
import { writeKnownExportZip } from '../../test/support/export-zips.js';
import type { PhotoAnalysis } from '../vision/analyze-photo.js';
import { importInWorker } from './import-runner.js';
import type { TestApp } from './test-support/test-app.js';
import { createTestApp, uploadExport, waitForJob } from './test-support/test-app.js';

let test: TestApp;
let zip: string;
const fakePhoto: PhotoAnalysis = {
  format: 'jpeg',
  width: 800,
  height: 800,
  faces: 1,
  largestFaceShare: 0.12,
  brightness: 0.5,
  contrast: 0.2,
  sharpness: 0.4,
  faceBrightness: 0.5,
  faceBoxes: [{ x: 260, y: 180, width: 280, height: 280, score: 0.93 }],
  measuredOn: 'face',
  timingsMs: { decode: 1, faces: 1, measure: 1 },
};

before(async () => {
  test = await createTestApp({ analyzePhoto: async () => fakePhoto });
  zip = await writeKnownExportZip();
});
after(() => test.close());

interface Row {
  id: string;
  name: string;
  verdict: string;
  status: string;
}

describe('the data API', () => {
  it('imports an uploaded export as a job and reports it file by file', async () => {
    const response = await uploadExport(test, zip);
    assert.equal(response.status, 202);
    const { job } = (await response.json()) as { job: { id: string; source: string } };
    assert.equal(job.source, 'Basic_LinkedInDataExport_11-26-2026.zip');
    const done = await waitForJob(test, job.id);
    assert.equal(done.status, 'done', JSON.stringify(done.error));
    const summary = done.summary as { files: { name: string; rows: number }[] };
    assert.ok(summary.files.some((file) => file.name === 'Connections.csv' && file.rows === 11));
    assert.ok(done.files.length >= 5);

    const events = await test.call(`/api/import/jobs/${job.id}/events`);
    assert.equal(events.headers.get('content-type'), 'text/event-stream');
    const text = await events.text();
    assert.match(text, /^event: done$/m);

    const history = (await (await test.call('/api/imports')).json()) as {
      imports: { exportedOn: string }[];
      stats: { connections: number };
    };
    assert.equal(history.imports[0]?.exportedOn, '2026-11-26');
    assert.equal(history.stats.connections, 11);
  });

  it('reports a file that is not a ZIP as a failed job naming the upload, not the temp file', async () => {
    const notZip = join(tempDirectory('not-zip'), 'holiday.zip');
    await writeFile(notZip, 'just text');
    const { job } = (await (await uploadExport(test, notZip)).json()) as { job: { id: string } };
    const failed = await waitForJob(test, job.id);
    assert.equal(failed.status, 'failed');
    const error = failed.error as { code: string; message: { en: string } };
    assert.equal(error.code, 'export-not-zip');
    assert.match(error.message.en, /^holiday\.zip is not a ZIP file/);
    assert.doesNotMatch(error.message.en, /netwerk-upload/);
  });

  it('says a damaged upload and an unknown import job in the language of the UI that asks', async () => {
    const cut = join(tempDirectory('cut-upload'), 'Basic_LinkedInDataExport_11-26-2026.zip');
    await writeFile(cut, (await readFile(zip)).subarray(0, 300));
    const { job } = (await (await uploadExport(test, cut)).json()) as { job: { id: string } };
    const failed = await waitForJob(test, job.id);
    const error = failed.error as { code: string; message: { nl: string; en: string } };
    assert.equal(error.code, 'export-damaged');
    assert.match(
      error.message.nl,
      /^Basic_LinkedInDataExport_11-26-2026\.zip is beschadigd of onvolledig \(het bestand is korter dan de ZIP opgeeft; waarschijnlijk is de download afgebroken\)\. Er is niets geïmporteerd/u,
    );
    assert.match(error.message.en, /\(the file is shorter than the ZIP says; the download/u);
    for (const [language, words] of [
      ['nl', /^Deze import is niet \(meer\) bekend bij de server/u],
      ['en', /^The server does not know this import/u],
    ] as const) {
      const unknown = await test.call('/api/import/jobs/nothing-like-it', {
        headers: { 'x-netwerk-language': language },
      });
      assert.equal(unknown.status, 404);
      const body = (await unknown.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'not-found');
      assert.match(body.error.message, words);
    }
  });

  it('lists the inbox with verdicts and counts, and gives each invitation in full', async () => {
    const inbox = (await (await test.call('/api/inbox')).json()) as {
      rows: Row[];
      counts: { byVerdict: Record<string, number> };
    };
    assert.deepEqual(
      inbox.rows.map((row) => [row.name, row.verdict]),
      [
        ['Peter Pending', 'review'],
        ['Rich Moore', 'caution'],
      ],
    );
    assert.deepEqual(inbox.counts.byVerdict, { caution: 1, accept: 0, review: 1, ignore: 0 });
    const rich = inbox.rows[1]!;
    const detail = (await (
      await test.call(`/api/inbox/entry?id=${encodeURIComponent(rich.id)}`)
    ).json()) as { entry: { message: string; triage: { signals: { evidence: unknown[] }[] } } };
    assert.match(detail.entry.message, /Telegram/);
    assert.ok(detail.entry.triage.signals.length >= 2);
  });

  it('re-triages an invitation when the user records what the profile shows', async () => {
    const { rows } = (await (await test.call('/api/inbox')).json()) as { rows: Row[] };
    const peter = rows.find((row) => row.name === 'Peter Pending')!;
    const response = await test.call('/api/inbox/facts', {
      method: 'PUT',
      json: { id: peter.id, facts: { hasPhoto: false } },
    });
    const { entry } = (await response.json()) as { entry: { triage: { verdict: string } } };
    assert.equal(entry.triage.verdict, 'ignore');
    const again = (await (await test.call('/api/inbox')).json()) as { rows: Row[] };
    assert.equal(again.rows.find((row) => row.id === peter.id)?.verdict, 'ignore');
  });

  it('marks an invitation and refuses an unknown one', async () => {
    const { rows } = (await (await test.call('/api/inbox')).json()) as { rows: Row[] };
    const rich = rows.find((row) => row.name === 'Rich Moore')!;
    const marked = await test.call('/api/inbox/mark', {
      method: 'PUT',
      json: { id: rich.id, mark: 'reported' },
    });
    assert.equal(((await marked.json()) as { entry: { status: string } }).entry.status, 'reported');
    const unknown = await test.call('/api/inbox/mark', {
      method: 'PUT',
      json: { id: 'u:nobody', mark: 'accepted' },
    });
    assert.equal(unknown.status, 404);
    const bad = await test.call('/api/inbox/mark', {
      method: 'PUT',
      json: { id: rich.id, mark: 'deleted' },
    });
    assert.equal(bad.status, 400);
  });

  it('undoes a mark: pending again, in the list and in the counts', async () => {
    const { rows } = (await (await test.call('/api/inbox')).json()) as { rows: Row[] };
    const peter = rows.find((row) => row.name === 'Peter Pending')!;
    const mark = (status: string) =>
      test.call('/api/inbox/mark', { method: 'PUT', json: { id: peter.id, mark: status } });
    await mark('ignored');
    // Undo to the mark before (another one), then back to pending.
    const other = await mark('accepted');
    assert.equal(((await other.json()) as { entry: { status: string } }).entry.status, 'accepted');
    const undone = await mark('pending');
    assert.equal(undone.status, 200);
    assert.equal(((await undone.json()) as { entry: { status: string } }).entry.status, 'pending');
    const inbox = (await (await test.call('/api/inbox')).json()) as {
      rows: Row[];
      counts: { byStatus: Record<string, number> };
    };
    assert.equal(inbox.rows.find((row) => row.id === peter.id)?.status, 'pending');
    assert.equal(inbox.counts.byStatus.accepted, 0);
    assert.equal((await test.store.listInvitationMarks()).has(peter.id), false);
    // Undoing what is not marked is no error: it is pending either way.
    assert.equal((await mark('pending')).status, 200);
    const stranger = await test.call('/api/inbox/mark', {
      method: 'PUT',
      json: { id: 'u:nobody', mark: 'pending' },
    });
    assert.equal(stranger.status, 404);
  });

  it('forgets a recorded fact: unknown again, and the verdict follows', async () => {
    const { rows } = (await (await test.call('/api/inbox')).json()) as { rows: Row[] };
    const peter = rows.find((row) => row.name === 'Peter Pending')!;
    const put = (facts: unknown) =>
      test.call('/api/inbox/facts', { method: 'PUT', json: { id: peter.id, facts } });
    const before = (await (await put({ hasPhoto: false, headline: 'Nurse at Isala' })).json()) as {
      entry: { triage: { verdict: string } };
    };
    assert.equal(before.entry.triage.verdict, 'ignore');
    const response = await put({ hasPhoto: null });
    assert.equal(response.status, 200);
    const { entry } = (await response.json()) as {
      entry: { facts: Record<string, unknown>; triage: { verdict: string } };
    };
    assert.deepEqual(entry.facts, { headline: 'Nurse at Isala' });
    assert.equal(entry.triage.verdict, 'review');
    const again = (await (await test.call('/api/inbox')).json()) as { rows: Row[] };
    assert.equal(again.rows.find((row) => row.id === peter.id)?.verdict, 'review');
    await put({ headline: null });
    assert.equal((await test.store.listInviterFacts()).has(peter.id), false);
    // Only the fields the page knows, and null, nothing else.
    assert.equal((await put({ hasPhoto: 'unknown' })).status, 400);
  });

  it('guards the undo and the reset like every write: origin and session', async () => {
    const { rows } = (await (await test.call('/api/inbox')).json()) as { rows: Row[] };
    const id = rows[0]!.id;
    const foreign = await test.call('/api/inbox/mark', {
      method: 'PUT',
      json: { id, mark: 'pending' },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(foreign.status, 403);
    const anonymous = await test.call('/api/inbox/facts', {
      method: 'PUT',
      json: { id, facts: { hasPhoto: null } },
      headers: { cookie: 'netwerk_session=wrong' },
    });
    assert.equal(anonymous.status, 401);
  });

  it('aggregates the network charts on the server', async () => {
    const charts = (await (await test.call('/api/network/charts')).json()) as {
      connectionsPerMonth: { month: string; count: number }[];
      companies: { name: string; count: number }[];
      invitationsPerMonth: { month: string; sent: number; received: number; accepted: number }[];
      visibility: { weeks: { posts: number; comments: number; reactions: number }[] };
    };
    assert.equal(charts.connectionsPerMonth.at(-1)?.month, '2026-11');
    assert.equal(charts.connectionsPerMonth.at(-1)?.count, 6);
    assert.equal(charts.connectionsPerMonth[0]?.month, '2024-01');
    assert.deepEqual(charts.companies, [{ name: 'Isala', count: 11 }]);
    const november = charts.invitationsPerMonth.at(-1)!;
    assert.deepEqual(november, { month: '2026-11', sent: 3, received: 3, accepted: 2 });
    const weeks = charts.visibility.weeks;
    assert.equal(
      weeks.reduce((sum, week) => sum + week.posts + week.comments + week.reactions, 0),
      4,
    );
  });

  it('gives the follow-ups, reconnects, stale sent invitations and the weekly plan', async () => {
    const followups = (await (await test.call('/api/network/followups')).json()) as {
      followups: unknown[];
    };
    assert.equal(followups.followups.length, 5);
    const reconnects = (await (await test.call('/api/network/reconnects')).json()) as {
      reconnects: { name: string }[];
    };
    assert.deepEqual(
      reconnects.reconnects.map((r) => r.name),
      ['Piet Stil'],
    );
    const sent = (await (await test.call('/api/network/sent')).json()) as { sent: unknown[] };
    assert.equal(sent.sent.length, 1);
    const week = (await (
      await test.call('/api/network/week', { headers: { 'x-netwerk-language': 'nl' } })
    ).json()) as { actions: string[] };
    assert.ok(week.actions.some((action) => action.startsWith('Stuur 5 nieuwe connectie')));
  });

  it('audits the imported profile and a photo with its face boxes', async () => {
    const profile = (await (await test.call('/api/profile')).json()) as {
      audit: { headline: { verdict: string } } | null;
    };
    assert.ok(profile.audit);
    const photo = await test.call('/api/profile/photo', {
      method: 'POST',
      body: new Uint8Array([0xff, 0xd8, 0xff]),
      headers: { 'content-type': 'image/jpeg' },
    });
    const body = (await photo.json()) as {
      photo: { faceBoxes: unknown[]; width: number; timingsMs?: unknown };
      audit: { photo: { verdict: string } };
    };
    assert.deepEqual(body.photo.faceBoxes, fakePhoto.faceBoxes);
    assert.equal(body.photo.timingsMs, undefined);
    assert.ok(body.audit.photo.verdict);
  });

  it('refuses a photo over 8 MB before analysing it', async () => {
    const big = await test.call('/api/profile/photo', {
      method: 'POST',
      body: new Uint8Array(8 * 1024 * 1024 + 1),
      headers: { 'content-type': 'image/jpeg' },
    });
    assert.equal(big.status, 413);
  });
});

describe('uploads and imports under load', () => {
  it('refuses an export over the limit and leaves nothing behind', async () => {
    const small = await createTestApp({ limits: { exportBytes: 1000 } });
    try {
      const response = await uploadExport(small, zip);
      assert.equal(response.status, 413);
      const body = (await response.json()) as { error: { message: string } };
      assert.match(
        body.error.message,
        /The export ZIP is larger than netwerk accepts \(1000 bytes\)/,
      );
    } finally {
      await small.close();
    }
  });

  it('imports in a worker thread on a connection of its own, as netwerk serve does', async () => {
    const location = tempDirectory('worker-import');
    const { openStore } = await import('../store/open-store.js');
    const store = await openStore(join(location, 'netwerk.db'));
    await store.close();
    const inWorker = await createTestApp({
      runImport: importInWorker(join(location, 'netwerk.db')),
    });
    try {
      // The app's own store is another file here; the worker writes where it is told.
      const { job } = (await (await uploadExport(inWorker, zip)).json()) as { job: { id: string } };
      const done = await waitForJob(inWorker, job.id);
      assert.equal(done.status, 'done', JSON.stringify(done.error));
      assert.ok(done.files.some((file) => (file as { name: string }).name === 'Connections.csv'));
      const written = await openStore(join(location, 'netwerk.db'));
      assert.equal((await written.getStats()).connections, 11);
      await written.close();
      const notZip = join(location, 'notes.zip');
      await writeFile(notZip, 'not a zip');
      const failed = await waitForJob(
        inWorker,
        ((await (await uploadExport(inWorker, notZip)).json()) as { job: { id: string } }).job.id,
      );
      assert.equal((failed.error as { code: string }).code, 'export-not-zip');
    } finally {
      await inWorker.close();
    }
  });

  it('answers other requests while an import runs, and refuses a second import', async () => {
    let finish: (() => void) | undefined;
    const slow = await createTestApp({
      runImport: () =>
        new Promise((resolve) => {
          finish = () => resolve({ seq: 1, source: 'x.zip', files: [], skippedFiles: [] });
        }),
    });
    try {
      const started = await uploadExport(slow, zip);
      assert.equal(started.status, 202);
      const { job } = (await started.json()) as { job: { id: string } };
      const settings = await slow.call('/api/settings');
      assert.equal(settings.status, 200);
      const second = await uploadExport(slow, zip);
      assert.equal(second.status, 409);
      finish?.();
      assert.equal((await waitForJob(slow, job.id)).status, 'done');
    } finally {
      await slow.close();
    }
  });
});
