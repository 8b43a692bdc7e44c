import { describe, expect, it } from '@jest/globals';
import type { EventActor, EventEnvelope } from '@ziba/contracts';
import { notificationsOf } from './notifications.ts';

const admin: EventActor = { type: 'ADMIN', id: 'admin-1' };
const event = (type: string, data: unknown, actor: EventActor | null = admin): EventEnvelope => ({
  id: 'e-1',
  type,
  source: 'test',
  aggregateType: 'x',
  aggregateId: 'a-1',
  occurredAt: '2026-11-30T07:00:00.000Z',
  correlationId: null,
  causationId: null,
  actor,
  data,
});

describe('the notifications an event gives rise to', () => {
  it('tells an earner of every end of a withdrawal that is news, with its amount', () => {
    for (const [to, kind] of [
      ['PAID', 'PAYOUT_PAID'],
      ['REJECTED', 'PAYOUT_REJECTED'],
      ['REVERSED', 'PAYOUT_REVERSED'],
      ['RETURNED', 'PAYOUT_RETURNED'],
    ])
      expect(notificationsOf(event('payout.status-changed.v1', { payoutId: 'p-1', ownerId: 'u-1', to, amount: '500', currency: 'NGN' }))).toEqual([
        { ownerId: 'u-1', kind, amount: '500', currency: 'NGN', reference: 'p-1' },
      ]);
    // Approved and processing are steps on the way, not news.
    expect(notificationsOf(event('payout.status-changed.v1', { payoutId: 'p-1', ownerId: 'u-1', to: 'APPROVED', amount: '500', currency: 'NGN' }))).toEqual([]);
  });

  it('tells everyone on a trip or order that support cancelled it, once each, and no one of a cancel they made', () => {
    const ride = { tripId: 't-1', serviceType: 'RIDE', from: 'IN_PROGRESS', to: 'CANCELLED_BY_SYSTEM', actorType: 'ADMIN', actorId: 'admin-1' };
    const told = (data: object) =>
      notificationsOf(event('trip.status-changed.v1', { ...ride, ...data })).map((n) => [n.ownerId, n.kind, n.reference, n.amount]);
    expect(told({ riderId: 'r-1', driverId: 'd-1', restaurantId: null })).toEqual([
      ['r-1', 'TRIP_CANCELLED_BY_SUPPORT', 't-1', null],
      ['d-1', 'TRIP_CANCELLED_BY_SUPPORT', 't-1', null],
    ]);
    // Waiting for a driver: only the rider is on it.
    expect(told({ from: 'SEARCHING_DRIVER', riderId: 'r-1', driverId: null, restaurantId: null })).toEqual([['r-1', 'TRIP_CANCELLED_BY_SUPPORT', 't-1', null]]);
    expect(told({ serviceType: 'FOOD', riderId: 'c-1', driverId: 'd-1', restaurantId: 'k-1' }).map(([id, kind]) => [id, kind])).toEqual([
      ['c-1', 'ORDER_CANCELLED_BY_SUPPORT'],
      ['d-1', 'ORDER_CANCELLED_BY_SUPPORT'],
      ['k-1', 'ORDER_CANCELLED_BY_SUPPORT'],
    ]);
    // A timeout's cancel, and any other step, are news to no one here.
    expect(told({ actorType: 'SYSTEM', riderId: 'r-1', driverId: null })).toEqual([]);
    expect(told({ to: 'COMPLETED', riderId: 'r-1', driverId: 'd-1' })).toEqual([]);
  });

  it('tells the others on a trip or order that a rider, driver or restaurant cancelled it, never the one who did', () => {
    const told = (data: object) =>
      notificationsOf(event('trip.status-changed.v1', { tripId: 't-1', serviceType: 'RIDE', from: 'ACCEPTED', actorType: 'USER', ...data }, null)).map((n) => [
        n.ownerId,
        n.kind,
      ]);
    expect(told({ to: 'CANCELLED_BY_RIDER', riderId: 'r-1', driverId: 'd-1' })).toEqual([['d-1', 'TRIP_CANCELLED_BY_RIDER']]);
    expect(told({ to: 'CANCELLED_BY_DRIVER', riderId: 'r-1', driverId: 'd-1' })).toEqual([['r-1', 'TRIP_CANCELLED_BY_DRIVER']]);
    // Cancelled while still waiting for a driver: no one else is on it.
    expect(told({ to: 'CANCELLED_BY_RIDER', riderId: 'r-1', driverId: null })).toEqual([]);
    const food = { serviceType: 'FOOD', riderId: 'c-1', restaurantId: 'k-1' };
    expect(told({ ...food, to: 'CANCELLED_BY_RESTAURANT', driverId: null })).toEqual([['c-1', 'ORDER_CANCELLED_BY_RESTAURANT']]);
    expect(told({ ...food, to: 'CANCELLED_BY_RIDER', driverId: 'd-1' })).toEqual([
      ['d-1', 'ORDER_CANCELLED_BY_CUSTOMER'],
      ['k-1', 'ORDER_CANCELLED_BY_CUSTOMER'],
    ]);
    expect(told({ ...food, to: 'CANCELLED_BY_DRIVER', driverId: 'd-1' })).toEqual([
      ['c-1', 'ORDER_CANCELLED_BY_DRIVER'],
      ['k-1', 'ORDER_CANCELLED_BY_DRIVER'],
    ]);
  });

  it('tells a user of KYC decisions and of their account’s status, without money', () => {
    expect(notificationsOf(event('identity.document-decided.v1', { userId: 'u-1', documentType: 'NIN', decision: 'APPROVE' }))).toEqual([
      { ownerId: 'u-1', kind: 'DOCUMENT_APPROVED', amount: null, currency: null, reference: 'NIN' },
    ]);
    expect(notificationsOf(event('identity.profile-decided.v1', { userId: 'u-1', decision: 'REJECT' }))[0]?.kind).toBe('PROFILE_REJECTED');
    expect(notificationsOf(event('identity.user-status-changed.v1', { userId: 'u-1', change: 'DRIVER_REINSTATED' }))[0]?.kind).toBe('DRIVER_REINSTATED');
  });

  it('tells an earner of an admin’s review of their payout account, but not of an account verified as it was saved', () => {
    const method = (status: string) => ({ ownerId: 'u-1', methodId: 'm-1', maskedNumber: '****2450', status });
    expect(notificationsOf(event('payout.method-changed.v1', method('REJECTED')))).toEqual([
      { ownerId: 'u-1', kind: 'PAYOUT_ACCOUNT_REJECTED', amount: null, currency: null, reference: '****2450' },
    ]);
    expect(notificationsOf(event('payout.method-changed.v1', method('VERIFIED')))[0]?.kind).toBe('PAYOUT_ACCOUNT_VERIFIED');
    expect(notificationsOf(event('payout.method-changed.v1', method('VERIFIED'), { type: 'USER', id: 'u-1' }))).toEqual([]);
    expect(notificationsOf(event('payout.method-changed.v1', method('PENDING_REVIEW'), { type: 'USER', id: 'u-1' }))).toEqual([]);
  });

  it('tells a rider of a top-up, of a fare paid and of a held fare given back, and an earner of commission owed and netted', () => {
    const posted = (entryType: string, serviceType: string, postings: object[]) =>
      notificationsOf(event('wallet.entry-posted.v1', { entryId: 'e-9', entryType, serviceType, currency: 'BDT', postings }));
    expect(posted('ADD_FUNDS', 'funding', [{ ownerId: 'r-1', ownerType: 'RIDER', bucket: 'AVAILABLE', amount: '50000' }])).toEqual([
      { ownerId: 'r-1', kind: 'FUNDS_ADDED', amount: '50000', currency: 'BDT', reference: 'e-9' },
    ]);
    const fare = [
      { ownerId: 'r-1', ownerType: 'RIDER', bucket: 'HELD', amount: '-30000' },
      { ownerId: 'r-1', ownerType: 'RIDER', bucket: 'AVAILABLE', amount: '30000' },
    ];
    // The ledger's release of a hold is no news of its own: the trip's event says it (below).
    expect(posted('RELEASE', 'refund', fare)).toEqual([]);
    expect(notificationsOf(event('trip.fare-released.v1', { tripId: 't-1', riderId: 'r-1', holdId: 'trip-t-1-1', amount: '30000', currency: 'BDT' }))).toEqual([
      { ownerId: 'r-1', kind: 'HOLD_RELEASED', amount: '30000', currency: 'BDT', reference: 't-1' },
    ]);
    expect(posted('TRANSFER', 'ride', fare.slice(0, 1)).map((n) => [n.kind, n.amount])).toEqual([['TRIP_PAID', '30000']]);
    // A food order is an order to its customer, not a trip.
    expect(posted('TRANSFER', 'food', fare.slice(0, 1)).map((n) => [n.kind, n.amount])).toEqual([['ORDER_PAID', '30000']]);
    const netted = [
      { ownerId: 'd-1', ownerType: 'DRIVER', bucket: 'AVAILABLE', amount: '-39100' },
      { ownerId: 'd-1', ownerType: 'DRIVER', bucket: 'OWED', amount: '-39100' },
    ];
    expect(posted('TRANSFER', 'commission_settlement', netted).map((n) => [n.kind, n.amount])).toEqual([['COMMISSION_NETTED', '39100']]);
    // A cash ride's settlement: the commission the driver now owes (the platform's revenue is nobody's news).
    const owed = [
      { ownerId: 'd-1', ownerType: 'DRIVER', bucket: 'OWED', amount: '-9689' },
      { ownerId: 'platform', ownerType: 'PLATFORM', bucket: 'AVAILABLE', amount: '9689' },
    ];
    expect(posted('TRANSFER', 'commission', owed)).toEqual([{ ownerId: 'd-1', kind: 'COMMISSION_OWED', amount: '9689', currency: 'BDT', reference: 'e-9' }]);
    // An admin's refund, and corrections either way, are news to whoever's wallet they moved.
    expect(posted('CREDIT', 'refund', [{ ownerId: 'r-1', ownerType: 'RIDER', bucket: 'AVAILABLE', amount: '30000' }])).toEqual([
      { ownerId: 'r-1', kind: 'REFUND_CREDITED', amount: '30000', currency: 'BDT', reference: 'e-9' },
    ]);
    expect(
      posted('DEBIT', 'adjustment', [{ ownerId: 'd-1', ownerType: 'DRIVER', bucket: 'AVAILABLE', amount: '-500' }]).map((n) => [n.kind, n.amount]),
    ).toEqual([['WALLET_DEBITED', '500']]);
    expect(posted('CREDIT', 'adjustment', [{ ownerId: 'd-1', ownerType: 'DRIVER', bucket: 'AVAILABLE', amount: '500' }]).map((n) => n.kind)).toEqual([
      'WALLET_CREDITED',
    ]);
    // Owed commission paid at an office reduces what is owed: no news of owing.
    expect(posted('TRANSFER', 'commission_settlement', [{ ownerId: 'd-1', ownerType: 'DRIVER', bucket: 'OWED', amount: '9689' }])).toEqual([]);
  });
});
