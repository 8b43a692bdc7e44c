import { checkInvariants, formatReport, type InvariantReport } from '../../../packages/invariants/src/index.ts';
import type { E2eStack } from './e2e-stack.ts';

/**
 * Runs the platform's invariant checker (scripts/check-invariants' checks) on an end-to-end stack's
 * databases and broker, waiting up to `waitSeconds` for its events to be relayed and consumed, and
 * fails with the report when one is violated or could not be checked.
 */
export async function expectInvariantsHold(e2e: E2eStack, waitSeconds = 60): Promise<InvariantReport> {
  const report = await checkInvariants({ databaseUrls: e2e.stack.databaseUrls, amqpUrl: e2e.stack.amqpUrl, queues: e2e.stack.consumerQueues }, { waitSeconds });
  if (report.violations > 0 || report.results.some((r) => r.skipped)) throw new Error(`the platform's invariants do not hold:\n${formatReport(report)}`);
  return report;
}
