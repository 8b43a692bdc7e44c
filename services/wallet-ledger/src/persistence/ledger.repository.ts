import type { EventEnvelope } from '@ziba/contracts';
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

// One statement writes a batch of entries: the entries, their postings, the final balance and hold
// rows, the outbox events and the idempotency records. A concurrent repeat of a key fails on the
// idempotency record's unique index (or another unique index first), so nothing is written twice.
const WRITE_ENTRIES = `
  with entries as (
    insert into journal_entry (id, entry_type, service_type, currency, mode, reference_type, reference_id, description, created_by_admin_id, idempotency_key)
    select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
  ), postings as (
    insert into posting (entry_id, wallet_id, shard, bucket, amount, hold_id, available_after, held_after, owed_after)
    select * from unnest($11::uuid[], $12::uuid[], $13::smallint[], $14::text[], $15::bigint[], $16::text[], $17::bigint[], $18::bigint[], $19::bigint[])
  ), balances as (
    update wallet_balance b set available = v.a, held = v.h, owed = v.o, total_earned = v.t, updated_at = now()
    from unnest($20::uuid[], $21::smallint[], $22::bigint[], $23::bigint[], $24::bigint[], $25::bigint[]) v(wallet_id, shard, a, h, o, t)
    where b.wallet_id = v.wallet_id and b.shard = v.shard
  ), opened_holds as (
    insert into hold (id, wallet_id, amount, remaining) select * from unnest($26::text[], $27::uuid[], $28::bigint[], $29::bigint[])
  ), changed_holds as (
    update hold set remaining = v.remaining, updated_at = now() from unnest($30::text[], $31::bigint[]) v(id, remaining) where hold.id = v.id
  ), outbox as (
    insert into outbox_event (id, routing_key, envelope, headers) select * from unnest($32::uuid[], $33::text[], $34::jsonb[], $35::jsonb[])
  )
  insert into idempotency_record (key, request_hash, entry_id, response) select * from unnest($36::text[], $37::text[], $1::uuid[], $38::jsonb[])`;

/** One accepted entry of a batch, with what is stored beside it. */
export interface EntryWrite {
  entryId: string;
  draft: EntryDraft;
  applied: AppliedEntry;
  idempotencyKey: string;
  requestHash: string;
  event: EventEnvelope;
  /** The trace context of the request that asked for it, so its consumers continue that trace. */
  traceHeaders: Record<string, string>;
  response: unknown;
}

export interface BatchWrite {
  entries: EntryWrite[];
  /** Final state of every touched balance row, keyed by balanceKey. */
  balances: Map<string, Balances>;
  openedHolds: Hold[];
  changedHolds: Hold[];
}

/** SQL of the ledger's write path. Every function runs inside the caller's transaction. */
export const LedgerRepository = {
  /** The stored results of whichever of these keys were used already. */
  async storedResults(tx: Tx, keys: string[]): Promise<Map<string, StoredResult>> {
    const rows = await tx.query<{ key: string; request_hash: string; response: unknown }>('ledger.stored-many', 'select key, request_hash, response from idempotency_record where key = any($1::text[])', [keys]);
    return new Map(rows.map((r) => [r.key, { requestHash: r.request_hash, response: r.response }]));
  },

  /** Locks holds in id order, before balances: the same order everywhere, so batches cannot deadlock. */
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
  async writeEntries(tx: Tx, w: BatchWrite): Promise<void> {
    const s = (v: bigint) => v.toString();
    const e = w.entries.map((x) => x.draft);
    const p = w.entries.flatMap((x) => x.applied.postings.map((posting) => ({ entryId: x.entryId, ...posting })));
    const b = [...w.balances];
    const walletOf = (key: string) => key.slice(0, key.lastIndexOf(':'));
    const shardOf = (key: string) => Number(key.slice(key.lastIndexOf(':') + 1));
    await tx.queryAndCommit('ledger.write-entries', WRITE_ENTRIES, [
      w.entries.map((x) => x.entryId), e.map((d) => d.type), e.map((d) => d.serviceType), e.map((d) => d.currency), e.map((d) => d.mode),
      e.map((d) => d.reference?.type ?? null), e.map((d) => d.reference?.id ?? null), e.map((d) => d.description), e.map((d) => d.createdByAdminId), w.entries.map((x) => x.idempotencyKey),
      p.map((x) => x.entryId), p.map((x) => x.walletId), p.map((x) => x.shard), p.map((x) => x.bucket), p.map((x) => s(x.amount)), p.map((x) => x.holdId),
      p.map((x) => s(x.after.available)), p.map((x) => s(x.after.held)), p.map((x) => s(x.after.owed)),
      b.map(([k]) => walletOf(k)), b.map(([k]) => shardOf(k)), b.map(([, v]) => s(v.available)), b.map(([, v]) => s(v.held)), b.map(([, v]) => s(v.owed)), b.map(([, v]) => s(v.totalEarned)),
      w.openedHolds.map((h) => h.id), w.openedHolds.map((h) => h.walletId), w.openedHolds.map((h) => s(h.amount)), w.openedHolds.map((h) => s(h.remaining)),
      w.changedHolds.map((h) => h.id), w.changedHolds.map((h) => s(h.remaining)),
      w.entries.map((x) => x.event.id), w.entries.map((x) => x.event.type), w.entries.map((x) => JSON.stringify(x.event)), w.entries.map((x) => JSON.stringify(x.traceHeaders)),
      w.entries.map((x) => x.idempotencyKey), w.entries.map((x) => x.requestHash), w.entries.map((x) => JSON.stringify(x.response)),
    ]);
  },
};
