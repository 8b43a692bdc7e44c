import { found, rows, type Invariant } from './invariant.ts';

// The ledger's own invariants (services/wallet-ledger): double entry, balances that are the sum of
// their history, and holds that are the sum of their postings. Amounts are compared as text, never
// as JavaScript numbers.

/** Each entry has at least two postings, all in its currency and mode, summing to zero per currency; no posting without its entry. */
export const entriesBalance: Invariant = {
  name: "ledger: every journal entry's postings sum to zero, per currency",
  needs: ['wallet-ledger'],
  async check({ db: { 'wallet-ledger': db } }) {
    const bad = await rows<{ id: string; why: string }>(
      db,
      `with per_currency as (
         select p.entry_id, w.currency, w.mode, sum(p.amount) as total, count(*) as n
           from posting p join wallet w on w.id = p.wallet_id group by p.entry_id, w.currency, w.mode
       ), per_entry as (
         select e.id, coalesce(sum(c.n), 0) as n,
                coalesce(bool_or(c.total <> 0), false) as unbalanced,
                coalesce(bool_or(c.currency <> e.currency or c.mode <> e.mode), false) as mixed
           from journal_entry e left join per_currency c on c.entry_id = e.id group by e.id
       )
       select id::text, case when n < 2 then 'fewer than two postings' when unbalanced then 'postings do not sum to zero' else 'a posting in another currency or mode' end as why
         from per_entry where n < 2 or unbalanced or mixed
       union all
       select distinct p.entry_id::text, 'posting of no journal entry' from posting p where not exists (select 1 from journal_entry e where e.id = p.entry_id)`,
    );
    const [{ n }] = (await rows<{ n: string }>(db, 'select count(*)::text as n from journal_entry')) as [{ n: string }];
    return found(
      bad.map((r) => `${r.id} (${r.why})`),
      Number(n),
    );
  },
};

/** Money is neither made nor lost: per currency and mode, every balance of every wallet sums to zero. */
export const balancesSumToZero: Invariant = {
  name: 'ledger: all balances per currency sum to zero',
  needs: ['wallet-ledger'],
  async check({ db: { 'wallet-ledger': db } }) {
    const totals = await rows<{ currency: string; mode: string; total: string }>(
      db,
      `select w.currency, w.mode, sum(b.available + b.held + b.owed)::text as total
         from wallet_balance b join wallet w on w.id = b.wallet_id group by w.currency, w.mode order by 1, 2`,
    );
    return found(
      totals.filter((t) => t.total !== '0').map((t) => `${t.currency} ${t.mode}: ${t.total}`),
      totals.length,
    );
  },
};

/** A balance row (a wallet, or one shard of a platform account) holds exactly what its postings add up to, per bucket. */
export const balancesEqualPostings: Invariant = {
  name: 'ledger: every balance row equals the sum of its postings',
  needs: ['wallet-ledger'],
  async check({ db: { 'wallet-ledger': db } }) {
    const bad = await rows<{ row: string; stored: string; summed: string }>(
      db,
      `with sums as (
         select wallet_id, shard,
                coalesce(sum(amount) filter (where bucket = 'AVAILABLE'), 0) as available,
                coalesce(sum(amount) filter (where bucket = 'HELD'), 0) as held,
                coalesce(sum(amount) filter (where bucket = 'OWED'), 0) as owed
           from posting group by wallet_id, shard
       )
       select b.wallet_id || '/' || b.shard as row, concat_ws(' ', b.available, b.held, b.owed) as stored,
              concat_ws(' ', coalesce(s.available, 0), coalesce(s.held, 0), coalesce(s.owed, 0)) as summed
         from wallet_balance b left join sums s on s.wallet_id = b.wallet_id and s.shard = b.shard
        where (b.available, b.held, b.owed) is distinct from (coalesce(s.available, 0), coalesce(s.held, 0), coalesce(s.owed, 0))
       union all
       select s.wallet_id || '/' || s.shard, 'no balance row', concat_ws(' ', s.available, s.held, s.owed)
         from sums s where not exists (select 1 from wallet_balance b where b.wallet_id = s.wallet_id and b.shard = s.shard)`,
    );
    const [{ n }] = (await rows<{ n: string }>(db, 'select count(*)::text as n from wallet_balance')) as [{ n: string }];
    return found(
      bad.map((r) => `${r.row}: stored ${r.stored}, postings ${r.summed} (available held owed)`),
      Number(n),
    );
  },
};

