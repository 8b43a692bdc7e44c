import { describe, expect, it } from '@jest/globals';
import { FREE_FAILURES, loginWaitSeconds, MAX_WAIT_SECONDS } from './login-throttle.ts';

describe('loginWaitSeconds', () => {
  it('lets the first failures through, then doubles the wait, up to a ceiling', () => {
    expect(Array.from({ length: FREE_FAILURES }, (_, i) => loginWaitSeconds(i))).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(loginWaitSeconds)).toEqual([1, 2, 4, 8]);
    expect(loginWaitSeconds(14)).toBe(512);
    expect(loginWaitSeconds(15)).toBe(MAX_WAIT_SECONDS);
    expect(loginWaitSeconds(1_000)).toBe(MAX_WAIT_SECONDS);
  });
});
