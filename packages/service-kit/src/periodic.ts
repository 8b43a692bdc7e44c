import type { Logger } from './logger.ts';

/**
 * Runs a background task now, then every `ms` (timer unref'd, so it never holds the process up).
 * A failure is logged and retried at the next tick, never thrown. Returns the function that stops it.
 */
export async function runEvery(ms: number, logger: Logger, label: string, task: () => Promise<unknown>): Promise<() => void> {
  const run = () => task().then(() => undefined, (err: Error) => logger.warn({ err: err.message }, `${label} failed; retrying later`));
  await run();
  const timer = setInterval(() => void run(), ms);
  timer.unref();
  return () => clearInterval(timer);
}
