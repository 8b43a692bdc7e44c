import { expect, it } from 'vitest';
import { AttemptKeys, outcomeKnown } from './attempt-keys.ts';

const problem = (status: number, code = 'X') => ({ type: 'about:blank', title: 'x', status, code });

it('knows the outcome after a success or a refusal, not after no answer, a 5xx or a request still in progress', () => {
  expect(outcomeKnown(null)).toBe(true);
  expect(outcomeKnown(problem(422, 'WALLET_BALANCE_LIMIT'))).toBe(true);
  expect(outcomeKnown(problem(409, 'IDEMPOTENCY_KEY_REUSED'))).toBe(true);
  expect(outcomeKnown(new TypeError('Failed to fetch'))).toBe(false);
  expect(outcomeKnown(problem(503, 'DEPENDENCY_UNAVAILABLE'))).toBe(false);
  expect(outcomeKnown(problem(504))).toBe(false);
  expect(outcomeKnown(problem(408))).toBe(false);
  expect(outcomeKnown(problem(409, 'IDEMPOTENCY_REQUEST_IN_PROGRESS'))).toBe(false);
  expect(outcomeKnown('<html>Bad gateway</html>')).toBe(false);
});

it('takes a new key after a definitive answer, and keeps it only for the same request while the outcome is unknown', () => {
  const keys = new AttemptKeys();
  const first = keys.keyFor('500000');
  keys.settled(problem(422, 'WALLET_BALANCE_LIMIT'));
  const corrected = keys.keyFor('100000');
  expect(corrected).not.toBe(first);

  keys.settled(problem(503));
  expect(keys.keyFor('100000')).toBe(corrected); // the retry of what may have gone through
  keys.settled(new TypeError('Failed to fetch'));
  expect(keys.keyFor('100000')).toBe(corrected);

  keys.settled(new TypeError('Failed to fetch'));
  const other = keys.keyFor('200000'); // another amount is another request
  expect(other).not.toBe(corrected);

  keys.settled(null);
  expect(keys.keyFor('200000')).not.toBe(other); // after a success the same amount again is a new top-up
});
