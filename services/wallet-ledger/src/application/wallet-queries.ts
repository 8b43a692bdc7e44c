import { LedgerErrors } from '../domain/ledger-errors.ts';
import { assertCurrencyCode } from '@ziba/money';
import { topUpRoom } from '../domain/wallet-limit.ts';
import { withdrawableBalance } from '../domain/withdrawable.ts';
import { WalletReadRepository, type WalletListFilter, type WalletRow } from '../persistence/wallet-reads.repository.ts';
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
  /** The most a top-up may add now (domain/wallet-limit.ts). */
  topUpRoom: string;
  totalEarned: string;
  createdAt: string;
  updatedAt: string;
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
    withdrawableBalance: withdrawableBalance(r.owner_type, BigInt(r.available), BigInt(r.negative)).toString(),
    topUpRoom: topUpRoom(r.owner_type, assertCurrencyCode(r.currency.trim()), BigInt(r.available), BigInt(r.held)).toString(),
    totalEarned: r.total_earned,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

const em = (ctx: LedgerContext) => ctx.orm.em.fork();

export const WalletQueries = {
  async byId(ctx: LedgerContext, walletId: string): Promise<WalletView> {
    const r = await WalletReadRepository.byId(em(ctx), walletId);
    if (!r) throw LedgerErrors.walletNotFound(walletId);
    return toView(r);
  },

  /** The owner's wallet in a mode; with no currency, their only one. */
  async byOwner(ctx: LedgerContext, ownerId: string, mode: string, currency: string | null): Promise<WalletView> {
    const rows = await WalletReadRepository.byOwner(em(ctx), ownerId, mode, currency);
    if (rows.length !== 1) throw LedgerErrors.walletNotFound(`of owner ${ownerId}`);
    return toView(rows[0]!);
  },

  /** When `adminId` last credited the owner's wallet by hand: '' when never (or the owner has no such wallet). */
  async lastAdminCredit(ctx: LedgerContext, owner: { ownerId: string; mode: string; currency: string | null }, adminId: string): Promise<string> {
    const rows = await WalletReadRepository.byOwner(em(ctx), owner.ownerId, owner.mode, owner.currency);
    if (rows.length !== 1) return '';
    const at = await WalletReadRepository.lastAdminCredit(em(ctx), rows[0]!.id, adminId);
    return at ? at.toISOString() : '';
  },

  /** Admin list with filters, a page at a time (keyset on wallet id). */
  async list(ctx: LedgerContext, f: WalletListFilter) {
    const rows = await WalletReadRepository.list(em(ctx), f);
    const page = rows.slice(0, f.limit).map(toView);
    return { wallets: page, nextCursor: rows.length > f.limit ? page[page.length - 1]!.id : '' };
  },
};
