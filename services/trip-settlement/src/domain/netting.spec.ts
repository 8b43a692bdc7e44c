import { describe, expect, it } from '@jest/globals';
import { nettedTotal, nettingAmount, owesCommission, type NettedItem } from './netting.ts';

describe('weekly netting rules', () => {
  it('takes min(available, owed)', () => {
    expect(nettingAmount(7_200n, 50_800n)).toBe(7_200n);
    expect(nettingAmount(210_400n, 43_600n)).toBe(43_600n);
    expect(nettingAmount(0n, 100n)).toBe(0n);
    expect(nettingAmount(100n, 0n)).toBe(0n);
  });

  it('knows only earners owe commission', () => {
    expect(['DRIVER', 'RESTAURANT', 'RIDER', 'ADMIN'].filter(owesCommission)).toEqual(['DRIVER', 'RESTAURANT']);
  });
});

describe('what a run netted', () => {
  const item = (over: Partial<NettedItem>): NettedItem => ({ mode: 'live', currency: 'NGN', netted: 500n, entryId: 'entry-1', ...over });

  it('sums the live items the ledger posted, and leaves out test money, refused items and items not yet posted', () => {
    expect(
      nettedTotal([
        item({}),
        item({ netted: 250n }),
        item({ mode: 'test', netted: 9_000n }),
        item({ entryId: 'refused:INSUFFICIENT_FUNDS', netted: 70n }),
        item({ entryId: null, netted: 30n }),
      ]),
    ).toEqual({ amount: 750n, currency: 'NGN' });
  });

  it('is none when nothing live was posted', () => {
    expect(nettedTotal([])).toBeNull();
    expect(nettedTotal([item({ mode: 'test' }), item({ entryId: 'refused:WALLET_NOT_FOUND' })])).toBeNull();
  });
});
