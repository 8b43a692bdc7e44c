import { expect, it } from 'vitest';
import { parseEarningsSearch, rangeProblem, SERVICE_COLORS, SERVICES } from './earnings-search.ts';

it('says on the To field when a range ends before it starts, and lets a one-day range through', () => {
  expect(rangeProblem({ from: '2026-11-30', to: '2026-11-01' })).toBe('Pick a day on or after From');
  expect(rangeProblem({ from: '2026-11-30', to: '2026-11-30' })).toBeNull();
  expect(rangeProblem(parseEarningsSearch({}))).toBeNull();
});

it('gives every service a colour of its own', () => {
  expect(new Set(SERVICES.map((s) => SERVICE_COLORS[s])).size).toBe(SERVICES.length);
});
