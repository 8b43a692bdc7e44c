import { describe, expect, it } from '@jest/globals';
import { entryCauseOf } from './call-context.ts';

describe('entryCauseOf: who a ledger entry a service posts names as its cause', () => {
  it('names an admin as the admin, whether the gateway sent type ADMIN or a user with role ADMIN', () => {
    expect(entryCauseOf({ type: 'ADMIN', id: 'a-1' })).toEqual({ createdByAdminId: 'a-1', requestedByUserId: '' });
    expect(entryCauseOf({ type: 'USER', id: 'a-2', role: 'ADMIN' })).toEqual({ createdByAdminId: 'a-2', requestedByUserId: '' });
  });

  it('names a rider, driver or restaurant as the user whose request it is', () => {
    expect(entryCauseOf({ type: 'USER', id: 'd-1', role: 'DRIVER' })).toEqual({ createdByAdminId: '', requestedByUserId: 'd-1' });
  });

  it('names nobody for a system job, a service recovering on its own, or no actor', () => {
    for (const actor of [{ type: 'SYSTEM' as const, id: 'payout' }, null, undefined])
      expect(entryCauseOf(actor)).toEqual({ createdByAdminId: '', requestedByUserId: '' });
  });
});
