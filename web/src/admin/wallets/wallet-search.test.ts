import { expect, it } from 'vitest';
import { parseWalletSearch } from './wallet-search.ts';

it('keeps one owner’s id from the URL, and drops what is not an id', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  expect(parseWalletSearch({ ownerId: id }).ownerId).toBe(id);
  expect(parseWalletSearch({ ownerId: 'ada' }).ownerId).toBeUndefined();
  expect(parseWalletSearch({ ownerId: 42 }).ownerId).toBeUndefined();
});
