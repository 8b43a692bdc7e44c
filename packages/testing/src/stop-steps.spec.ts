import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { stopSteps } from './stop-steps.ts';

describe('stopSteps', () => {
  let stderr: string[];
  beforeEach(() => {
    jest.useFakeTimers();
    stderr = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((line) => (stderr.push(String(line)), true));
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('names a step that hangs, leaves it behind after its time, and still runs the steps after it', async () => {
    const ran: string[] = [];
    const stopping = stopSteps(
      [
        ['broker', async () => void ran.push('broker')],
        ['ledger', () => new Promise(() => ran.push('ledger'))],
        ['databases', async () => void ran.push('databases')],
      ],
      1_000,
    );
    await jest.advanceTimersByTimeAsync(999);
    expect(ran).toEqual(['broker', 'ledger']);
    await jest.advanceTimersByTimeAsync(1);
    await stopping;
    expect(ran).toEqual(['broker', 'ledger', 'databases']);
    expect(stderr).toEqual(['stack stop: ledger failed after 1000 ms: no answer within 1000 ms\n']);
  });

  it('names a step that fails and goes on', async () => {
    const ran: string[] = [];
    await stopSteps([
      ['queues', () => Promise.reject(new Error('channel closed'))],
      ['databases', async () => void ran.push('databases')],
    ]);
    expect(ran).toEqual(['databases']);
    expect(stderr).toEqual([expect.stringMatching(/^stack stop: queues failed after \d+ ms: channel closed\n$/)]);
  });
});
