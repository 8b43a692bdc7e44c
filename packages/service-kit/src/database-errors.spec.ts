import { describe, expect, it } from '@jest/globals';
import { databaseBusy } from './database-errors.ts';

describe('databaseBusy', () => {
  it('answers DATABASE_BUSY, an overload (429), for a database with no connection free within the wait or too many clients', () => {
    for (const err of [
      { code: '53300', message: 'sorry, too many clients already' },
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection terminated due to connection timeout'),
    ]) {
      expect(databaseBusy(err)).toMatchObject({ code: 'DATABASE_BUSY', kind: 'OVERLOADED', httpStatus: 429 });
    }
  });

  it('answers DATABASE_UNAVAILABLE (503) for an unreachable or lost database', () => {
    for (const err of [
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
      // A connection ended under a transaction (pg_terminate_backend, a failover): retryable, not a 500.
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('Client was closed and is not queryable'),
      new Error('Connection terminated unexpectedly'),
    ]) {
      expect(databaseBusy(err)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', kind: 'UNAVAILABLE', httpStatus: 503 });
    }
  });

  it('leaves every other error alone', () => {
    for (const err of [new Error('duplicate key value violates unique constraint'), { code: '23505' }, 'text', null]) expect(databaseBusy(err)).toBeNull();
  });
});
