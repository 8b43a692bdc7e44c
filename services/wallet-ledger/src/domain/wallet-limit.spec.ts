import { describe, expect, it } from '@jest/globals';
import { CURRENCIES } from '@ziba/money';
import { requireTopUpWithinLimit, TOP_UP_LIMIT, topUpRoom } from './wallet-limit.ts';

describe('the room a top-up has', () => {
  const max = CURRENCIES.USD.maxWalletBalance;
  it('is one top-up’s limit, or less when the wallet limit less what the wallet holds is less, held money counted', () => {
    expect(topUpRoom('RIDER', 'USD', 0n, 0n)).toBe(TOP_UP_LIMIT.USD);
    expect(topUpRoom('RIDER', 'USD', 900_000_000_000n, 99_999_999_000n)).toBe(1_000n);
    expect(topUpRoom('RIDER', 'NGN', 5_000n, 0n)).toBe(100_000_000n);
  });
  it('is never below zero', () => {
    expect(topUpRoom('RIDER', 'USD', max, 5n)).toBe(0n);
  });
  it('is none for a wallet that is not a rider’s: earners do not top up', () => {
    expect(topUpRoom('DRIVER', 'USD', 0n, 0n)).toBe(0n);
    expect(topUpRoom('RESTAURANT', 'USD', 0n, 0n)).toBe(0n);
  });
});

describe('one top-up', () => {
  it('is at most its currency’s limit', () => {
    expect(() => requireTopUpWithinLimit(TOP_UP_LIMIT.NGN, 'NGN')).not.toThrow();
    expect(() => requireTopUpWithinLimit(TOP_UP_LIMIT.NGN + 1n, 'NGN')).toThrow(expect.objectContaining({ code: 'TOP_UP_LIMIT' }));
    expect(() => requireTopUpWithinLimit(TOP_UP_LIMIT.NGN + 1n, 'NGN')).toThrow('one top-up adds at most NGN 1,000,000.00');
    expect(() => requireTopUpWithinLimit(500_001n, 'USD')).toThrow(expect.objectContaining({ code: 'TOP_UP_LIMIT' }));
  });
});
