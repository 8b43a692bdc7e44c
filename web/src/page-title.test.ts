import { expect, it } from 'vitest';
import { adminTitle, pageTitle } from './page-title.ts';

it('names each page in the browser tab, then the product; an admin section as the console’s', () => {
  expect(pageTitle('/wallet')).toBe('My wallet · Ziba wallet');
  expect(pageTitle('/trips/0b6c1f9e-0000-4000-8000-000000000001')).toBe('Trip receipt · Ziba wallet');
  expect(pageTitle('/trips')).toBe('Trips · Ziba wallet');
  expect(pageTitle('/driver')).toBe('Driver wallet · Ziba wallet');
  expect(pageTitle('/somewhere-else')).toBe('Ziba wallet');
  expect(adminTitle('Payouts')).toBe('Payouts · Ziba admin');
  expect(adminTitle(undefined)).toBe('Ziba admin');
});
