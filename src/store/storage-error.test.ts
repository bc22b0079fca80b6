import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../core/errors/app-error.js';
import { storageError } from './storage-error.js';

describe('a driver failure as a storage error', () => {
  it('finds the code of a connection refused on every address of localhost', () => {
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const error = new AggregateError([refused('::1:5432'), refused('127.0.0.1:5432')]);
    const stored = storageError('postgres://localhost/x', error);
    assert.equal(stored.code, 'storage-failed');
    assert.equal(stored.details.fault, 'server-unreachable');
    assert.equal(stored.details.driverCode, 'ECONNREFUSED');
    assert.equal(stored.cause, error);
  });

  it('keeps the driver text as the reason when the code means nothing known', () => {
    const error = Object.assign(new Error('near "SELEC": syntax error\nmore'), {
      code: 'SQLITE_ERROR',
    });
    const stored = storageError('/data/netwerk.db', error);
    assert.deepEqual(stored.details, {
      path: '/data/netwerk.db',
      reason: 'near "SELEC": syntax error',
    });
  });

  it('passes an error the app already explained through unchanged', () => {
    const explained = new AppError('account-removed', { username: 'eve' });
    assert.equal(storageError('db', explained), explained);
  });
});
