import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { withdrawableBalance } from './withdrawable.ts';

describe('withdrawableBalance', () => {
  it('is available minus the commission owed', () => {
    expect(withdrawableBalance('DRIVER', 72_000n, 18_000n)).toBe(54_000n);
    expect(withdrawableBalance('RESTAURANT', 250_000n, 0n)).toBe(250_000n);
  });

  it('is zero when as much or more is owed than is available, or nothing is available', () => {
    expect(withdrawableBalance('DRIVER', 18_000n, 18_000n)).toBe(0n);
    expect(withdrawableBalance('DRIVER', 0n, 18_000n)).toBe(0n);
    expect(withdrawableBalance('DRIVER', 5_000n, 18_000n)).toBe(0n);
  });

  it('is zero for a rider, who never withdraws, and for the platform’s own accounts', () => {
    expect(withdrawableBalance('RIDER', 250_000n, 0n)).toBe(0n);
    expect(withdrawableBalance('PLATFORM', 250_000n, 0n)).toBe(0n);
  });

  it('is never below zero nor above available, and what it leaves is exactly what is owed', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (available, negative) => {
        const w = withdrawableBalance('DRIVER', available, negative);
        expect(w >= 0n && w <= available).toBe(true);
        if (w > 0n) expect(w + negative).toBe(available);
      }),
    );
  });
});