/** The balance after a row's last posting (available_after, held_after, owed_after) is the row's balance now. */
export const balancesEqualLastSnapshot: Invariant = {
  name: 'ledger: every balance row equals the snapshot of its last posting',
  needs: ['wallet-ledger'],
  async check({ db: { 'wallet-ledger': db } }) {
    const bad = await rows<{ row: string; stored: string; snapshot: string }>(
      db,
      `with last as (
         select distinct on (wallet_id, shard) wallet_id, shard, available_after, held_after, owed_after
           from posting order by wallet_id, shard, id desc
       )
       select b.wallet_id || '/' || b.shard as row, concat_ws(' ', b.available, b.held, b.owed) as stored,
              concat_ws(' ', l.available_after, l.held_after, l.owed_after) as snapshot
         from wallet_balance b join last l on l.wallet_id = b.wallet_id and l.shard = b.shard
        where (b.available, b.held, b.owed) <> (l.available_after, l.held_after, l.owed_after)`,
    );
    const [{ n }] = (await rows<{ n: string }>(db, 'select count(distinct (wallet_id, shard))::text as n from posting')) as [{ n: string }];
    return found(
      bad.map((r) => `${r.row}: stored ${r.stored}, last posting says ${r.snapshot}`),
      Number(n),
    );
  },
};

/** A hold's remaining amount is what its postings left under it; its amount is what opened it; its postings are its wallet's. */
export const holdsEqualPostings: Invariant = {
  name: "ledger: every hold's remaining amount equals its postings",
  needs: ['wallet-ledger'],
  async check({ db: { 'wallet-ledger': db } }) {
    const bad = await rows<{ id: string; why: string }>(
      db,
      `with sums as (
         select hold_id, sum(amount) as total, coalesce(sum(amount) filter (where amount > 0), 0) as opened, bool_and(bucket = 'HELD') as held_only,
                array_agg(distinct wallet_id) as wallets
           from posting where hold_id is not null group by hold_id
       )
       select h.id, concat('remaining ', h.remaining, ' of ', h.amount, ', postings leave ', coalesce(s.total, 0), ' of ', coalesce(s.opened, 0)) as why
         from hold h left join sums s on s.hold_id = h.id
        where h.remaining <> coalesce(s.total, 0) or h.amount <> coalesce(s.opened, 0) or not coalesce(s.held_only, true) or s.wallets <> array[h.wallet_id]
       union all
       select s.hold_id, 'postings name a hold that does not exist' from sums s where not exists (select 1 from hold h where h.id = s.hold_id)
       union all
       select p.entry_id::text, 'a held-funds posting names no hold' from posting p where p.bucket = 'HELD' and p.hold_id is null`,
    );
    const [{ n }] = (await rows<{ n: string }>(db, 'select count(*)::text as n from hold')) as [{ n: string }];
    return found(
      bad.map((r) => `${r.id}: ${r.why}`),
      Number(n),
    );
  },
};

/** What a wallet shows as locked is exactly what its open holds keep. */
export const heldEqualsOpenHolds: Invariant = {
  name: 'ledger: every locked balance equals its open holds',
  needs: ['wallet-ledger'],
  async check({ db: { 'wallet-ledger': db } }) {
    const bad = await rows<{ wallet: string; held: string; holds: string }>(
      db,
      `with held as (select wallet_id, sum(held) as held from wallet_balance group by wallet_id),
            holds as (select wallet_id, sum(remaining) as remaining from hold group by wallet_id)
       select coalesce(b.wallet_id, h.wallet_id)::text as wallet, coalesce(b.held, 0)::text as held, coalesce(h.remaining, 0)::text as holds
         from held b full join holds h on h.wallet_id = b.wallet_id
        where coalesce(b.held, 0) <> coalesce(h.remaining, 0)`,
    );
    const [{ n }] = (await rows<{ n: string }>(db, 'select count(*)::text as n from wallet')) as [{ n: string }];
    return found(
      bad.map((r) => `${r.wallet}: locked ${r.held}, open holds ${r.holds}`),
      Number(n),
    );
  },
};

export const walletLedgerInvariants: readonly Invariant[] = [
  entriesBalance,
  balancesSumToZero,
  balancesEqualPostings,
  balancesEqualLastSnapshot,
  holdsEqualPostings,
  heldEqualsOpenHolds,
];
