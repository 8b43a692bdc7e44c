import { describe, expect, it } from 'vitest';
import { bpsToPercent, percentToBps } from './percent.ts';

describe('commission percentages', () => {
  it('shows basis points as a percentage without trailing zeros', () => {
    expect([2000, 1550, 1505, 5, 0, 10_000].map(bpsToPercent)).toEqual(['20%', '15.5%', '15.05%', '0.05%', '0%', '100%']);
  });

  it('reads what an admin types, and refuses what is not a percentage of at most two decimals', () => {
    expect(['20', '15.5', '15.05%', '0', '100'].map(percentToBps)).toEqual([2000, 1550, 1505, 0, 10_000]);
    expect(['100.01', '-1', '1.234', 'abc', ''].map(percentToBps)).toEqual([null, null, null, null, null]);
  });
});
