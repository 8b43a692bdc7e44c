/**
 * Waits for work at most `ms` milliseconds, then rejects (`no answer within <ms> ms`). The work is not
 * cancelled, only no longer waited for: a stuck dependency must not hang whoever waits on it.
 */
export function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
