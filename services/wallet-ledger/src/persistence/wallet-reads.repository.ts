import type { SqlExecutor } from '@ziba/messaging';
import { USER_OWNER_TYPES, type OwnerFilter } from '../domain/ledger-model.ts';

/** A statement and its parameters, `?` placeholders (MikroORM's). */
export interface Statement {
  text: string;
  params: unknown[];
}

export interface WalletRow {
  id: string;
  owner_id: string;
  owner_type: string;
  country_code: string;
  currency: string;
  mode: string;
  created_at: string | Date;
  updated_at: string | Date;
  available: string;
  held: string;
  negative: string;
  total_earned: string;
}

/** Which entries a statement keeps: those of one reference, a trip's under any of its types. */
export interface LineReference {
  types: readonly string[];
  id: string;
}

/** A Postgres text[] literal of known words (reference types: no commas, quotes or braces). */
export const wordArray = (words: readonly string[]) => `{${words.join(',')}}`;

export interface StatementRow {
  entry_id: string;
  entry_type: string;
  service_type: string;
  currency: string;
  reference_type: string | null;
  reference_id: string | null;
  description: string;
  created_by_admin_id: string | null;
  created_at: string | Date;
  last_posting: string;
  d_available: string;
  d_held: string;
  d_owed: string;
  available_after: string;
  held_after: string;
  owed_after: string;
  /** Postings the page's window read (see transactionsPage). */
  scanned: number;
}

export interface WalletListFilter {
  ownerType: OwnerFilter | null;
  countryCode: string | null;
  ownerId: string | null;
  /** null: both modes. */
  mode: 'live' | 'test' | null;
  minAvailable: bigint | null;
  maxAvailable: bigint | null;
  limit: number;
  after: string | null;
}

// Balances are summed over shards (one for user wallets), never over history: constant-time reads.
const WALLET_SELECT = `
  select w.id, w.owner_id, w.owner_type, coalesce(w.country_code, '') as country_code, w.currency, w.mode, w.created_at,
         sum(b.available)::text as available, sum(b.held)::text as held, (-sum(b.owed))::text as negative,
         sum(b.total_earned)::text as total_earned, max(b.updated_at) as updated_at
  from wallet w join wallet_balance b on b.wallet_id = w.id`;

// One statement line per journal entry: the wallet's net change in each bucket and its balances after
// the entry's last posting on it.
const LINE_SELECT = `
  select e.id as entry_id, e.entry_type, e.service_type, e.currency, e.reference_type, e.reference_id, e.description,
         e.created_by_admin_id, e.created_at, max(p.id)::text as last_posting,
         sum(p.amount) filter (where p.bucket = 'AVAILABLE')::text as d_available,
         sum(p.amount) filter (where p.bucket = 'HELD')::text as d_held,
         sum(p.amount) filter (where p.bucket = 'OWED')::text as d_owed,
         (array_agg(p.available_after order by p.id desc))[1]::text as available_after,
         (array_agg(p.held_after order by p.id desc))[1]::text as held_after,
         (array_agg(p.owed_after order by p.id desc))[1]::text as owed_after`;

/** An entry has at most a few postings on one wallet (a bucket each); the window reads this many postings a line. */
const POSTINGS_PER_LINE = 4;

