import type { SqlExecutor } from '@ziba/messaging';

/** One (week, country) netting run. */
export interface NettingRunRow {
  id: string;
  week_start: string;
  country_code: string;
  status: string;
  started_at: Date;
  completed_at: Date | null;
}

/** One wallet's planned netting in a run; `entry_id` is null until posted, `refused:<code>` when the ledger refused it. */
export interface NettingItemRow {
  wallet_id: string;
  owner_id: string;
  currency: string;
  mode: string;
  owed_before: string;
  netted: string;
  entry_id: string | null;
}

const RUN_COLUMNS = 'id, week_start::text, country_code, status, started_at, completed_at';
const ITEM_COLUMNS = 'wallet_id, owner_id, currency, mode, owed_before::text, netted::text, entry_id';

/** A run as a list shows it: what it netted from live wallets (posted items only). */
export interface NettingRunSummaryRow extends NettingRunRow {
  started_by: string;
  wallets_netted: number;
  netted: string;
  currency: string | null;
}

/** The netting_run and netting_item tables. */
export const NettingRepository = {
  /** The newest runs, by week then country, with their live totals. */
  async latestRuns(em: SqlExecutor, countryCode: string, limit: number): Promise<NettingRunSummaryRow[]> {
    // The items domain/netting.ts's nettedTotal counts (a null entry_id fails the like, so unposted ones are out too).
    const posted = `i.mode = 'live' and i.entry_id not like 'refused:%'`;
    return em.execute<NettingRunSummaryRow[]>(
      `select r.id, r.week_start::text, r.country_code, r.status, r.started_at, r.completed_at, r.started_by,
              count(i.wallet_id) filter (where ${posted})::int as wallets_netted,
              coalesce(sum(i.netted) filter (where ${posted}), 0)::text as netted,
              min(i.currency) filter (where ${posted}) as currency
         from netting_run r left join netting_item i on i.run_id = r.id
        where (? = '' or r.country_code = ?)
        group by r.id
        order by r.week_start desc, r.country_code
        limit ?`,
      [countryCode, countryCode, limit],
    );
  },

  async findRun(em: SqlExecutor, weekStart: string, countryCode: string): Promise<NettingRunRow | undefined> {
    const [run] = await em.execute<NettingRunRow[]>(`select ${RUN_COLUMNS} from netting_run where week_start = ? and country_code = ?`, [
      weekStart,
      countryCode,
    ]);
    return run;
  },

  async findRunById(em: SqlExecutor, id: string): Promise<NettingRunRow | undefined> {
    const [run] = await em.execute<NettingRunRow[]>(`select ${RUN_COLUMNS} from netting_run where id = ?`, [id]);
    return run;
  },

  async insertRun(em: SqlExecutor, run: { id: string; weekStart: string; countryCode: string; startedBy: string }): Promise<void> {
    await em.execute(
      'insert into netting_run (id, week_start, country_code, status, started_by) values (?, ?, ?, ?, ?)',
      [run.id, run.weekStart, run.countryCode, 'RUNNING', run.startedBy],
      'run',
    );
  },

  async completeRun(em: SqlExecutor, id: string): Promise<void> {
    await em.execute(`update netting_run set status = 'COMPLETED', completed_at = now() where id = ?`, [id], 'run');
  },

  /** Plans a wallet's netting once: a wallet already planned in the run keeps its first amount. */
  async insertItem(
    em: SqlExecutor,
    item: { runId: string; walletId: string; ownerId: string; currency: string; mode: string; owedBefore: bigint; netted: bigint },
  ): Promise<void> {
    await em.execute(
      'insert into netting_item (run_id, wallet_id, owner_id, currency, mode, owed_before, netted) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing',
      [item.runId, item.walletId, item.ownerId, item.currency, item.mode, item.owedBefore.toString(), item.netted.toString()],
      'run',
    );
  },

  /** Items not posted (nor refused) yet. */
  async unpostedItems(em: SqlExecutor, runId: string): Promise<NettingItemRow[]> {
    return em.execute<NettingItemRow[]>(`select ${ITEM_COLUMNS} from netting_item where run_id = ? and entry_id is null`, [runId]);
  },

  /** Items the run reports: all but those the ledger refused, by owner. */
  async reportedItems(em: SqlExecutor, runId: string): Promise<NettingItemRow[]> {
    return em.execute<NettingItemRow[]>(
      `select ${ITEM_COLUMNS} from netting_item where run_id = ? and (entry_id is null or entry_id not like 'refused:%') order by owner_id`,
      [runId],
    );
  },

  /** Records the item's outcome: the ledger entry that posted it, or `refused:<code>`. */
  async setItemEntry(em: SqlExecutor, runId: string, walletId: string, entryId: string): Promise<void> {
    await em.execute('update netting_item set entry_id = ? where run_id = ? and wallet_id = ?', [entryId, runId, walletId], 'run');
  },
};
