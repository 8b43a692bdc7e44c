import { describe, expect, it } from 'vitest';
import { payoutStatusWord } from '../../components/PayoutStatusBadge.tsx';
import { statusLook } from '../../pages/trips/trip-words.ts';
import { typedAuditSearch } from './audit-search.ts';
import { settingChangeWords, stateChangeWords } from './state-change-words.ts';

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

describe('a status change in the trail', () => {
  it('is said in the words of its entity’s pages, from and to', () => {
    expect(stateChangeWords({ entityType: 'payout', fromState: 'PENDING', toState: 'APPROVED' })).toBe(
      `${payoutStatusWord('PENDING')} → ${payoutStatusWord('APPROVED')}`,
    );
    expect(stateChangeWords({ entityType: 'trip', fromState: null, toState: 'REQUESTED' })).toBe(`→ ${statusLook('REQUESTED').label}`);
    expect(stateChangeWords({ entityType: 'payout_method', fromState: 'PENDING_REVIEW', toState: 'VERIFIED' })).toBe('Pending review → Verified');
    expect(stateChangeWords({ entityType: 'wallet', fromState: null, toState: null })).toBeNull();
  });

  it('says a user’s status change as what changed: a block apart from an unblock', () => {
    expect(stateChangeWords({ entityType: 'user', fromState: null, toState: 'BLOCKED' })).toBe('→ Blocked');
    expect(stateChangeWords({ entityType: 'user', fromState: null, toState: 'DRIVER_REINSTATED' })).toBe('→ Driver reinstated');
  });

  it('says an admin account’s change, made by an operator’s command, and the permissions before and after', () => {
    expect(stateChangeWords({ entityType: 'user', fromState: null, toState: 'PERMISSIONS_CHANGED' })).toBe('→ Permissions changed');
    expect(settingChangeWords({ changes: [{ field: 'permissions', from: 'MANAGE_PAYOUTS,VIEW_PAYOUTS', to: 'VIEW_PAYOUTS', currency: null }] })).toEqual([
      'Permissions: Manage payouts, View payouts → View payouts',
    ]);
    expect(settingChangeWords({ changes: [{ field: 'permissions', from: 'VIEW_WALLETS', to: '', currency: null }] })).toEqual([
      'Permissions: View wallets → none',
    ]);
  });

  it('says a step that kept the trip’s status as what it did', () => {
    expect(stateChangeWords({ entityType: 'trip', fromState: 'READY_FOR_PICKUP', toState: 'READY_FOR_PICKUP' })).toBe('Driver assigned');
  });
});

it('says a tariff change price by price, from and to in its currency, and a first price from none', () => {
  expect(
    settingChangeWords({
      changes: [
        { field: 'baseFare', from: '50000', to: '65050', currency: 'NGN' },
        { field: 'minimumFare', from: null, to: '100000', currency: 'NGN' },
      ],
    }),
  ).toEqual(['Base fare: ₦500.00 → ₦650.50', 'Minimum fare: none → ₦1,000.00']);
  expect(settingChangeWords({ changes: [] })).toEqual([]);
  expect(
    settingChangeWords({
      changes: [
        { field: 'name', from: 'Kachchi', to: 'Kacchi biryani', currency: null },
        { field: 'price', from: '40000', to: '45000', currency: 'BDT' },
        { field: 'available', from: 'true', to: 'false', currency: null },
      ],
    }),
  ).toEqual(['Name: “Kachchi” → “Kacchi biryani”', 'Price: ৳400.00 → ৳450.00', 'On the menu: yes → no']);
  // A commission rule version: which rule it is for, said as it is; the rate it replaces and the new one.
  const version = settingChangeWords({
    changes: [
      { field: 'serviceType', from: null, to: 'FOOD_DELIVERY', currency: null },
      { field: 'countryCode', from: null, to: 'US', currency: null },
      { field: 'paymentMethod', from: null, to: 'CASH', currency: null },
      { field: 'bps', from: '2000', to: '3000', currency: null },
      { field: 'effectiveFrom', from: null, to: '2026-12-01T12:00:00.000Z', currency: null },
    ],
  });
  expect(version.slice(0, 4)).toEqual(['Service: Food order: the delivery', 'Country: US', 'Payment: Cash', 'Commission: 20% → 30%']);
  expect(version[4]).toMatch(/^From: Dec 1, 2026, \d+:\d+ [AP]M$/);
});

it('says which actions the start of a name could be, rather than filtering by none', () => {
  expect(typedAuditSearch({ action: 'payout' }).problems.action).toBe(
    'Pick one: Payout created, Payout status changed, Payout approval recorded, Payout method changed, Payout method link refused',
  );
  // A whole action, or one this page does not know yet, is taken as typed.
  expect(typedAuditSearch({ action: 'payout created' }).problems).toEqual({});
  expect(typedAuditSearch({ action: 'ledger rebalanced' })).toMatchObject({ search: { action: 'LEDGER_REBALANCED' }, problems: {} });
});
