import { AppError } from '@ziba/service-kit/errors';
import { listMode } from '../domain/list-filters.ts';
import { TripRepository } from '../persistence/trip.repository.ts';
import type { TripContext } from './trip-context.ts';

const GROUPS = ['day', 'week', 'month'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Platform commission by period, service and country over settled trips: aggregated by PostgreSQL.
 * Live money only unless test is asked for: a test-mode figure never mixes into a live one.
 */
export async function earnings(ctx: TripContext, q: { from: string; to: string; groupBy: string; serviceType: string; countryCode: string; mode: string }) {
  const groupBy = q.groupBy || 'day';
  const mode = listMode(q.mode);
  if (!GROUPS.includes(groupBy)) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'groupBy must be day, week or month');
  if (!DATE.test(q.from) || !DATE.test(q.to) || Number.isNaN(Date.parse(q.from)) || Number.isNaN(Date.parse(q.to)))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', 'from and to are dates as YYYY-MM-DD');
  if (q.from > q.to) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'from must not be after to');
  const rows = await TripRepository.earnings(ctx.orm.em.fork(), {
    groupBy,
    mode,
    from: q.from,
    to: q.to,
    serviceType: q.serviceType,
    countryCode: q.countryCode,
  });
  return {
    rows: rows.map((r) => ({
      periodStart: r.period_start,
      serviceType: r.service_type,
      countryCode: r.country_code.trim(),
      commission: { amount: r.commission, currency: r.currency.trim() },
      gross: { amount: r.gross, currency: r.currency.trim() },
      trips: r.trips,
    })),
  };
}
