import { optionalCountryCode, type Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { AutoRunRepository } from '../persistence/auto-payout-run.repository.ts';
import type { PayoutContext } from './payout-context.ts';

const RUNS_LISTED = 20;

/** The newest runs, for staff: which weeks and countries have run, and what each created (live money only). */
export async function listAutoWeeklyRuns(ctx: PayoutContext, actor: Actor | null, input: { countryCode: string }) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'weekly runs are listed for admins');
  const country = optionalCountryCode('countryCode', input.countryCode) ?? '';
  const rows = await AutoRunRepository.latest(ctx.orm.em.fork(), country, RUNS_LISTED);
  return {
    runs: rows.map((r) => ({
      id: r.id,
      weekStart: r.week_start,
      countryCode: r.country_code.trim(),
      createdAt: new Date(r.created_at).toISOString(),
      startedBy: r.started_by,
      payouts: r.payouts,
      amount: r.currency ? { amount: r.amount, currency: r.currency.trim() } : null,
      skipped: r.skipped,
    })),
  };
}
