import type { Logger } from './logger.ts';
import { runStepsWithin } from './within.ts';

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
    const ok = await runStepsWithin(steps, stepMs, (name, err) => logger.error({ err, step: name }, 'shutdown step failed'));
    logger.info('stopped');
    process.exit(ok ? 0 : 1);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
