import { AppError } from '@ziba/service-kit/errors';
import type { TripContext } from './trip-context.ts';

const GROUPS = ['day', 'week', 'month'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Platform commission by period, service and country over settled trips: aggregated by PostgreSQL.
 * Live money only unless test is asked for: a test-mode figure never mixes into a live one.
 */
export async function earnings(ctx: TripContext, q: { from: string; to: string; groupBy: string; serviceType: string; countryCode: string; mode: string }) {
  const groupBy = q.groupBy || 'day';
  const mode = q.mode || 'live';
  if (mode !== 'live' && mode !== 'test') throw new AppError('INVALID', 'INVALID_ARGUMENT', 'mode must be live or test');
  if (!GROUPS.includes(groupBy)) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'groupBy must be day, week or month');
  if (!DATE.test(q.from) || !DATE.test(q.to) || Number.isNaN(Date.parse(q.from)) || Number.isNaN(Date.parse(q.to)))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', 'from and to are dates as YYYY-MM-DD');
  if (q.from > q.to) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'from must not be after to');
  const rows = await ctx.orm.em
    .fork()
    .execute<Array<{ period_start: string; service_type: string; country_code: string; currency: string; commission: string; gross: string; trips: number }>>(
      `select date_trunc(?, settled_at at time zone 'UTC')::date::text as period_start, service_type, country_code, currency,
            sum(platform_amount)::text as commission, sum(fare)::text as gross, count(*)::int as trips
       from trip
      where status = 'SETTLED' and mode = ? and settled_at >= ?::date and settled_at < ?::date + 1
        and (? = '' or service_type = ?) and (? = '' or country_code = ?)
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      [groupBy, mode, q.from, q.to, q.serviceType, q.serviceType, q.countryCode, q.countryCode],
    );
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
