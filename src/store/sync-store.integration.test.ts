import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { ExportRecordByKind } from '../core/linkedin-export/export-records.js';
import { createMappingContext } from '../core/linkedin-export/mapping-context.js';
import { mapSnapshotRows, tableFromSnapshotRows } from '../core/linkedin-sync/map-snapshot-rows.js';
import type { SnapshotRow } from '../core/linkedin-sync/map-snapshot-rows.js';
import type { ImportSession, Store, SyncMeta } from './store.js';
import { dumpStore } from './test-support/store-dump.js';
import type { StoreTarget } from './test-support/store-targets.js';
import { postgresTarget, postgresUnavailable, sqliteTarget } from './test-support/store-targets.js';

const meta = (kind: SyncMeta['kind'] = 'snapshot'): SyncMeta => ({
  source: 'linkedin-api',
  exportedOn: undefined,
  startedAt: '2026-03-05T10:00:00.000Z',
  kind,
});

const exportMeta = {
  source: 'Basic_LinkedInDataExport_03-05-2026.zip',
  exportedOn: '2026-03-05',
  startedAt: '2026-03-05T11:00:00.000Z',
};

/** Maps rows the way both the import and the snapshot do, and writes them. */
async function writeRows<K extends ExportFileKind>(
  session: ImportSession,
  kind: K,
  rows: SnapshotRow[],
): Promise<ExportRecordByKind[K][]> {
  const { records } = mapSnapshotRows(
    kind,
    tableFromSnapshotRows(rows),
    createMappingContext(session.owner),
  );
  await session.write(kind, records);
  return records;
}

const finish = (session: ImportSession) =>
  session.finish({ finishedAt: '2026-03-05T10:01:00.000Z', hadInvitations: false, summary: {} });

const connection = (slug: string, company = 'Isala') => ({
  'First Name': slug,
  'Last Name': 'Smit',
  URL: `https://www.linkedin.com/in/${slug}`,
  'Email Address': '',
  Company: company,
  Position: 'Nurse',
  'Connected On': '08 Feb 2026',
});

const comment = (date: string, text: string) => ({
  Date: date,
  Link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1',
  Message: text,
});

