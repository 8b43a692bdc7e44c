import { expect, it } from 'vitest';
import { commissionWarning } from './pricing-words.ts';

it('warns of a commission at an edge, and of no other', () => {
  expect(commissionWarning(0)).toBe('At 0%, the platform earns nothing on these trips.');
  expect(commissionWarning(10_000)).toBe('At 100%, the earner keeps nothing of each fare.');
  expect(commissionWarning(6_000)).toBe('At 60%, the earner keeps only 40% of each fare.');
  expect(commissionWarning(2_000)).toBeNull();
});
