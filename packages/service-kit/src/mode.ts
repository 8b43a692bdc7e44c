/**
 * Every account is live or test (SPEC: test-mode users move test money only), and a wallet, a trip
 * and a payout carry the mode of the account they belong to.
 */
export type Mode = 'live' | 'test';

/** The mode of an account, from identity's testMode flag. */
export const modeOf = (testMode: boolean): Mode => (testMode ? 'test' : 'live');
