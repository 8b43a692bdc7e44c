import { describe, expect, it } from '@jest/globals';
import { Money } from '@ziba/money';
import fc from 'fast-check';
import { FALLBACK_BPS, isBackdated, isTooFarAhead, ruleInForce, splitFare, splitFoodOrder, type CommissionRule } from './commission.ts';
import { foodSettlementLegs, settlementLegs } from './settlement-entry.ts';

describe('commission', () => {
  it('a new version starts now or later, a few minutes of clock skew allowed', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(isBackdated(new Date('2026-11-29T12:00:00Z'), now)).toBe(false);
    expect(isBackdated(new Date('2026-11-29T11:56:00Z'), now)).toBe(false);
    expect(isBackdated(new Date('2027-01-01T00:00:00Z'), now)).toBe(false);
    expect(isBackdated(new Date('2026-11-29T11:54:59Z'), now)).toBe(true);
    expect(isBackdated(new Date('2020-01-01T00:00:00Z'), now)).toBe(true);
  });
  it('a version is scheduled at most a year ahead', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(isTooFarAhead(new Date('2027-11-29T12:00:00Z'), now)).toBe(false);
    expect(isTooFarAhead(new Date('2027-12-31T00:00:00Z'), now)).toBe(true);
    expect(isTooFarAhead(new Date('9999-12-31T23:59:59Z'), now)).toBe(true);
  });
  it('driver + platform = fare exactly, the platform share half-up, for any fare and rule', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 10_000 }), (fare, bps) => {
        const s = splitFare(Money.of(fare, 'NGN'), bps);
        expect(s.driver.minor + s.platform.minor).toBe(fare);
        const twiceError = 2n * (s.platform.minor * 10_000n - fare * BigInt(bps));
        expect(twiceError > -10_000n && twiceError <= 10_000n).toBe(true);
      }),
    );
  });

  it('the shipped ride rule gives the driver exactly 80%', () => {
    expect(splitFare(Money.of(174_500n, 'NGN'), 2000)).toMatchObject({ driver: Money.of(139_600n, 'NGN'), platform: Money.of(34_900n, 'NGN') });
  });

  it('takes the latest rule in force, and 15% when none matches', () => {
    const rule = (id: string, bps: number, from: string): CommissionRule => ({
      id,
      serviceType: 'RIDE',
      countryCode: 'BD',
      paymentMethod: 'CASH',
      bps,
      effectiveFrom: new Date(from),
    });
    const rules = [rule('a', 2000, '2026-01-01'), rule('b', 1800, '2026-06-01'), rule('c', 1000, '2027-01-01')];
    expect(ruleInForce(rules, 'RIDE', 'BD', 'CASH', new Date('2026-11-21'))).toEqual({ id: 'b', bps: 1800 });
    expect(ruleInForce(rules, 'RIDE', 'BD', 'ONLINE', new Date('2026-11-21')).bps).toBe(FALLBACK_BPS);
  });

  it('settlement entries balance: online takes the hold, cash books the commission as owed', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('CASH' as const, 'ONLINE' as const),
        (fare, bps, method) => {
          const legs = settlementLegs(method, splitFare(Money.of(fare, 'NGN'), bps), { riderWalletId: 'r', driverWalletId: 'd', holdId: 'h' });
          expect(legs.reduce((sum, l) => sum + BigInt(l.amount), 0n)).toBe(0n);
          expect(legs.every((l) => l.amount !== '0')).toBe(true);
        },
      ),
    );
  });
});

describe('food order split', () => {
  it('restaurant + driver + platform = total exactly; the cash entry owes both commissions', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 11n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (subtotal, fee, rb, db) => {
          const s = splitFoodOrder(Money.of(subtotal, 'BDT'), Money.of(fee, 'BDT'), rb, db);
          expect(s.restaurant.minor + s.driver.minor + s.platform.minor).toBe(subtotal + fee);
          for (const method of ['CASH', 'ONLINE'] as const) {
            const legs = foodSettlementLegs(method, s, subtotal - s.restaurant.minor, {
              customerWalletId: 'c',
              restaurantWalletId: 'r',
              driverWalletId: 'd',
              holdId: 'h',
            });
            expect(legs.reduce((sum, l) => sum + BigInt(l.amount), 0n)).toBe(0n);
          }
        },
      ),
    );
  });
});
