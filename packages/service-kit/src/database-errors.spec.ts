import { describe, expect, it } from '@jest/globals';
import { databaseBusy } from './database-errors.ts';

describe('databaseBusy', () => {
  it('answers 503 DATABASE_BUSY for an overloaded, unreachable or lost database', () => {
    for (const err of [
      { code: '53300', message: 'sorry, too many clients already' },
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
      new Error('timeout exceeded when trying to connect'),
      // A connection ended under a transaction (pg_terminate_backend, a failover): retryable, not a 500.
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('Client was closed and is not queryable'),
      new Error('Connection terminated unexpectedly'),
    ]) {
      expect(databaseBusy(err)).toMatchObject({ code: 'DATABASE_BUSY', kind: 'UNAVAILABLE' });
    }
  });

  it('leaves every other error alone', () => {
    for (const err of [new Error('duplicate key value violates unique constraint'), { code: '23505' }, 'text', null]) expect(databaseBusy(err)).toBeNull();
  });
});
