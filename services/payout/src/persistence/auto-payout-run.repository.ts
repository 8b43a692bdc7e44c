import type { SkippedEarner } from '../domain/auto-payout-rules.ts';
import type { SqlExecutor } from '@ziba/messaging';

export interface AutoRunRow {
  id: string;
  weekStart: string;
  countryCode: string;
  /** How many it skipped; runs made before the list was kept have the count only. */
  skipped: number;
  skippedEarners: SkippedEarner[];
}

/** A run as a list shows it: the live payouts it created and their total. */
export interface AutoRunSummaryRow {
  id: string;
  week_start: string;
  country_code: string;
  created_at: Date;
  started_by: string;
  skipped: number;
  payouts: number;
  amount: string;
  currency: string | null;
}

/** The weekly auto-payout runs: one per (week, country). */
export const AutoRunRepository = {
  /** The newest runs, by week then country, with their live totals (a payout blocked at its start is one of the skipped, as in the run's report). */
  async latest(em: SqlExecutor, countryCode: string, limit: number): Promise<AutoRunSummaryRow[]> {
    return em.execute<AutoRunSummaryRow[]>(
      `select r.id, r.week_start::text, r.country_code, r.created_at, r.started_by, r.skipped,
              count(p.id) filter (where p.mode = 'live' and p.status <> 'BLOCKED')::int as payouts,
              coalesce(sum(p.amount) filter (where p.mode = 'live' and p.status <> 'BLOCKED'), 0)::text as amount,
              min(p.currency) filter (where p.mode = 'live' and p.status <> 'BLOCKED') as currency
         from auto_payout_run r left join payout p on p.auto_run_id = r.id
        where (? = '' or r.country_code = ?)
        group by r.id
        order by r.week_start desc, r.country_code
        limit ?`,
      [countryCode, countryCode, limit],
    );
  },

  async find(em: SqlExecutor, weekStart: string, countryCode: string): Promise<AutoRunRow | null> {
    const [r] = await em.execute<Array<{ id: string; week_start: string; country_code: string; skipped: number; skipped_earners: SkippedEarner[] }>>(
      'select id, week_start::text, country_code, skipped, skipped_earners from auto_payout_run where week_start = ? and country_code = ?',
      [weekStart, countryCode],
    );
    return r ? { id: r.id, weekStart: r.week_start, countryCode: r.country_code.trim(), skipped: r.skipped, skippedEarners: r.skipped_earners } : null;
  },

  async insert(em: SqlExecutor, run: { id: string; weekStart: string; countryCode: string; startedBy: string }): Promise<void> {
    await em.execute(
      'insert into auto_payout_run (id, week_start, country_code, started_by) values (?, ?, ?, ?)',
      [run.id, run.weekStart, run.countryCode, run.startedBy],
      'run',
    );
  },

  async setSkipped(em: SqlExecutor, id: string, skipped: readonly SkippedEarner[]): Promise<void> {
    await em.execute('update auto_payout_run set skipped = ?, skipped_earners = ?::jsonb where id = ?', [skipped.length, JSON.stringify(skipped), id], 'run');
  },
};