export const WalletReadStatements = {
  byId: (walletId: string): Statement => ({ text: `${WALLET_SELECT} where w.id = ? group by w.id`, params: [walletId] }),

  byOwner: (ownerId: string, mode: string, currency: string | null): Statement => ({
    text: `${WALLET_SELECT} where w.owner_id = ? and w.mode = ? ${currency ? 'and w.currency = ?' : ''} group by w.id order by w.created_at limit 2`,
    params: currency ? [ownerId, mode, currency] : [ownerId, mode],
  }),

  /** Keyset pages on wallet id; one mode at a time, so test money never mixes into a live view. */
  list(f: WalletListFilter): Statement {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      where.push(sql);
      params.push(v);
    };
    if (f.ownerType === 'USER') where.push(`w.owner_type in (${USER_OWNER_TYPES.map((t) => `'${t}'`).join(', ')})`);
    else if (f.ownerType) add('w.owner_type = ?', f.ownerType);
    if (f.countryCode) add('w.country_code = ?', f.countryCode);
    if (f.ownerId) add('w.owner_id = ?', f.ownerId);
    if (f.mode) add('w.mode = ?', f.mode);
    if (f.after) add('w.id > ?', f.after);
    const having: string[] = [];
    if (f.minAvailable !== null) {
      having.push('sum(b.available) >= ?');
      params.push(f.minAvailable);
    }
    if (f.maxAvailable !== null) {
      having.push('sum(b.available) <= ?');
      params.push(f.maxAvailable);
    }
    params.push(f.limit + 1);
    return {
      text: `${WALLET_SELECT} where ${where.join(' and ')} group by w.id ${having.length ? `having ${having.join(' and ')}` : ''} order by w.id limit ?`,
      params,
    };
  },

  /**
   * The wallet's newest statement lines before the cursor (a posting id: lines whose last posting
   * on the wallet comes before it). Only a window of the wallet's newest postings is read, through
   * the (wallet_id, id desc) index, so a page costs the same with ten postings or a million; with
   * `window` null, the whole history (what the caller falls back to when the window held too few
   * lines, see scanned).
   */
  page(walletId: string, limit: number, before: bigint | null, window: number | null): Statement {
    const params: unknown[] = [walletId];
    if (before !== null) params.push(before);
    if (window !== null) params.push(window);
    params.push(walletId);
    if (before !== null) params.push(before);
    params.push(limit + 1);
    return {
      text: `with recent as (
               select entry_id from posting where wallet_id = ? ${before !== null ? 'and id < ?' : ''} order by id desc ${window !== null ? 'limit ?' : ''}
             )
             ${LINE_SELECT}, (select count(*) from recent)::int as scanned
             from (select distinct entry_id from recent) c
             join journal_entry e on e.id = c.entry_id
             join posting p on p.entry_id = c.entry_id and p.wallet_id = ?
             group by e.id ${before !== null ? 'having max(p.id) < ?' : ''}
             order by max(p.id) desc limit ?`,
      params,
    };
  },

  /** The wallet's lines of one reference (a trip, a payout; a trip under any of its types), found through the reference index. */
  pageOfReference(walletId: string, limit: number, before: bigint | null, reference: LineReference): Statement {
    const params: unknown[] = [walletId, wordArray(reference.types), reference.id];
    if (before !== null) params.push(before);
    params.push(limit + 1);
    return {
      text: `${LINE_SELECT}, 0 as scanned
             from journal_entry e join posting p on p.entry_id = e.id and p.wallet_id = ?
             where e.reference_type = any(?::text[]) and e.reference_id = ?
             group by e.id ${before !== null ? 'having max(p.id) < ?' : ''}
             order by max(p.id) desc limit ?`,
      params,
    };
  },
};

