import { gauge } from '@ziba/service-kit';
import { OPEN_STATUSES } from '../domain/payout-state.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';

const open = gauge({ name: 'payout_open_payouts', help: 'Payouts in an open status (not yet paid, rejected or returned), by status', labelNames: ['status'] });
const oldest = gauge({
  name: 'payout_oldest_open_age_seconds',
  help: 'Seconds since the longest-waiting open payout last changed, by status (0 when none); PROCESSING growing means a provider never answered',
  labelNames: ['status'],
});

/**
 * Sets the open-payout gauges: one grouped query over the open statuses (payout_status_idx), run
 * with each recovery pass by every replica. Every open status is reported, 0 when empty.
 */
export async function measureOpenPayouts(ctx: Pick<PayoutContext, 'orm'>): Promise<Map<string, { count: number; oldestAgeSeconds: number }>> {
  const rows = await PayoutRepository.openByStatus(ctx.orm.em.fork(), OPEN_STATUSES);
  const byStatus = new Map<string, { count: number; oldestAgeSeconds: number }>(OPEN_STATUSES.map((s) => [s, { count: 0, oldestAgeSeconds: 0 }]));
  for (const r of rows) byStatus.set(r.status, { count: Number(r.n), oldestAgeSeconds: Math.max(0, Number(r.age)) });
  for (const [status, v] of byStatus) {
    open.set({ status }, v.count);
    oldest.set({ status }, v.oldestAgeSeconds);
  }
  return byStatus;
}
