import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from './app-error.js';
import { describeError } from './describe-error.js';
import { storageFaultOf } from './storage-fault.js';

describe('describeError: storage-failed', () => {
  it('points a PostgreSQL failure at the URL and the server, a SQLite one at the path and disk', () => {
    const server = new AppError('storage-failed', {
      path: 'postgres://nobody:***@127.0.0.1:1/none',
      reason: 'connect ECONNREFUSED 127.0.0.1:1',
    });
    assert.match(
      describeError(server, 'en'),
      /check the URL, and that the PostgreSQL server runs/u,
    );
    assert.match(describeError(server, 'nl'), /of de PostgreSQL-server draait/u);
    const file = new AppError('storage-failed', {
      path: '/data/netwerk.db',
      reason: 'SQLITE_FULL',
    });
    assert.match(describeError(file, 'en'), /check the path and the free disk space/u);
    assert.match(describeError(file, 'nl'), /controleer het pad en de schijfruimte/u);
  });
});

describe('describeError: a storage fault the driver named', () => {
  it('says the cause and what to do in Dutch and English, keeping the driver code, not its text', () => {
    const busy = new AppError('storage-failed', {
      path: '/data/netwerk.db',
      reason: 'database is locked',
      fault: 'busy',
      driverCode: 'SQLITE_BUSY',
    });
    assert.equal(
      describeError(busy, 'nl'),
      'De database /data/netwerk.db is bezet door een ander proces (SQLITE_BUSY). Er is niets half weggeschreven; wacht tot de andere netwerk-opdracht (een import, `netwerk serve`) klaar is en probeer het opnieuw.',
    );
    assert.match(describeError(busy, 'en'), /is in use by another process \(SQLITE_BUSY\)/u);
    assert.doesNotMatch(describeError(busy, 'nl'), /database is locked/u);
  });

  it('tells each known driver code apart, and leaves an unknown one to the general sentence', () => {
    const faults = new Map(
      [
        ['SQLITE_BUSY', 'busy'],
        ['SQLITE_READONLY_DBMOVED', 'read-only'],
        ['EACCES', 'read-only'],
        ['SQLITE_NOTADB', 'not-a-database'],
        ['SQLITE_CORRUPT', 'not-a-database'],
        ['SQLITE_FULL', 'disk-full'],
        ['SQLITE_CANTOPEN', 'cannot-open'],
        ['ECONNREFUSED', 'server-unreachable'],
        ['28P01', 'access-denied'],
        ['3D000', 'no-such-database'],
        ['57P01', 'connection-lost'],
        ['SQLITE_ERROR', undefined],
        ['EACCESS', undefined],
      ].map(([code, fault]) => [code!, fault]),
    );
    for (const [code, fault] of faults) assert.equal(storageFaultOf(code), fault, code);
    const sentences = new Set(
      [...new Set(faults.values())]
        .filter((fault) => fault !== undefined)
        .map((fault) => describeError(new AppError('storage-failed', { path: 'db', fault }), 'nl')),
    );
    assert.equal(sentences.size, 9, 'one Dutch sentence per fault');
  });
});

describe('describeError: an unreadable file', () => {
  it("says the system's error code in words in each language, and keeps the code", () => {
    const error = new AppError('input-unreadable', { path: '/exports/x.zip', reason: 'EACCES' });
    assert.equal(
      describeError(error, 'nl'),
      '/exports/x.zip kan niet gelezen worden (geen toestemming om het te lezen, EACCES). Controleer of het een leesbaar bestand is.',
    );
    assert.equal(
      describeError(error, 'en'),
      '/exports/x.zip cannot be read (no permission to read it, EACCES). Check that it is a readable file.',
    );
  });
});
