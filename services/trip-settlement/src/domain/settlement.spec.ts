import { describe, expect, it } from '@jest/globals';
import { assertSettleable, ruleServicesOf, settlementOf, type SettleableTrip } from './settlement.ts';

const codeOf = (fn: () => unknown) => {
  try {
    return fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
};

const wallets = { customerWalletId: 'w-customer', driverWalletId: 'w-driver', restaurantWalletId: 'w-restaurant', holdId: 'hold-1' };

describe('which trip may be settled', () => {
  const done = (over: Partial<SettleableTrip> = {}): SettleableTrip => ({
    serviceType: 'RIDE',
    status: 'COMPLETED',
    paymentMethod: 'ONLINE',
    holdState: 'HELD',
    driverId: 'd-1',
    ...over,
  });
  it('a done trip with a driver, its ONLINE fare locked', () => {
    expect(codeOf(() => assertSettleable(done()))).toBeUndefined();
    expect(codeOf(() => assertSettleable(done({ paymentMethod: 'CASH', holdState: 'NONE' })))).toBeUndefined();
    expect(codeOf(() => assertSettleable(done({ serviceType: 'FOOD', status: 'DELIVERED' })))).toBeUndefined();
  });
  it('names every refusal', () => {
    expect(codeOf(() => assertSettleable(done({ status: 'SETTLED' })))).toBe('TRIP_ALREADY_SETTLED');
    expect(codeOf(() => assertSettleable(done({ status: 'IN_PROGRESS' })))).toBe('TRIP_NOT_COMPLETED');
    expect(codeOf(() => assertSettleable(done({ serviceType: 'PARCEL' })))).toBe('TRIP_NOT_COMPLETED'); // a parcel is done when DELIVERED
    expect(codeOf(() => assertSettleable(done({ holdState: 'RELEASED' })))).toBe('NO_LOCKED_FARE');
    expect(codeOf(() => assertSettleable(done({ driverId: null })))).toBe('TRIP_NOT_COMPLETED');
  });
});

describe('the food vs ride split', () => {
  it('a ride or parcel needs one rule, a food order two (restaurant first, then delivery)', () => {
    expect(ruleServicesOf('RIDE')).toEqual(['RIDE']);
    expect(ruleServicesOf('PARCEL')).toEqual(['PARCEL']);
    expect(ruleServicesOf('FOOD')).toEqual(['FOOD_RESTAURANT', 'FOOD_DELIVERY']);
  });

  it('a ride splits its fare between driver and platform under one rule', () => {
    const ride = { serviceType: 'RIDE' as const, paymentMethod: 'ONLINE' as const, currency: 'NGN', fare: 250_000n, foodSubtotal: null, deliveryFee: null };
    const s = settlementOf(ride, [{ id: 'r-ride', bps: 2000 }], wallets);
    expect(s.rule).toEqual({ id: 'r-ride', bps: 2000 });
    expect(s.restaurant).toBeNull();
    expect([s.driver.minor, s.platform.minor]).toEqual([200_000n, 50_000n]);
    expect(s.legs).toEqual([
      { walletId: 'w-customer', bucket: 'HELD', amount: '-250000', holdId: 'hold-1' },
      { walletId: 'w-driver', bucket: 'AVAILABLE', amount: '200000', earning: true },
      { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '50000' },
    ]);
  });

  it('a food order splits the food with the restaurant and the delivery fee with the driver, each under its own rule; the fare is not read', () => {
    const order = { serviceType: 'FOOD' as const, paymentMethod: 'CASH' as const, currency: 'NGN', fare: 999n, foodSubtotal: 100_000n, deliveryFee: 20_000n };
    const s = settlementOf(
      order,
      [
        { id: 'r-food', bps: 1000 },
        { id: 'r-delivery', bps: 500 },
      ],
      wallets,
    );
    expect(s.rule).toEqual({ id: 'r-delivery', bps: 500 });
    expect(s.restaurant).toEqual({ rule: { id: 'r-food', bps: 1000 }, amount: 90_000n });
    expect([s.driver.minor, s.platform.minor]).toEqual([19_000n, 11_000n]);
    // Cash changed hands outside the app: each commission is what its earner owes.
    expect(s.legs).toEqual([
      { walletId: 'w-restaurant', bucket: 'OWED', amount: '-10000' },
      { walletId: 'w-driver', bucket: 'OWED', amount: '-1000' },
      { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '11000' },
    ]);
  });
});
