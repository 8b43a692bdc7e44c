import type { MikroORM } from '@mikro-orm/postgresql';
import { counter, gauge } from '@ziba/service-kit';
import { verifyChain, type ChainCheckpoint, type ChainVerification } from './audit-log.ts';

const verifications = counter({
  name: 'audit_chain_verifications_total',
  help: 'Audit chain verifications (periodic and on demand), by outcome: ok, broken, error',
  labelNames: ['outcome'],
});
const lastIntact = gauge({
  name: 'audit_chain_last_intact_timestamp_seconds',
  help: 'When a verification last found the whole chain intact (unix seconds; 0 before the first)',
});
const broken = gauge({ name: 'audit_chain_broken', help: '1 while the latest verification found the chain broken, else 0' });

/** Counts a verification's outcome and sets the gauges; returns it unchanged. */
export function recordVerification(v: ChainVerification): ChainVerification {
  verifications.inc({ outcome: v.ok ? 'ok' : 'broken' });
  broken.set(v.ok ? 0 : 1);
  if (v.ok) lastIntact.set(Date.now() / 1000);
  return v;
}

/** Counts a verification that could not run (the database did not answer). */
export function recordVerificationError(): void {
  verifications.inc({ outcome: 'error' });
}

/**
 * The periodic verification (AUDIT_VERIFY_INTERVAL_MS): the whole chain once, then only the records
 * appended since the last intact checkpoint, so each pass costs what was written since. A broken
 * chain stays broken (the next pass starts again from the genesis and finds it again) and alerts.
 * The on-demand VerifyChain always walks the whole chain.
 */
export class ChainVerifier {
  private checkpoint: ChainCheckpoint | undefined;
  private readonly orm: MikroORM;

  constructor(orm: MikroORM) {
    this.orm = orm;
  }

  async run(): Promise<ChainVerification> {
    let v: ChainVerification;
    try {
      v = await verifyChain(this.orm.em.fork(), this.checkpoint);
    } catch (err) {
      recordVerificationError();
      throw err;
    }
    this.checkpoint = v.ok ? v.last : undefined;
    return recordVerification(v);
  }
}
