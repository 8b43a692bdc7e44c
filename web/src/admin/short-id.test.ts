import { expect, it } from 'vitest';
import { shortId } from './short-id.ts';

it('shortens a UUID to the 8 characters a list tells rows apart by, and keeps a receipt number whole', () => {
  expect(shortId('7b615fc5-1d2e-4f0a-9c3b-2a1b0c9d8e7f')).toBe('7b615fc5');
  expect(shortId('RV27-HUB-0002')).toBe('RV27-HUB-0002');
});
