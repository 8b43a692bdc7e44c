import type { Mode } from '@ziba/service-kit/mode';

/**
 * Which provider moves an earner's money, by the mode of their account: test money only ever
 * reaches the simulated provider (it never leaves), live money goes to the manual provider (finance's
 * transfer queue) unless a payout already names another.
 */
export const providerFor = (mode: Mode): 'simulated' | 'manual' => (mode === 'test' ? 'simulated' : 'manual');

/**
 * The withdrawal refusal that comes from the mode alone: TEST_MODE_REAL_PAYOUT when a test-mode
 * request would find no simulated provider configured, since its payout would then be real money.
 */
export const modeRefusals = (mode: Mode, providers: { simulated: boolean }): string[] =>
  mode === 'test' && !providers.simulated ? ['TEST_MODE_REAL_PAYOUT'] : [];
