import { describe, expect, it } from '@jest/globals';
import { settingChangesOf } from './setting-change.ts';

const tariff = (over: object) => ({
  countryCode: 'NG',
  serviceType: 'PARCEL',
  currency: 'NGN',
  baseFare: '65000',
  perKm: '12500',
  minimumFare: '100000',
  ...over,
});

describe('what a record changed', () => {
  it('names each tariff price that moved, from and to, in the tariff’s currency', () => {
    expect(settingChangesOf('trip.tariff-changed.v1', tariff({ previous: { baseFare: '50000', perKm: '12500', minimumFare: '90000' } }))).toEqual([
      { field: 'baseFare', from: '50000', to: '65000', currency: 'NGN' },
      { field: 'minimumFare', from: '90000', to: '100000', currency: 'NGN' },
    ]);
  });

  it('gives every price of a first tariff, from nothing', () => {
    expect(settingChangesOf('trip.tariff-changed.v1', tariff({ previous: null })).map((c) => [c.field, c.from, c.to])).toEqual([
      ['baseFare', '', '65000'],
      ['perKm', '', '12500'],
      ['minimumFare', '', '100000'],
    ]);
  });

  it('names what a menu item change changed: its price in the restaurant’s currency, its name, whether it can be ordered', () => {
    const item = { itemId: 'i-1', restaurantId: 'r-1', currency: 'BDT', name: 'Kacchi biryani', price: '45000', available: true };
    expect(settingChangesOf('trip.menu-item-changed.v1', { ...item, previous: { name: 'Kacchi biryani', price: '40000', available: true } })).toEqual([
      { field: 'price', from: '40000', to: '45000', currency: 'BDT' },
    ]);
    expect(
      settingChangesOf('trip.menu-item-changed.v1', { ...item, available: false, previous: { name: 'Kachchi', price: '45000', available: true } }),
    ).toEqual([
      { field: 'name', from: 'Kachchi', to: 'Kacchi biryani', currency: '' },
      { field: 'available', from: 'true', to: 'false', currency: '' },
    ]);
    expect(settingChangesOf('trip.menu-item-changed.v1', { ...item, previous: null }).map((c) => [c.field, c.from, c.to])).toEqual([
      ['name', '', 'Kacchi biryani'],
      ['price', '', '45000'],
      ['available', '', 'true'],
    ]);
  });

  it('names a commission rule version: which rule, the rate it replaces and the new one in basis points, and from when', () => {
    const rule = {
      ruleId: 'r1',
      serviceType: 'RIDE',
      countryCode: 'US',
      paymentMethod: 'CASH',
      bps: 3000,
      effectiveFrom: '2026-12-01T12:00:00.000Z',
      adminId: 'a1',
    };
    const words = (e: object) => settingChangesOf('trip.commission-rule-changed.v1', e).map((c) => [c.field, c.from, c.to, c.currency]);
    expect(words({ ...rule, previousBps: 2000 })).toEqual([
      ['serviceType', '', 'RIDE', ''],
      ['countryCode', '', 'US', ''],
      ['paymentMethod', '', 'CASH', ''],
      ['bps', '2000', '3000', ''],
      ['effectiveFrom', '', '2026-12-01T12:00:00.000Z', ''],
    ]);
    // An event written before it carried the rate it replaced: that rate is not guessed.
    expect(words(rule)[3]).toEqual(['bps', '', '3000', '']);
  });

  it('names an admin’s permissions before and after a change; a new admin’s from nothing; nothing for a sign-out', () => {
    const access = (permissions: string[], previousPermissions: string[] | null, change = 'PERMISSIONS_CHANGED') =>
      settingChangesOf('identity.admin-access-changed.v1', { adminId: 'a-1', change, permissions, previousPermissions, operator: 'scripts/admin' });
    expect(access(['VIEW_PAYOUTS'], ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS'])).toEqual([
      { field: 'permissions', from: 'MANAGE_PAYOUTS,VIEW_PAYOUTS', to: 'VIEW_PAYOUTS', currency: '' },
    ]);
    expect(access(['VIEW_WALLETS'], null, 'ADMIN_CREATED')).toEqual([{ field: 'permissions', from: '', to: 'VIEW_WALLETS', currency: '' }]);
    expect(access(['VIEW_WALLETS'], ['VIEW_WALLETS'], 'SIGN_INS_ENDED')).toEqual([]);
  });

  it('says nothing it does not know: an older event without what it replaced, or any other event', () => {
    expect(settingChangesOf('trip.tariff-changed.v1', tariff({}))).toEqual([]);
    expect(settingChangesOf('trip.settled.v1', tariff({ previous: null }))).toEqual([]);
    expect(settingChangesOf('trip.tariff-changed.v1', null)).toEqual([]);
  });
});
