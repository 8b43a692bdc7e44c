import type { EntityManager } from '@mikro-orm/postgresql';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import type { OwnerType } from '../domain/ledger-model.ts';
import { withdrawableBalance } from '../domain/withdrawable.ts';
import type { LedgerContext } from './ledger-context.ts';

/** The wallet view of SPEC section 4, amounts as decimal strings. */
export interface WalletView {
  id: string;
  ownerId: string;
  ownerType: string;
  countryCode: string;
  currency: string;
  mode: string;
  availableBalance: string;
  lockedBalance: string;
  negativeBalance: string;
  /** available minus owed commission, at least 0 (SPEC section 6). */
  withdrawableBalance: string;
  totalEarned: string;
  createdAt: string;
  updatedAt: string;
}

// Balances are summed over shards (one for user wallets), never over history: constant-time reads.
const WALLET_SELECT = `
  select w.id, w.owner_id, w.owner_type, coalesce(w.country_code, '') as country_code, w.currency, w.mode, w.created_at,
         sum(b.available)::text as available, sum(b.held)::text as held, (-sum(b.owed))::text as negative,
         sum(b.total_earned)::text as total_earned, max(b.updated_at) as updated_at
  from wallet w join wallet_balance b on b.wallet_id = w.id`;

interface WalletRow {
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

const iso = (d: string | Date): string => new Date(d).toISOString();

function toView(r: WalletRow): WalletView {
  return {
    id: r.id,
    ownerId: r.owner_id,
    ownerType: r.owner_type,
    countryCode: r.country_code.trim(),
    currency: r.currency.trim(),
    mode: r.mode,
    availableBalance: r.available,
    lockedBalance: r.held,
    negativeBalance: r.negative,
    withdrawableBalance: withdrawableBalance(BigInt(r.available), BigInt(r.negative)).toString(),
    totalEarned: r.total_earned,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

const em = (ctx: LedgerContext): EntityManager => ctx.orm.em.fork();

export const WalletQueries = {
  async byId(ctx: LedgerContext, walletId: string): Promise<WalletView> {
    const r = (await em(ctx).execute<WalletRow>(`${WALLET_SELECT} where w.id = ? group by w.id`, [walletId], 'get')) as WalletRow | undefined;
    if (!r) throw LedgerErrors.walletNotFound(walletId);
    return toView(r);
  },

  /** The owner's wallet in a mode; with no currency, their only one. */
  async byOwner(ctx: LedgerContext, ownerId: string, mode: string, currency: string | null): Promise<WalletView> {
    const rows = await em(ctx).execute<WalletRow[]>(
      `${WALLET_SELECT} where w.owner_id = ? and w.mode = ? ${currency ? 'and w.currency = ?' : ''} group by w.id order by w.created_at limit 2`,
      currency ? [ownerId, mode, currency] : [ownerId, mode],
    );
    if (rows.length !== 1) throw LedgerErrors.walletNotFound(`of owner ${ownerId}`);
    return toView(rows[0]!);
  },

  /** Admin list with filters and keyset pagination on wallet id; one mode at a time, so test money never mixes into a live view. */
  async list(
    ctx: LedgerContext,
    f: {
      ownerType: OwnerType | null;
      countryCode: string | null;
      mode: 'live' | 'test';
      minAvailable: bigint | null;
      maxAvailable: bigint | null;
      limit: number;
      after: string | null;
    },
  ) {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      where.push(sql);
      params.push(v);
    };
    if (f.ownerType) add('w.owner_type = ?', f.ownerType);
    if (f.countryCode) add('w.country_code = ?', f.countryCode);
    add('w.mode = ?', f.mode);
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
    const rows = await em(ctx).execute<WalletRow[]>(
      `${WALLET_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} group by w.id ${having.length ? `having ${having.join(' and ')}` : ''} order by w.id limit ?`,
      params,
    );
    const page = rows.slice(0, f.limit).map(toView);
    return { wallets: page, nextCursor: rows.length > f.limit ? page[page.length - 1]!.id : '' };
  },
};
