import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { earnerShare, mayHaveShares, type RecordedShares, type SharedTrip } from './earner-share.ts';

const user = (role: string, id: string): Actor => ({ type: 'USER', id, role });
const driver = user('DRIVER', 'driver-1');
const restaurant = user('RESTAURANT', 'restaurant-1');

const ride: SharedTrip = {
  status: 'SETTLED',
  serviceType: 'RIDE',
  driverId: 'driver-1',
  restaurantId: null,
  fare: 303_500n,
  foodSubtotal: null,
  deliveryFee: null,
};
const rideShares: RecordedShares = { driverAmount: 242_800n, commissionBps: 2000, restaurantAmount: null, restaurantBps: null };
const order: SharedTrip = {
  status: 'SETTLED',
  serviceType: 'FOOD',
  driverId: 'driver-1',
  restaurantId: 'restaurant-1',
  fare: 680_000n,
  foodSubtotal: 620_000n,
  deliveryFee: 60_000n,
};
const orderShares: RecordedShares = { driverAmount: 48_000n, commissionBps: 2000, restaurantAmount: 527_000n, restaurantBps: 1500 };

describe('an earner’s share of a settled trip', () => {
  it('gives a ride’s driver what they earn and the commission on the fare, adding up to the fare', () => {
    expect(earnerShare(driver, ride, rideShares)).toEqual({ earned: 242_800n, commission: 60_700n, commissionBps: 2000 });
  });

  it('gives a food order’s driver their part of the delivery fee, and its restaurant its part of the food', () => {
    expect(earnerShare(driver, order, orderShares)).toEqual({ earned: 48_000n, commission: 12_000n, commissionBps: 2000 });
    expect(earnerShare(restaurant, order, orderShares)).toEqual({ earned: 527_000n, commission: 93_000n, commissionBps: 1500 });
  });

  it('gives none to the rider, to staff, to another earner, or before the trip is settled', () => {
    expect(earnerShare(user('RIDER', 'rider-1'), ride, rideShares)).toBeNull();
    expect(earnerShare({ type: 'ADMIN', id: 'admin-1' }, ride, rideShares)).toBeNull();
    expect(earnerShare(user('DRIVER', 'driver-2'), ride, rideShares)).toBeNull();
    expect(earnerShare(user('RESTAURANT', 'restaurant-2'), order, orderShares)).toBeNull();
    expect(earnerShare(driver, { ...ride, status: 'COMPLETED' }, rideShares)).toBeNull();
    expect(earnerShare(driver, ride, null)).toBeNull();
  });

  it('is read only for an earner among settled trips', () => {
    expect(mayHaveShares(driver, [ride])).toBe(true);
    expect(mayHaveShares(driver, [{ status: 'COMPLETED' }])).toBe(false);
    expect(mayHaveShares(user('RIDER', 'rider-1'), [ride])).toBe(false);
    expect(mayHaveShares({ type: 'ADMIN', id: 'admin-1' }, [ride])).toBe(false);
  });
});
