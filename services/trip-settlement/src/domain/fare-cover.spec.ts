import { describe, expect, it } from '@jest/globals';
import { assertFareCovered } from './fare-cover.ts';

const codeOf = (f: () => void) => {
  try {
    f();
    return 'OK';
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('assertFareCovered', () => {
  it('takes an ONLINE trip the available balance covers, to the last minor unit', () => {
    expect(codeOf(() => assertFareCovered('ONLINE', 152_000n, 152_000n))).toBe('OK');
    expect(codeOf(() => assertFareCovered('ONLINE', 152_000n, 10n ** 15n))).toBe('OK');
  });

  it('refuses an ONLINE trip one minor unit short, saying whose wallet and what to do', () => {
    let refusal: unknown;
    try {
      assertFareCovered('ONLINE', 152_000n, 151_999n);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      message: expect.stringMatching(/^your wallet’s available balance does not cover this price; add funds, or pay in cash$/),
    });
  });

  it('takes a CASH trip whatever the wallet holds: the driver is paid in hand', () => {
    expect(codeOf(() => assertFareCovered('CASH', 152_000n, 0n))).toBe('OK');
  });
});
