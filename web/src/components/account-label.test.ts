import { expect, it } from 'vitest';
import { accountLabel } from './account-label.ts';

it('names an account by its bank or provider and masked number, and says the fallback without one', () => {
  expect(accountLabel('Zenith Bank', '****1234', 'no account')).toBe('Zenith Bank ****1234');
  expect(accountLabel(null, '****1234', 'no account')).toBe('****1234');
  expect(accountLabel('Zenith Bank', null, 'no account')).toBe('no account');
});
