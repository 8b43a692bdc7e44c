import { expect, it } from 'vitest';
import { parseWalletSearch, walletListQuery } from './wallet-search.ts';

it('keeps one owner’s id from the URL, and drops what is not an id', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  expect(parseWalletSearch({ ownerId: id }).ownerId).toBe(id);
  expect(parseWalletSearch({ ownerId: 'ada' }).ownerId).toBeUndefined();
  expect(parseWalletSearch({ ownerId: 42 }).ownerId).toBeUndefined();
});

it('lists people’s wallets unless the URL asks for another owner, everyone, or one user’s', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  expect(walletListQuery(parseWalletSearch({}))).toEqual({ ownerType: 'USER' });
  expect(walletListQuery(parseWalletSearch({ ownerType: 'PLATFORM', country: 'NG' }))).toEqual({ ownerType: 'PLATFORM', country: 'NG' });
  expect(walletListQuery(parseWalletSearch({ ownerType: 'ALL' }))).toEqual({});
  expect(walletListQuery(parseWalletSearch({ ownerId: id }))).toEqual({ ownerId: id });
  expect(walletListQuery(parseWalletSearch({ ownerType: 'BANK' }))).toEqual({ ownerType: 'USER' });
});
