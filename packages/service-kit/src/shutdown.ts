import type { Logger } from './logger.ts';

/**
 * Runs the given steps in order on SIGTERM/SIGINT (stop taking work, finish in-flight, close broker
 * and database), then exits. A second signal exits at once.
 */
export function onShutdown(logger: Logger, steps: Array<[string, () => Promise<void> | void]>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (err) {
        logger.error({ err, step: name }, 'shutdown step failed');
      }
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
