import { describe, expect, it } from '@jest/globals';
import { assertFareCovered } from './fare-cover.ts';

describe('assertFareCovered', () => {
  it('takes an ONLINE trip the available balance covers, to the last minor unit', () => {
    expect(() => assertFareCovered('ONLINE', 152_000n, 152_000n)).not.toThrow();
    expect(() => assertFareCovered('ONLINE', 152_000n, 10n ** 15n)).not.toThrow();
  });

  it('refuses an ONLINE trip one minor unit short, saying whose wallet and what to do', () => {
    expect(() => assertFareCovered('ONLINE', 152_000n, 151_999n)).toThrow(
      expect.objectContaining({
        code: 'INSUFFICIENT_FUNDS',
        message: expect.stringMatching(/^your wallet’s available balance does not cover this price; add funds, or pay in cash$/),
      }),
    );
  });

  it('takes a CASH trip whatever the wallet holds: the driver is paid in hand', () => {
    expect(() => assertFareCovered('CASH', 152_000n, 0n)).not.toThrow();
  });
});
