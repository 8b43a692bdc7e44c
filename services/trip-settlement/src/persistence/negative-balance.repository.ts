import type { SqlExecutor } from '@ziba/messaging';

/** One outside receipt recorded against an earner's owed commission. */
export interface NegativeBalanceSettlementRow {
  mode: string;
  /** The external reference as compared: trimmed and upper-cased. */
  referenceKey: string;
  externalReference: string;
  ownerId: string;
  walletId: string;
  currency: string;
  amount: bigint;
  owedAfter: bigint;
  entryId: string;
  reason: string;
  adminId: string;
  requestKey: string | null;
}

interface Stored {
  mode: string;
  reference_key: string;
  external_reference: string;
  owner_id: string;
  wallet_id: string;
  currency: string;
  amount: string;
  owed_after: string;
  entry_id: string;
  reason: string;
  admin_id: string;
  request_key: string | null;
}

const COLUMNS =
  'mode, reference_key, external_reference, owner_id, wallet_id, currency, amount::text, owed_after::text, entry_id, reason, admin_id, request_key';

const toRow = (r: Stored): NegativeBalanceSettlementRow => ({
  mode: r.mode,
  referenceKey: r.reference_key,
  externalReference: r.external_reference,
  ownerId: r.owner_id,
  walletId: r.wallet_id,
  currency: r.currency.trim(),
  amount: BigInt(r.amount),
  owedAfter: BigInt(r.owed_after),
  entryId: r.entry_id,
  reason: r.reason,
  adminId: r.admin_id,
  requestKey: r.request_key,
});

/** The negative_balance_settlement table. */
export const NegativeBalanceRepository = {
  async find(em: SqlExecutor, mode: string, referenceKey: string): Promise<NegativeBalanceSettlementRow | null> {
    const rows = await em.execute<Stored[]>(`select ${COLUMNS} from negative_balance_settlement where mode = ? and reference_key = ?`, [mode, referenceKey]);
    return rows[0] ? toRow(rows[0]) : null;
  },

  /** Records the receipt unless it is recorded already; whether this call recorded it. */
  async insert(em: SqlExecutor, s: NegativeBalanceSettlementRow): Promise<boolean> {
    const rows = await em.execute<Array<{ mode: string }>>(
      `insert into negative_balance_settlement
         (mode, reference_key, external_reference, owner_id, wallet_id, currency, amount, owed_after, entry_id, reason, admin_id, request_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning mode`,
      [
        s.mode,
        s.referenceKey,
        s.externalReference,
        s.ownerId,
        s.walletId,
        s.currency,
        s.amount.toString(),
        s.owedAfter.toString(),
        s.entryId,
        s.reason,
        s.adminId,
        s.requestKey,
      ],
    );
    return rows.length === 1;
  },
};
