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

/**
 * Runs named steps in order, each bounded by `stepMs`: a step that fails or is still running then is
 * reported (its name, the error, how long it ran) and left behind, and the next one runs. A stop
 * sequence uses it (a service's shutdown, a test stack's), so one stuck close neither hangs the rest
 * nor goes unnamed. True when every step finished.
 */
export async function runStepsWithin(
  steps: ReadonlyArray<readonly [string, () => unknown]>,
  stepMs: number,
  report: (name: string, err: unknown, elapsedMs: number) => void,
): Promise<boolean> {
  let ok = true;
  for (const [name, step] of steps) {
    const started = Date.now();
    try {
      await within(Promise.resolve().then(step), stepMs);
    } catch (err) {
      ok = false;
      report(name, err, Date.now() - started);
    }
  }
  return ok;
}
