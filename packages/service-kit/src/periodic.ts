import type { Logger } from './logger.ts';

/**
 * Calls `pass` every `ms` (timer unref'd, so it never holds the process up), but never while the
 * previous pass is still running: a tick that finds a pass in flight is skipped, so a slow pass (a
 * recovery pass waiting on a slow wallet, say) is never overlapped by the next one. Returns the
 * function that stops it; a pass in flight then finishes on its own. A pass that fails is not
 * reported here (runEvery logs it); the next tick runs the next pass.
 */
export function everyWithoutOverlap(ms: number, pass: () => Promise<unknown>): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void pass()
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Runs a background task now, then every `ms`, one pass at a time (everyWithoutOverlap). A failure
 * is logged and retried at the next tick, never thrown. Returns the function that stops it.
 */
export async function runEvery(ms: number, logger: Logger, label: string, task: () => Promise<unknown>): Promise<() => void> {
  const run = () =>
    task().then(
      () => undefined,
      (err: Error) => logger.warn({ err: err.message }, `${label} failed; retrying later`),
    );
  await run();
  return everyWithoutOverlap(ms, run);
}
