import { describe, expect, it } from 'vitest';
import { menuItemFields, priceOf } from './menu-item-input.ts';

describe('a menu item as its form holds it', () => {
  it('starts a new item empty and on the menu', () => {
    expect(menuItemFields()).toEqual({ name: '', price: '', available: true });
  });

  it('shows a saved price as the decimal a person types, by string, never through a float', () => {
    expect(menuItemFields({ name: 'Jollof rice', price: { amount: '250050', currency: 'NGN' }, available: false })).toEqual({
      name: 'Jollof rice',
      price: '2500.50',
      available: false,
    });
    expect(menuItemFields({ name: 'Big', price: { amount: '999999999999', currency: 'USD' }, available: true }).price).toBe('9999999999.99');
  });

  it('reads the typed price as minor units, and says what is wrong otherwise', () => {
    expect(priceOf('2,500.50', 'NGN')).toEqual({ minor: '250050' });
    expect(priceOf('12', 'USD')).toEqual({ minor: '1200' });
    expect(priceOf('', 'NGN')).toEqual({ problem: 'Enter the price' });
    expect(priceOf('0', 'NGN')).toEqual({ problem: 'Enter an amount above zero' });
    expect(priceOf('12.345', 'USD')).toEqual({ problem: 'Enter an amount like 25 or 25.50' });
    // The server's limit a currency, said before anything is confirmed; a price saved before the limit stays.
    expect(priceOf('500,000', 'NGN')).toEqual({ minor: '50000000' });
    expect(priceOf('500000.01', 'NGN')).toEqual({ problem: 'One item costs at most ₦500,000.00' });
    expect(priceOf('5000.01', 'USD')).toEqual({ problem: 'One item costs at most $5,000.00' });
    expect(priceOf('900000', 'NGN', '90000000')).toEqual({ minor: '90000000' });
  });
});
