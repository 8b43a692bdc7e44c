import { expect, it } from 'vitest';
import { AttemptKeys, outcomeKnown } from './attempt-keys.ts';

const problem = (status: number, code = 'X') => ({ type: 'about:blank', title: 'x', status, code });

it('knows the outcome after a success or a refusal, not after no answer, a 5xx, a 429 or a request still in progress', () => {
  expect(outcomeKnown(null)).toBe(true);
  expect(outcomeKnown(problem(422, 'WALLET_BALANCE_LIMIT'))).toBe(true);
  expect(outcomeKnown(problem(409, 'IDEMPOTENCY_KEY_REUSED'))).toBe(true);
  expect(outcomeKnown(new TypeError('Failed to fetch'))).toBe(false);
  expect(outcomeKnown(problem(503, 'DEPENDENCY_UNAVAILABLE'))).toBe(false);
  expect(outcomeKnown(problem(504))).toBe(false);
  expect(outcomeKnown(problem(408))).toBe(false);
  expect(outcomeKnown(problem(429, 'DATABASE_BUSY'))).toBe(false);
  expect(outcomeKnown(problem(409, 'IDEMPOTENCY_REQUEST_IN_PROGRESS'))).toBe(false);
  expect(outcomeKnown('<html>Bad gateway</html>')).toBe(false);
});

/** Sends `amount` through `keys`, answered with `answer` (null: success); the key it went under. */
async function send(keys: AttemptKeys, amount: string, answer: unknown): Promise<string> {
  let sentUnder = '';
  await keys
    .attempt(amount, async (key) => {
      sentUnder = key;
      if (answer !== null) throw answer;
    })
    .catch(() => undefined);
  return sentUnder;
}

it('takes a new key after a definitive answer, and keeps it only for the same request while the outcome is unknown', async () => {
  const keys = new AttemptKeys();
  const first = await send(keys, '500000', problem(422, 'WALLET_BALANCE_LIMIT'));
  const corrected = await send(keys, '100000', problem(503));
  expect(corrected).not.toBe(first);
  // The retry of what may have gone through goes under its key, for as long as the outcome is unknown.
  expect(await send(keys, '100000', new TypeError('Failed to fetch'))).toBe(corrected);
  expect(await send(keys, '100000', new TypeError('Failed to fetch'))).toBe(corrected);
  // Another amount is another request.
  const other = await send(keys, '200000', null);
  expect(other).not.toBe(corrected);
  // After a success the same amount again is a new top-up.
  expect(await send(keys, '200000', null)).not.toBe(other);
});

it('lets a late answer to an older attempt change nothing about the newer one', async () => {
  const keys = new AttemptKeys();
  let answerOld: (v: unknown) => void = () => undefined;
  const old = keys.attempt('100000', () => new Promise((resolve) => (answerOld = resolve)));
  const newer = await send(keys, '200000', problem(503)); // unknown outcome
  answerOld(null);
  await old; // the old amount's success arrives late
  expect(await send(keys, '200000', null)).toBe(newer); // the newer attempt's retry keeps its key
});
