import type { EventEnvelope } from '@ziba/contracts';
import { traceHeaders } from '@ziba/service-kit';
import type { AppliedEntry } from '../domain/apply-entry.ts';
import { balanceKey } from '../domain/apply-entry.ts';
import type { Balances, EntryDraft, Hold } from '../domain/ledger-model.ts';
import type { Tx } from './sql-client.ts';

type Num = string | number;
interface BalanceRow { wallet_id: string; shard: Num; available: Num; held: Num; owed: Num; total_earned: Num }
interface HoldRow { id: string; wallet_id: string; amount: Num; remaining: Num }

export interface StoredResult {
  requestHash: string;
  response: unknown;
}

const LOCK_HOLDS = `select id, wallet_id, amount::text, remaining::text from hold where id = any($1::text[]) order by id for update`;

const LOCK_BALANCES = `
  select b.wallet_id, b.shard, b.available::text, b.held::text, b.owed::text, b.total_earned::text
  from wallet_balance b join unnest($1::uuid[], $2::smallint[]) k(wallet_id, shard) on b.wallet_id = k.wallet_id and b.shard = k.shard
  order by b.wallet_id, b.shard for update of b`;

// One statement writes the whole entry; the idempotency record goes in last, so a concurrent
// repeat of the key fails here (unique violation) rather than writing twice.
const WRITE_ENTRY = `
  with entry as (
    insert into journal_entry (id, entry_type, service_type, currency, mode, reference_type, reference_id, description, created_by_admin_id, idempotency_key)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  ), postings as (
    insert into posting (entry_id, wallet_id, shard, bucket, amount, hold_id, available_after, held_after, owed_after)
    select $1, p.* from unnest($11::uuid[], $12::smallint[], $13::text[], $14::bigint[], $15::text[], $16::bigint[], $17::bigint[], $18::bigint[]) p
  ), balances as (
    update wallet_balance b set available = v.a, held = v.h, owed = v.o, total_earned = v.t, updated_at = now()
    from unnest($19::uuid[], $20::smallint[], $21::bigint[], $22::bigint[], $23::bigint[], $24::bigint[]) v(wallet_id, shard, a, h, o, t)
    where b.wallet_id = v.wallet_id and b.shard = v.shard
  ), opened_holds as (
    insert into hold (id, wallet_id, amount, remaining) select * from unnest($25::text[], $26::uuid[], $27::bigint[], $28::bigint[])
  ), changed_holds as (
    update hold set remaining = v.remaining, updated_at = now() from unnest($29::text[], $30::bigint[]) v(id, remaining) where hold.id = v.id
  ), outbox as (
    insert into outbox_event (id, routing_key, envelope, headers) values ($31, $32, $33, $36)
  )
  insert into idempotency_record (key, request_hash, entry_id, response) values ($10, $34, $1, $35)`;

/** SQL of the ledger's write path. Every function runs inside the caller's transaction. */
export const LedgerRepository = {
  async storedResult(tx: Tx, key: string): Promise<StoredResult | null> {
    const [row] = await tx.query<{ request_hash: string; response: unknown }>('ledger.stored', 'select request_hash, response from idempotency_record where key = $1', [key]);
    return row ? { requestHash: row.request_hash, response: row.response } : null;
  },

  /** Locks holds by id order; always before balances, so two entries never wait on each other in a cycle. */
  async lockHolds(tx: Tx, holdIds: string[]): Promise<Map<string, Hold>> {
    if (holdIds.length === 0) return new Map();
    const rows = await tx.query<HoldRow>('ledger.lock-holds', LOCK_HOLDS, [holdIds]);
    return new Map(rows.map((r) => [r.id, { id: r.id, walletId: r.wallet_id, amount: BigInt(r.amount), remaining: BigInt(r.remaining) }]));
  },

  /** Locks balance rows in (wallet, shard) order, the same order everywhere, so entries cannot deadlock. */
  async lockBalances(tx: Tx, keys: Array<{ walletId: string; shard: number }>): Promise<Map<string, Balances>> {
    const unique = [...new Map(keys.map((k) => [balanceKey(k.walletId, k.shard), k])).values()];
    const rows = await tx.query<BalanceRow>('ledger.lock-balances', LOCK_BALANCES, [unique.map((k) => k.walletId), unique.map((k) => k.shard)]);
    return new Map(
      rows.map((r) => [
        balanceKey(r.wallet_id, Number(r.shard)),
        { available: BigInt(r.available), held: BigInt(r.held), owed: BigInt(r.owed), totalEarned: BigInt(r.total_earned) },
      ]),
    );
  },

  /** The transaction's last statement: it commits. */
  async writeEntry(tx: Tx, a: { entryId: string; draft: EntryDraft; applied: AppliedEntry; idempotencyKey: string; requestHash: string; event: EventEnvelope; response: unknown }): Promise<void> {
    const { draft, applied } = a;
    const p = applied.postings;
    const b = [...applied.balances];
    const opened = [...applied.holds.values()].filter((h) => h.id === draft.openHold?.id);
    const changed = [...applied.holds.values()].filter((h) => h.id !== draft.openHold?.id);
    const s = (v: bigint) => v.toString();
    await tx.queryAndCommit('ledger.write-entry', WRITE_ENTRY, [
      a.entryId, draft.type, draft.serviceType, draft.currency, draft.mode, draft.reference?.type ?? null, draft.reference?.id ?? null, draft.description, draft.createdByAdminId, a.idempotencyKey,
      p.map((x) => x.walletId), p.map((x) => x.shard), p.map((x) => x.bucket), p.map((x) => s(x.amount)), p.map((x) => x.holdId), p.map((x) => s(x.after.available)), p.map((x) => s(x.after.held)), p.map((x) => s(x.after.owed)),
      b.map(([k]) => k.slice(0, k.lastIndexOf(':'))), b.map(([k]) => Number(k.slice(k.lastIndexOf(':') + 1))), b.map(([, v]) => s(v.available)), b.map(([, v]) => s(v.held)), b.map(([, v]) => s(v.owed)), b.map(([, v]) => s(v.totalEarned)),
      opened.map((h) => h.id), opened.map((h) => h.walletId), opened.map((h) => s(h.amount)), opened.map((h) => s(h.remaining)),
      changed.map((h) => h.id), changed.map((h) => s(h.remaining)),
      a.event.id, a.event.type, JSON.stringify(a.event),
      a.requestHash, JSON.stringify(a.response),
      // Consumers continue the trace of the call that wrote the entry.
      JSON.stringify(traceHeaders()),
    ]);
  },
};
