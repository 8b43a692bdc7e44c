import type { Logger } from './logger.ts';
import { within } from './within.ts';

/**
 * Runs the given steps in order on SIGTERM/SIGINT (stop taking work, finish in-flight, close broker
 * and database), then exits. A second signal exits at once. A step that has not finished within
 * `stepMs` is logged by name and left behind, so the process exits inside its pod's grace period
 * (30 or 40 s, after a 5 s preStop pause) and says what hung, instead of being killed without a word;
 * what a stuck step had not done is safe to lose (outbox rows are published again, unacked
 * messages redelivered).
 */
export function onShutdown(logger: Logger, steps: Array<[string, () => Promise<void> | void]>, stepMs = 20_000): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    let failed = false;
    for (const [name, step] of steps) {
      try {
        await within(Promise.resolve().then(step), stepMs);
      } catch (err) {
        failed = true;
        logger.error({ err, step: name }, 'shutdown step failed');
      }
    }
    logger.info('stopped');
    process.exit(failed ? 1 : 0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
