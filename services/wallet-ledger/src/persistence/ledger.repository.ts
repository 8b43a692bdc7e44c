import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@ziba/contracts';
import { randomUUID } from 'node:crypto';
import type { AppliedEntry } from '../domain/apply-entry.ts';
import { balanceKey } from '../domain/apply-entry.ts';
import type { Balances, EntryDraft, Hold } from '../domain/ledger-model.ts';

type Num = string | number;
interface BalanceRow { wallet_id: string; shard: Num; available: Num; held: Num; owed: Num; total_earned: Num }
interface HoldRow { id: string; wallet_id: string; amount: Num; remaining: Num }

export type KeyClaim = { claimed: true } | { claimed: false; requestHash: string; response: unknown };

/** SQL of the ledger's write path. Every function runs inside the caller's transaction. */
export const LedgerRepository = {
  /**
   * Claims an idempotency key. A concurrent claim of the same key waits on the unique index until
   * the first transaction ends, then sees its stored result (or claims the key if it rolled back).
   */
  async claimKey(em: EntityManager, key: string, requestHash: string): Promise<KeyClaim> {
    const inserted = await em.execute<{ key: string }[]>('insert into idempotency_record (key, request_hash) values (?, ?) on conflict (key) do nothing returning key', [key, requestHash]);
    if (inserted.length > 0) return { claimed: true };
    const row = await em.execute<{ request_hash: string; response: unknown }>('select request_hash, response from idempotency_record where key = ?', [key], 'get');
    return { claimed: false, requestHash: row.request_hash, response: row.response };
  },

  async lockHold(em: EntityManager, holdId: string): Promise<Hold | null> {
    const row = (await em.execute<HoldRow>('select id, wallet_id, amount, remaining from hold where id = ? for update', [holdId], 'get')) as HoldRow | undefined;
    return row ? { id: row.id, walletId: row.wallet_id, amount: BigInt(row.amount), remaining: BigInt(row.remaining) } : null;
  },

  /** Locks balance rows in (wallet, shard) order, the same order everywhere, so entries cannot deadlock. */
  async lockBalances(em: EntityManager, keys: Array<{ walletId: string; shard: number }>): Promise<Map<string, Balances>> {
    const sorted = [...new Map(keys.map((k) => [balanceKey(k.walletId, k.shard), k])).values()].sort((a, b) =>
      a.walletId === b.walletId ? a.shard - b.shard : a.walletId < b.walletId ? -1 : 1,
    );
    const tuples = sorted.map(() => '(?::uuid, ?::smallint)').join(', ');
    const rows = await em.execute<BalanceRow[]>(
      `select wallet_id, shard, available, held, owed, total_earned from wallet_balance where (wallet_id, shard) in (${tuples}) order by wallet_id, shard for update`,
      sorted.flatMap((k) => [k.walletId, k.shard]),
    );
    return new Map(
      rows.map((r) => [
        balanceKey(r.wallet_id, Number(r.shard)),
        { available: BigInt(r.available), held: BigInt(r.held), owed: BigInt(r.owed), totalEarned: BigInt(r.total_earned) },
      ]),
    );
  },

  /**
   * Writes the entry, its postings, the new balances, changed holds, the outbox event and the
   * idempotency result in one statement (one round trip): all or nothing.
   */
  async writeEntry(em: EntityManager, args: { entryId: string; draft: EntryDraft; applied: AppliedEntry; idempotencyKey: string; event: EventEnvelope; response: unknown }): Promise<void> {
    const { entryId, draft, applied } = args;
    const params: unknown[] = [];
    const values = (rows: unknown[][]) =>
      rows
        .map((r) => {
          params.push(...r);
          return `(${r.map(() => '?').join(', ')})`;
        })
        .join(', ');

    const entrySql = `insert into journal_entry (id, entry_type, service_type, currency, mode, reference_type, reference_id, description, created_by_admin_id, idempotency_key) values ${values([[entryId, draft.type, draft.serviceType, draft.currency, draft.mode, draft.reference?.type ?? null, draft.reference?.id ?? null, draft.description, draft.createdByAdminId, args.idempotencyKey]])}`;
    const postingSql = `insert into posting (entry_id, wallet_id, shard, bucket, amount, hold_id, available_after, held_after, owed_after)
      select v.entry_id::uuid, v.wallet_id::uuid, v.shard::smallint, v.bucket, v.amount::bigint, v.hold_id, v.a::bigint, v.h::bigint, v.o::bigint from (values ${values(
        applied.postings.map((p) => [entryId, p.walletId, p.shard, p.bucket, p.amount, p.holdId, p.after.available, p.after.held, p.after.owed]),
      )}) v(entry_id, wallet_id, shard, bucket, amount, hold_id, a, h, o)`;
    const balanceSql = `update wallet_balance b set available = v.a::bigint, held = v.h::bigint, owed = v.o::bigint, total_earned = v.t::bigint, updated_at = now()
      from (values ${values([...applied.balances].map(([key, b]) => [...splitKey(key), b.available, b.held, b.owed, b.totalEarned]))}) v(wallet_id, shard, a, h, o, t)
      where b.wallet_id = v.wallet_id::uuid and b.shard = v.shard::smallint`;
    // A new hold is a plain insert, so two entries opening the same hold id cannot both succeed.
    const opened = draft.openHold?.id;
    const newHolds = [...applied.holds.values()].filter((h) => h.id === opened);
    const changedHolds = [...applied.holds.values()].filter((h) => h.id !== opened);
    const newHoldSql =
      newHolds.length === 0
        ? ''
        : `, new_holds as (insert into hold (id, wallet_id, amount, remaining) select v.id, v.wallet_id::uuid, v.amount::bigint, v.remaining::bigint from (values ${values(
            newHolds.map((h) => [h.id, h.walletId, h.amount, h.remaining]),
          )}) v(id, wallet_id, amount, remaining))`;
    const changedHoldSql =
      changedHolds.length === 0
        ? ''
        : `, changed_holds as (update hold set remaining = v.remaining::bigint, updated_at = now() from (values ${values(
            changedHolds.map((h) => [h.id, h.remaining]),
          )}) v(id, remaining) where hold.id = v.id)`;
    const outboxSql = `insert into outbox_event (id, routing_key, envelope) values ${values([[args.event.id, args.event.type, args.event]])}`;
    const keySql = `update idempotency_record set entry_id = ?, response = ? where key = ?`;
    params.push(entryId, args.response, args.idempotencyKey);

    await em.execute(
      `with entry as (${entrySql}), postings as (${postingSql}), balances as (${balanceSql})${newHoldSql}${changedHoldSql}, outbox as (${outboxSql}) ${keySql}`,
      params,
      'run',
    );
  },

  newEntryId: (): string => randomUUID(),
};

function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), Number(key.slice(at + 1))];
}
