import type { SqlExecutor } from '@ziba/messaging';
import { wordArray } from './wallet-reads.repository.ts';

/** Refunds of one period, trip kind, customer country and currency; the amount in minor units. */
export interface RefundTotalRow {
  period_start: string;
  reference_type: string;
  country_code: string;
  currency: string;
  amount: string;
  refunds: number;
}

export const RefundTotalsRepository = {
  /**
   * What refunds credited customers, per period (day, week or month, UTC), the trip kind the refund
   * names, the customer's country and the currency; from and to are dates, both included. Found
   * through the refunds' own partial index, so the report does not read the journal's other entries.
   */
  async sum(
    em: SqlExecutor,
    q: { groupBy: string; mode: string; from: string; to: string; referenceTypes: readonly string[]; countryCode: string | null },
  ): Promise<RefundTotalRow[]> {
    return em.execute<RefundTotalRow[]>(
      `select date_trunc(?, e.created_at at time zone 'UTC')::date::text as period_start, e.reference_type, w.country_code, e.currency,
              sum(p.amount)::text as amount, count(*)::int as refunds
         from journal_entry e
         join posting p on p.entry_id = e.id and p.amount > 0
         join wallet w on w.id = p.wallet_id and w.owner_type = 'RIDER'
        where e.service_type = 'refund' and e.mode = ?
          and e.created_at >= ?::date and e.created_at < ?::date + 1
          and e.reference_type = any(?::text[]) and (?::text is null or w.country_code = ?)
        group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      [q.groupBy, q.mode, q.from, q.to, wordArray(q.referenceTypes), q.countryCode, q.countryCode],
    );
  },
};
