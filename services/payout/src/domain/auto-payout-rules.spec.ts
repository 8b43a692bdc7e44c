import { describe, expect, it } from '@jest/globals';
import { autoPayoutSkips } from './auto-payout-rules.ts';

describe('auto-payout skips', () => {
  it('pay an earner at or above the threshold with no payout open', () => {
    expect(autoPayoutSkips({ amount: 500_000n, threshold: 500_000n, hasOpenPayout: false })).toEqual([]);
  });
  it('name every reason an earner is passed by', () => {
    expect(autoPayoutSkips({ amount: 499_999n, threshold: 500_000n, hasOpenPayout: false })).toEqual(['BELOW_AUTO_PAYOUT_THRESHOLD']);
    expect(autoPayoutSkips({ amount: 900_000n, threshold: 500_000n, hasOpenPayout: true })).toEqual(['OPEN_PAYOUT_EXISTS']);
    expect(autoPayoutSkips({ amount: 0n, threshold: 500_000n, hasOpenPayout: true })).toEqual(['BELOW_AUTO_PAYOUT_THRESHOLD', 'OPEN_PAYOUT_EXISTS']);
  });
});
