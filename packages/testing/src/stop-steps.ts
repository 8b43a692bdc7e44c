import { runStepsWithin } from '@ziba/service-kit';

/**
 * Runs a test stack's stop steps in order (each a name and the work, or a group run together), each
 * bounded as a service's own shutdown is (onShutdown): a step still running after `stepMs` is named on
 * stderr and left behind, so a stuck close says what stuck instead of timing out the whole afterAll.
 */
export async function stopSteps(steps: Array<[string, () => Promise<unknown>]>, stepMs = 20_000): Promise<void> {
  await runStepsWithin(steps, stepMs, (name, err, elapsedMs) =>
    process.stderr.write(`stack stop: ${name} failed after ${elapsedMs} ms: ${(err as Error).message}\n`),
  );
}
