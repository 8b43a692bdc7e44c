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

  it('says nothing it does not know: an older event without what it replaced, or any other event', () => {
    expect(settingChangesOf('trip.tariff-changed.v1', tariff({}))).toEqual([]);
    expect(settingChangesOf('trip.settled.v1', tariff({ previous: null }))).toEqual([]);
    expect(settingChangesOf('trip.tariff-changed.v1', null)).toEqual([]);
  });
});
