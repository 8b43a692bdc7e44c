import { describe, expect, it } from '@jest/globals';
import { modeRefusals, providerFor } from './provider-choice.ts';

describe('provider choice', () => {
  it('test money goes to the simulated provider only; live money to the manual one', () => {
    expect(providerFor('test')).toBe('simulated');
    expect(providerFor('live')).toBe('manual');
  });
  it('refuses a test-mode withdrawal when no simulated provider is configured (it would be real money)', () => {
    expect(modeRefusals('test', { simulated: false })).toEqual(['TEST_MODE_REAL_PAYOUT']);
    expect(modeRefusals('test', { simulated: true })).toEqual([]);
    expect(modeRefusals('live', { simulated: false })).toEqual([]);
  });
});
