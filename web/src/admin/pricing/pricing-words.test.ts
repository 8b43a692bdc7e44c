import { expect, it } from 'vitest';
import { commissionWarning, tenfoldOrMore } from './pricing-words.ts';

it('warns of a commission at an edge, and of no other', () => {
  expect(commissionWarning(0)).toBe('At 0%, the platform earns nothing on these trips.');
  expect(commissionWarning(10_000)).toBe('At 100%, the earner keeps nothing of each fare.');
  expect(commissionWarning(6_000)).toBe('At 60%, the earner keeps only 40% of each fare.');
  expect(commissionWarning(2_000)).toBeNull();
});

it('asks about a tariff amount ten times what it is, or more', () => {
  expect(tenfoldOrMore('50000', '500000')).toBe(true);
  expect(tenfoldOrMore('50000', '499999')).toBe(false);
  expect(tenfoldOrMore('50000', '100')).toBe(false);
  expect(tenfoldOrMore('0', '5000')).toBe(false); // from nothing, there is no ratio to a slip
});
