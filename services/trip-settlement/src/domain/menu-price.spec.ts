import { describe, expect, it } from '@jest/globals';
import { MENU_PRICE_LIMIT as WEB_MENU_PRICE_LIMIT } from '../../../../web/src/pages/menu/menu-item-input.ts';
import { MENU_PRICE_LIMIT, requireMenuPrice } from './menu-price.ts';

const refusal = (f: () => void) => {
  try {
    f();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('a menu item’s price', () => {
  it('is from one minor unit to its currency’s limit', () => {
    expect(refusal(() => requireMenuPrice(1n, 'NGN'))).toBeNull();
    expect(refusal(() => requireMenuPrice(50_000_000n, 'NGN'))).toBeNull();
    expect(refusal(() => requireMenuPrice(50_000_001n, 'NGN'))).toBe('price must be at most NGN 500,000.00 for one item');
    expect(refusal(() => requireMenuPrice(500_001n, 'USD'))).toBe('price must be at most USD 5,000.00 for one item');
    expect(refusal(() => requireMenuPrice(0n, 'BDT'))).toBe('price must be at least 1 minor unit');
  });
  it('is refused in a currency it has no limit for', () => {
    expect(refusal(() => requireMenuPrice(100n, 'EUR'))).toBe('price cannot be set in EUR: menus are not offered in this currency');
  });
  it('is kept as stored through another change, and only a new price is held to the limit', () => {
    expect(refusal(() => requireMenuPrice(90_000_000n, 'NGN', 90_000_000n))).toBeNull();
    expect(refusal(() => requireMenuPrice(90_000_001n, 'NGN', 90_000_000n))).toBe('price must be at most NGN 500,000.00 for one item');
  });
});

describe('the web form’s copy of the limits', () => {
  it('is this table, so a restaurant is told the limit before it confirms, never a different one', () => {
    expect(WEB_MENU_PRICE_LIMIT).toEqual(MENU_PRICE_LIMIT);
  });
});
