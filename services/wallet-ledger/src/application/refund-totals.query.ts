import { reportPeriod, requireDayRange } from '@ziba/service-kit';
import { TRIP_REFERENCE_TYPES } from '../domain/ledger-model.ts';
import { RefundTotalsRepository } from '../persistence/refund-totals.repository.ts';
import type { LedgerContext } from './ledger-context.ts';

/**
 * Refunds to customers per period, trip kind, country and currency (SPEC section 5's commission
 * analytics set them against the commission they come out of). One mode's money only.
 */
export async function refundTotals(
  ctx: LedgerContext,
  q: { from: string; to: string; groupBy: string; referenceType: string | null; countryCode: string | null; mode: 'live' | 'test' },
) {
  const { from, to } = requireDayRange(q.from, q.to);
  const rows = await RefundTotalsRepository.sum(ctx.orm.em.fork(), {
    groupBy: reportPeriod(q.groupBy),
    mode: q.mode,
    from,
    to,
    referenceTypes: q.referenceType ? [q.referenceType] : TRIP_REFERENCE_TYPES,
    countryCode: q.countryCode,
  });
  return rows.map((r) => ({
    periodStart: r.period_start,
    referenceType: r.reference_type,
    countryCode: r.country_code.trim(),
    amount: { amount: r.amount, currency: r.currency.trim() },
    refunds: r.refunds,
  }));
}
