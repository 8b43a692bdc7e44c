import { expect, it } from 'vitest';
import { dayRangeProblem } from '../day-range.ts';
import { parseEarningsSearch, SERVICE_COLORS, SERVICES } from './earnings-search.ts';

it('says on the To field when a range ends before it starts, and lets a one-day range through', () => {
  expect(dayRangeProblem({ from: '2026-11-30', to: '2026-11-01' })).toBe('Pick a day on or after From');
  expect(dayRangeProblem({ from: '2026-11-30', to: '2026-11-30' })).toBeNull();
  expect(dayRangeProblem(parseEarningsSearch({}))).toBeNull();
});

it('gives every service a colour of its own', () => {
  expect(new Set(SERVICES.map((s) => SERVICE_COLORS[s])).size).toBe(SERVICES.length);
});

it('reads live money unless the URL asks for test mode', () => {
  expect(parseEarningsSearch({}).mode).toBeUndefined();
  expect(parseEarningsSearch({ mode: 'test' }).mode).toBe('test');
  expect(parseEarningsSearch({ mode: 'sandbox' }).mode).toBeUndefined();
});
