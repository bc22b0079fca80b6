import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ColumnMap, splitHeaderLine } from '../linkedin-export/export-headers.js';
import type { MessageRecord } from '../linkedin-export/export-records.js';
import { createMappingContext } from '../linkedin-export/mapping-context.js';
import { rowMappers } from '../linkedin-export/row-mappers.js';
import { mapSnapshotRows, tableFromSnapshotRows } from './map-snapshot-rows.js';
import { kindForSnapshotHeader, parseSnapshotDomains } from './snapshot-domains.js';
import { profileSnapshotPage } from './test-support/documented-samples.js';

const freshContext = () => createMappingContext({ keys: new Set(), names: new Set() });

describe('snapshot rows', () => {
  it('reads the official PROFILE sample as the profile row an export gives', () => {
    const rows = profileSnapshotPage.elements[0]?.snapshotData ?? [];
    const table = tableFromSnapshotRows(rows);
    assert.equal(kindForSnapshotHeader('PROFILE', table.header), 'profile');
    const context = freshContext();
    const { records, skipped } = mapSnapshotRows('profile', table, context);
    assert.deepEqual(skipped, []);
    assert.equal(records[0]?.key, 'owner');
    assert.equal(records[0]?.headline, 'Marketing Manager at Microsoft, Inc.');
    assert.equal(records[0]?.zipCode, '94086');
    assert.ok(context.owner.names.has('tom cruise'), 'the profile teaches who the owner is');
  });

  it('gives a message the same key whether it came from messages.csv or the INBOX snapshot', () => {
    const csv = [
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
      '2-abc==,,Ada Lovelace,https://www.linkedin.com/in/ada,Karin Smit,https://www.linkedin.com/in/karin,2026-03-04 09:07:12 UTC,,Hallo Karin,INBOX',
      '2-abc==,,Ada Lovelace,https://www.linkedin.com/in/ada,Karin Smit,https://www.linkedin.com/in/karin,2026-03-04 09:07:12 UTC,,Hallo Karin,INBOX',
    ].map(splitHeaderLine);
    const [header, ...cells] = csv;
    const mapper = rowMappers.messages(new ColumnMap(header ?? []), freshContext());
    const fromCsv = cells.map((row) => mapper(row) as MessageRecord);

    // Keys in another order, an extra empty key, and a URN! sibling, as live clients saw.
    const snapshot = [1, 2].map(() => ({
      CONTENT: 'Hallo Karin',
      DATE: '2026-03-04 09:07:12 UTC',
      'CONVERSATION ID': '2-abc==',
      FROM: 'Ada Lovelace',
      'SENDER PROFILE URL': 'https://www.linkedin.com/in/ada',
      TO: 'Karin Smit',
      'RECIPIENT PROFILE URLS': 'https://www.linkedin.com/in/karin',
      FOLDER: 'INBOX',
      '': '',
      'URN!': { message: 'Unable to process this field.' },
    }));
    const table = tableFromSnapshotRows(snapshot);
    assert.equal(kindForSnapshotHeader('INBOX', table.header), 'messages');
    assert.ok(!table.header.includes('') && !table.header.includes('URN!'));
    const { records } = mapSnapshotRows('messages', table, freshContext());
    assert.deepEqual(
      records.map((record) => record.key),
      fromCsv.map((record) => record.key),
    );
    assert.notEqual(records[0]?.key, records[1]?.key, 'a message sent twice stays two');
  });

  it('reads a field LinkedIn could not process as empty and counts it', () => {
    const table = tableFromSnapshotRows([
      {
        'First Name': 'Jan',
        'Last Name': 'Smit',
        URL: 'https://www.linkedin.com/in/jan-smit',
        Company: 'Unable_to_process_this_field.',
        'Connected On': '08 Feb 2026',
      },
    ]);
    assert.equal(table.placeholders, 1);
    const { records } = mapSnapshotRows('connections', table, freshContext());
    assert.equal(records[0]?.company, null);
    assert.equal(records[0]?.key, 'u:linkedin.com/in/jan-smit');
  });

  it('reports a row it cannot map by its position in the domain and maps the rest', () => {
    const table = tableFromSnapshotRows([
      { 'First Name': 'Jan', 'Last Name': 'Smit', 'Connected On': '08 Feb 2026' },
      { 'First Name': 'Piet', 'Last Name': 'Smit', 'Connected On': 'yesterday' },
    ]);
    const { records, skipped } = mapSnapshotRows('connections', table, freshContext());
    assert.equal(records.length, 1);
    assert.equal(skipped[0]?.row, 2);
    assert.equal(skipped[0]?.problem.kind, 'not-a-date');
  });

  it('tells given from received endorsements by the columns of the rows', () => {
    const given = tableFromSnapshotRows([
      {
        'Endorsement Date': '2025/03/04 09:07:12 UTC',
        'Skill Name': 'Logistics',
        'Endorsee First Name': 'Jan',
        'Endorsee Last Name': 'Smit',
        'Endorsee Public Url': 'www.linkedin.com/in/jan-smit',
        'Endorsement Status': 'ACCEPTED',
      },
    ]);
    assert.equal(kindForSnapshotHeader('ENDORSEMENTS', given.header), 'endorsements-given');
    const received = tableFromSnapshotRows([
      { 'Endorsement Date': 'x', 'Skill Name': 'y', 'Endorser First Name': 'Jan' },
    ]);
    assert.equal(kindForSnapshotHeader('ENDORSEMENTS', received.header), 'endorsements-received');
    assert.equal(kindForSnapshotHeader('CONNECTIONS', received.header), undefined);
  });
});

describe('--domains', () => {
  it("takes netwerk's words and LinkedIn's domain names, in the API's order", () => {
    assert.deepEqual(parseSnapshotDomains('messages, likes,CONNECTIONS'), {
      domains: ['CONNECTIONS', 'INBOX', 'ALL_LIKES'],
    });
    assert.deepEqual(parseSnapshotDomains('profile'), { domains: ['PROFILE', 'PROFILE_SUMMARY'] });
    assert.deepEqual(parseSnapshotDomains('none'), { domains: [] });
  });

  it('names the words it does not know', () => {
    assert.deepEqual(parseSnapshotDomains('connections,EVENTS,friends'), {
      unknown: ['EVENTS', 'friends'],
    });
  });
});
