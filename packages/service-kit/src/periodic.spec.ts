import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { everyWithoutOverlap } from './periodic.ts';

describe('everyWithoutOverlap', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('skips the ticks that come while a slow pass is still running, then goes on', async () => {
    let inFlight = 0;
    let most = 0;
    let started = 0;
    let finish: () => void = () => undefined;
    const stop = everyWithoutOverlap(100, () => {
      started++;
      inFlight++;
      most = Math.max(most, inFlight);
      return new Promise<void>((resolve) => {
        finish = () => {
          inFlight--;
          resolve();
        };
      });
    });

    await jest.advanceTimersByTimeAsync(100);
    expect(started).toBe(1);
    await jest.advanceTimersByTimeAsync(1_000); // ten ticks while the first pass is still running
    expect(started).toBe(1);
    finish();
    await jest.advanceTimersByTimeAsync(100);
    expect(started).toBe(2);
    expect(most).toBe(1);
    finish();
    stop();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(2);
  });

  it('a failed pass does not stop the next one', async () => {
    let started = 0;
    const stop = everyWithoutOverlap(100, async () => {
      started++;
      throw new Error('the wallet is down');
    });
    await jest.advanceTimersByTimeAsync(300);
    expect(started).toBe(3);
    stop();
  });
});
