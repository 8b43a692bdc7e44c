import { expect, it } from 'vitest';
import { beyondWalletLimit, walletLimit } from './wallet-limit.ts';

it('refuses a top-up only past what a wallet may hold in all, held money counted', () => {
  expect(walletLimit('USD')).toBe('1000000000000');
  const balances = { available: '900000000000', locked: '99999999000' };
  expect(beyondWalletLimit('USD', balances, '1000')).toBe(false);
  expect(beyondWalletLimit('USD', balances, '1001')).toBe(true);
  expect(beyondWalletLimit('XXX', balances, '1001')).toBe(false);
});
