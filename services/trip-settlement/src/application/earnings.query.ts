import { reportPeriod, requireDayRange } from '@ziba/service-kit';
import { earningsLines, LEDGER_REFERENCE } from '../domain/earnings.ts';
import { countryFilter, listMode } from '../domain/list-filters.ts';
import { SERVICE_TYPES, TripErrors, type ServiceType } from '../domain/trip-state.ts';
import { TripRepository } from '../persistence/trip.repository.ts';
import type { TripContext } from './trip-context.ts';

/**
 * Platform commission by period, service and country over settled trips (aggregated by PostgreSQL),
 * and the refunds paid out of it in the same period (summed by the ledger, which holds them). Live
 * money only unless test is asked for: a test-mode figure never mixes into a live one.
 */
export async function earnings(ctx: TripContext, q: { from: string; to: string; groupBy: string; serviceType: string; countryCode: string; mode: string }) {
  const groupBy = reportPeriod(q.groupBy);
  const mode = listMode(q.mode);
  const { from, to } = requireDayRange(q.from, q.to);
  if (q.serviceType && !(SERVICE_TYPES as readonly string[]).includes(q.serviceType)) throw TripErrors.invalid('serviceType', 'must be RIDE, PARCEL or FOOD');
  const serviceType = (q.serviceType || null) as ServiceType | null;
  const countryCode = countryFilter(q.countryCode);
  const [commission, refunds] = await Promise.all([
    TripRepository.earnings(ctx.orm.em.fork(), { groupBy, mode, from, to, serviceType: serviceType ?? '', countryCode: countryCode ?? '' }),
    ctx.wallet.call('SumRefunds', { from, to, groupBy, referenceType: serviceType ? LEDGER_REFERENCE[serviceType] : '', countryCode: countryCode ?? '', mode }),
  ]);
  const lines = earningsLines(
    commission.map((r) => ({
      periodStart: r.period_start,
      serviceType: r.service_type,
      countryCode: r.country_code.trim(),
      currency: r.currency.trim(),
      commission: BigInt(r.commission),
      gross: BigInt(r.gross),
      trips: r.trips,
    })),
    refunds.totals.map((t) => ({
      periodStart: t.periodStart,
      referenceType: t.referenceType,
      countryCode: t.countryCode,
      currency: t.amount!.currency,
      amount: BigInt(t.amount!.amount),
    })),
  );
  const money = (amount: bigint, currency: string) => ({ amount: amount.toString(), currency });
  return {
    rows: lines.map((l) => ({
      periodStart: l.periodStart,
      serviceType: l.serviceType,
      countryCode: l.countryCode,
      commission: money(l.commission, l.currency),
      gross: money(l.gross, l.currency),
      trips: l.trips,
      refunds: money(l.refunds, l.currency),
      netCommission: money(l.netCommission, l.currency),
    })),
  };
}