/** The wallet reads of the API (GET /api/wallet and its transactions, the admin wallet list). */
export const WalletReadRepository = {
  async byId(em: SqlExecutor, walletId: string): Promise<WalletRow | undefined> {
    const s = WalletReadStatements.byId(walletId);
    return (await em.execute<WalletRow[]>(s.text, s.params))[0];
  },

  async byOwner(em: SqlExecutor, ownerId: string, mode: string, currency: string | null): Promise<WalletRow[]> {
    const s = WalletReadStatements.byOwner(ownerId, mode, currency);
    return em.execute<WalletRow[]>(s.text, s.params);
  },

  async list(em: SqlExecutor, f: WalletListFilter): Promise<WalletRow[]> {
    const s = WalletReadStatements.list(f);
    return em.execute<WalletRow[]>(s.text, s.params);
  },

  /**
   * What a trip or food order took from a wallet: minus the sum of its postings under the trip's
   * reference (a hold and its release net to nothing), leaving out a refund credit. Null when the
   * wallet has no line of that trip.
   */
  async tripCharge(em: SqlExecutor, walletId: string, tripId: string): Promise<{ referenceType: string; charged: bigint } | null> {
    const [row] = await em.execute<Array<{ reference_type: string; charged: string }>>(
      `select e.reference_type, (-coalesce(sum(p.amount), 0))::text as charged
         from journal_entry e join posting p on p.entry_id = e.id
        where e.reference_type in ('ride', 'food_order', 'delivery') and e.reference_id = ? and p.wallet_id = ?
          and p.bucket in ('AVAILABLE', 'HELD') and not (e.entry_type = 'CREDIT' and e.service_type = 'refund')
        group by e.reference_type
        limit 1`,
      [tripId, walletId],
    );
    return row ? { referenceType: row.reference_type, charged: BigInt(row.charged) } : null;
  },

  /**
   * What corrections credited this wallet in the last 24 hours (on the database's clock), and whether
   * the one under `reference` (its key's hash) was posted already, read after queuing on the wallet's
   * correction lock, held to the caller's commit. Both read manual adjustments through their
   * reference index (few: one per support correction), not the wallet's whole history.
   */
  async correctionCreditsToday(em: SqlExecutor, walletId: string, referenceId: string): Promise<{ credited: bigint; posted: boolean }> {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`wallet-corrections:${walletId}`]);
    const [row] = await em.execute<Array<{ credited: string; posted: boolean }>>(
      `select (select coalesce(sum(p.amount), 0)
                 from journal_entry e join posting p on p.entry_id = e.id
                where e.reference_type = 'manual_adjustment' and e.service_type = 'adjustment' and e.created_at > now() - interval '24 hours'
                  and p.wallet_id = ? and p.bucket = 'AVAILABLE' and p.amount > 0)::text as credited,
              exists (select 1 from journal_entry e where e.reference_type = 'manual_adjustment' and e.reference_id = ?) as posted`,
      [walletId, referenceId],
    );
    return { credited: BigInt(row?.credited ?? '0'), posted: row?.posted ?? false };
  },

  /** When this admin last credited this wallet by hand (a correction or a refund credit), or null. */
  async lastAdminCredit(em: SqlExecutor, walletId: string, adminId: string): Promise<Date | null> {
    const [row] = await em.execute<Array<{ at: Date | string | null }>>(
      `select max(e.created_at) as at
         from journal_entry e join posting p on p.entry_id = e.id
        where p.wallet_id = ? and p.bucket = 'AVAILABLE' and p.amount > 0
          and e.created_by_admin_id = ? and e.entry_type = 'CREDIT' and e.service_type in ('adjustment', 'refund')`,
      [walletId, adminId],
    );
    return row?.at ? new Date(row.at) : null;
  },

  /** Up to limit + 1 lines, newest first (one more than a page tells whether another follows). */
  async lines(em: SqlExecutor, walletId: string, limit: number, before: bigint | null, reference: LineReference | null): Promise<StatementRow[]> {
    if (reference) {
      const s = WalletReadStatements.pageOfReference(walletId, limit, before, reference);
      return em.execute<StatementRow[]>(s.text, s.params);
    }
    const window = (limit + 1) * POSTINGS_PER_LINE;
    const s = WalletReadStatements.page(walletId, limit, before, window);
    const rows = await em.execute<StatementRow[]>(s.text, s.params);
    // A full window that still gave too few lines (entries with many postings on this wallet, or lines
    // dropped as already shown): read the whole history rather than end the statement early.
    if (rows.length > limit || (rows.length > 0 && rows[0]!.scanned < window)) return rows;
    if (rows.length === 0 && before === null) return rows;
    const all = WalletReadStatements.page(walletId, limit, before, null);
    return em.execute<StatementRow[]>(all.text, all.params);
  },
};

/** The statements of the benchmarked reads with PostgreSQL's `$n` placeholders, for EXPLAIN (scripts/bench-reads.ts). */
export function readSqlForPlans(walletId: string, ownerId: string): Record<string, Statement> {
  const numbered = (s: Statement): Statement => {
    let n = 0;
    return { text: s.text.replaceAll('?', () => `$${++n}`), params: s.params.map((p) => (typeof p === 'bigint' ? p.toString() : p)) };
  };
  return {
    wallet: numbered(WalletReadStatements.byOwner(ownerId, 'live', null)),
    firstTransactionsPage: numbered(WalletReadStatements.page(walletId, 20, null, 21 * POSTINGS_PER_LINE)),
    adminWalletList: numbered(
      WalletReadStatements.list({
        ownerType: 'DRIVER',
        countryCode: null,
        ownerId: null,
        mode: 'live',
        minAvailable: null,
        maxAvailable: null,
        limit: 50,
        after: null,
      }),
    ),
  };
}
