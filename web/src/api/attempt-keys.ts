import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { problemOf } from './queries.ts';

/**
 * Whether an answer settles what became of a request. A success or a refusal (4xx) does: the next
 * attempt is a new request. No answer (the network failed), a 5xx, a 408, a 429 ("come back": the
 * database or the rate limit was full) or "the same key is still being worked on" do not: the money
 * may have moved, so only the same request under the same key may be sent again, and the server then
 * answers it once.
 */
export function outcomeKnown(error: unknown): boolean {
  if (error == null) return true;
  const problem = problemOf(error);
  if (!problem) return false;
  return (
    problem.status >= 400 && problem.status < 500 && problem.status !== 408 && problem.status !== 429 && problem.code !== 'IDEMPOTENCY_REQUEST_IN_PROGRESS'
  );
}

/**
 * The Idempotency-Keys of one form's attempts. The last key is used again only while its outcome is
 * unknown and the request is the same one; anything else gets a new key (a corrected amount after a
 * refusal under the old key would be 409 IDEMPOTENCY_KEY_REUSED).
 */
export class AttemptKeys {
  private last: { key: string; request: string; unknown: boolean } | null = null;

  /**
   * Sends `request` (what identifies it, e.g. its amount) under its key, and records what its answer
   * says of the outcome against that key: a late answer to an older attempt changes nothing.
   */
  async attempt<T>(request: string, send: (key: string) => Promise<T>): Promise<T> {
    const key = this.keyFor(request);
    try {
      const result = await send(key);
      this.settled(key, null);
      return result;
    } catch (err) {
      this.settled(key, err);
      throw err;
    }
  }

  private keyFor(request: string): string {
    if (this.last?.unknown && this.last.request === request) return this.last.key;
    this.last = { key: crypto.randomUUID(), request, unknown: true };
    return this.last.key;
  }

  private settled(key: string, error: unknown): void {
    if (this.last?.key === key) this.last.unknown = !outcomeKnown(error);
  }
}

/**
 * A form's money-moving mutation: `send` gets the request (its amount, say) and the attempt's key, so
 * a retry of an attempt whose outcome is unknown goes under the same key and moves the money once.
 */
export function useAttemptMutation<T>(send: (request: string, key: string) => Promise<T>, options: Omit<UseMutationOptions<T, unknown, string>, 'mutationFn'>) {
  const keys = useState(() => new AttemptKeys())[0];
  return useMutation({ ...options, mutationFn: (request: string) => keys.attempt(request, (key) => send(request, key)) });
}