function syncStoreContract(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`sync in the store on ${label}`, () => {
    let target: StoreTarget;
    const open: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const store = await target.open();
      open.push(store);
      return store;
    };
    before(async () => {
      const reason = postgresUnavailable();
      if (label.startsWith('PostgreSQL') && reason) throw new Error(reason);
      target = await makeTarget();
    });
    after(async () => {
      for (const store of open) await store.close();
      await target?.dispose();
    });

    it('saves the sync state with the data, and neither when the run fails', async () => {
      const store = await fresh();
      await store.runSync(meta(), async (session) => {
        await writeRows(session, 'connections', [connection('jan')]);
        await session.saveSyncState({ changelogCursor: 1_700_000_000_123, lastSyncAt: 'a' });
        await finish(session);
      });
      const before = await dumpStore(store);
      await assert.rejects(
        store.runSync(meta(), async (session) => {
          await writeRows(session, 'connections', [connection('piet')]);
          await session.saveSyncState({ changelogCursor: 1_800_000_000_000, lastSyncAt: 'b' });
          throw new Error('killed');
        }),
      );
      assert.equal(await dumpStore(store), before);
      const state = await store.getSyncState();
      assert.equal(state.changelogCursor, 1_700_000_000_123);
      assert.equal(state.lastSyncAt, 'a');
    });

    it('deletes only what the sync alone brought, and keeps what an export also holds', async () => {
      const store = await fresh();
      await store.runImport(exportMeta, async (session) => {
        await writeRows(session, 'connections', [connection('ada', 'Old BV')]);
        await finish(session);
      });
      await store.runSync(meta(), async (session) => {
        // ada: the export's row, updated by the sync; jan, piet: the sync's own.
        await writeRows(session, 'connections', [
          connection('ada', 'New BV'),
          connection('jan'),
          connection('piet'),
        ]);
        await finish(session);
      });
      // A later export also lists piet: from then on the row is the export's too.
      await store.runImport(exportMeta, async (session) => {
        await writeRows(session, 'connections', [connection('piet')]);
        await finish(session);
      });
      await store.updateSyncState({ changelogCursor: 5, memberUrn: 'urn:li:person:x' });

      const deleted = await store.deleteSyncedData();
      assert.equal(deleted.connections, 1);
      const left = (await store.listConnections()).map((row) => [row.key, row.company]).sort();
      assert.deepEqual(left, [
        ['u:linkedin.com/in/ada', 'New BV'],
        ['u:linkedin.com/in/piet', 'Isala'],
      ]);
      const state = await store.getSyncState();
      assert.equal(state.changelogCursor, null);
      assert.equal(state.memberUrn, null);
      assert.equal((await store.getStats()).imports, 3, 'the import log keeps its numbers');
    });

    it('lets a provisional changelog row give way to the export row of the same action', async () => {
      const store = await fresh();
      await store.runSync(meta('changelog'), async (session) => {
        const mapped = mapSnapshotRows(
          'comments',
          tableFromSnapshotRows([comment('2026-03-04 09:07:12', 'Mooi stuk!')]),
          createMappingContext(session.owner),
        );
        const provisional = mapped.records.map((record) => ({ ...record, key: 'cl:c:1' }));
        assert.equal((await session.twinnedKeys('comments', provisional)).size, 0);
        await session.write('comments', provisional);
        await finish(session);
      });
      assert.equal((await store.getStats()).comments, 1);

      await store.runImport(exportMeta, async (session) => {
        await writeRows(session, 'comments', [comment('2026-03-04 09:07:12', 'Mooi stuk!')]);
        await finish(session);
      });
      const activity = await store.listActivity();
      assert.equal(activity.length, 1, 'one comment, not two');
      assert.equal(
        activity[0]?.type === 'comment' ? activity[0].link : null,
        'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1',
      );

      // The same event again (startTime is inclusive) finds its twin and writes nothing.
      await store.runSync(meta('changelog'), async (session) => {
        const mapped = mapSnapshotRows(
          'comments',
          tableFromSnapshotRows([comment('2026-03-04 09:07:12', 'Mooi stuk!')]),
          createMappingContext(session.owner),
        );
        const provisional = mapped.records.map((record) => ({ ...record, key: 'cl:c:1' }));
        assert.deepEqual([...(await session.twinnedKeys('comments', provisional))], ['cl:c:1']);
        assert.equal(await session.reconcileProvisional(), 0);
        await finish(session);
      });
    });

    it('removes a provisional row on request, never a row of an export', async () => {
      const store = await fresh();
      let exportKey = '';
      await store.runImport(exportMeta, async (session) => {
        const [record] = await writeRows(session, 'comments', [
          comment('2026-03-01 08:00:00', 'Eerste'),
        ]);
        exportKey = record?.key ?? '';
        await finish(session);
      });
      await store.runSync(meta('changelog'), async (session) => {
        const mapped = mapSnapshotRows(
          'comments',
          tableFromSnapshotRows([comment('2026-03-02 08:00:00', 'Tweede')]),
          createMappingContext(session.owner),
        );
        await session.write(
          'comments',
          mapped.records.map((record) => ({ ...record, key: 'cl:c:2' })),
        );
        assert.equal(await session.removeProvisional('comments', ['cl:c:2', exportKey]), 1);
        await finish(session);
      });
      assert.equal((await store.getStats()).comments, 1);
    });

    it('finds the participants of stored conversations for the changelog', async () => {
      const store = await fresh();
      await store.runSync(meta(), async (session) => {
        await writeRows(session, 'messages', [
          {
            'CONVERSATION ID': '2-abc==',
            FROM: 'Ada Smit',
            'SENDER PROFILE URL': 'https://www.linkedin.com/in/ada',
            TO: 'Karin Smit',
            'RECIPIENT PROFILE URLS': 'https://www.linkedin.com/in/karin',
            DATE: '2026-03-04 09:07:12 UTC',
            CONTENT: 'Hallo',
          },
        ]);
        const participants = await session.participantsOf(['2-abc==', '2-none==']);
        assert.deepEqual(
          participants
            .get('2-abc==')
            ?.map((person) => person.key)
            .sort(),
          ['u:linkedin.com/in/ada', 'u:linkedin.com/in/karin'],
        );
        assert.equal(participants.has('2-none=='), false);
        await finish(session);
      });
    });
  });
}

syncStoreContract(sqliteTarget, 'SQLite');
syncStoreContract(postgresTarget, 'PostgreSQL (PGlite)');
