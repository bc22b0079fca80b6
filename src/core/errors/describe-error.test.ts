import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from './app-error.js';
import { describeError } from './describe-error.js';

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
