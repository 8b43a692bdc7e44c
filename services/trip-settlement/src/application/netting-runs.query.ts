import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { countryFilter } from '../domain/list-filters.ts';
import { NettingRepository } from '../persistence/netting.repository.ts';
import type { TripContext } from './trip-context.ts';

const RUNS_LISTED = 20;

/** The newest netting runs, for staff: which weeks and countries have run, and what each netted (live money only). */
export async function listNettingRuns(ctx: TripContext, actor: Actor | null, input: { countryCode: string }) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'netting runs are listed for staff');
  const country = countryFilter(input.countryCode) ?? '';
  const rows = await NettingRepository.latestRuns(ctx.orm.em.fork(), country, RUNS_LISTED);
  return {
    runs: rows.map((r) => ({
      id: r.id,
      weekStart: r.week_start,
      countryCode: r.country_code.trim(),
      status: r.status,
      startedAt: new Date(r.started_at).toISOString(),
      completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : '',
      startedBy: r.started_by,
      walletsNetted: r.wallets_netted,
      netted: r.currency ? { amount: r.netted, currency: r.currency.trim() } : null,
    })),
  };
}
