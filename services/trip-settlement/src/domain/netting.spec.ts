import { describe, expect, it } from '@jest/globals';
import { nettingAmount } from './netting.ts';

describe('weekly netting rules', () => {
  it('takes min(available, owed)', () => {
    expect(nettingAmount(7_200n, 50_800n)).toBe(7_200n);
    expect(nettingAmount(210_400n, 43_600n)).toBe(43_600n);
    expect(nettingAmount(0n, 100n)).toBe(0n);
    expect(nettingAmount(100n, 0n)).toBe(0n);
  });
});
