import { expect, it } from 'vitest';
import { typedAuditSearch } from './audit-search.ts';

it('reads an action or entity type typed in any case, with spaces, as the trail names it', () => {
  expect(typedAuditSearch({ action: ' payout status changed ', entityType: 'Payout method', entityId: ' abc ' })).toEqual({
    search: { action: 'PAYOUT_STATUS_CHANGED', entityType: 'payout_method', entityId: 'abc' },
    problems: {},
  });
});

it('says on its field what cannot be a filter, instead of dropping it', () => {
  expect(typedAuditSearch({ action: 'payout-42' }).problems).toEqual({ action: 'Letters only, like Payout status changed' });
  expect(typedAuditSearch({ from: '2026-11-30', to: '2026-11-01' }).problems).toEqual({ to: 'Pick a day on or after From' });
  expect(typedAuditSearch({ entityId: 'two ids' }).problems).toEqual({ entityId: 'One id, without spaces' });
});
