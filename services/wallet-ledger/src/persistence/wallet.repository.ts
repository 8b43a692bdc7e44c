import type { SqlExecutor } from '@ziba/messaging';
import type { CurrencyCode } from '@ziba/money';
import type { Mode, OwnerType } from '../domain/ledger-model.ts';

export interface NewUserWallet {
  id: string;
  ownerId: string;
  ownerType: OwnerType;
  countryCode: string;
  currency: CurrencyCode;
  mode: Mode;
}

/** Wallet writes outside the entry write path (which reads wallets through WalletDirectory). */
export const WalletRepository = {
  /**
   * Inserts a user's wallet and its one balance row, in the caller's transaction; false when the
   * owner already has a wallet of that currency and mode.
   */
  async insertUserWallet(em: SqlExecutor, w: NewUserWallet): Promise<boolean> {
    const inserted = await em.execute<{ id: string }[]>(
      `insert into wallet (id, owner_id, owner_type, country_code, currency, mode) values (?, ?, ?, ?, ?, ?)
       on conflict on constraint wallet_owner_currency_mode_uniq do nothing returning id`,
      [w.id, w.ownerId, w.ownerType, w.countryCode, w.currency, w.mode],
    );
    if (inserted.length === 0) return false;
    await em.execute('insert into wallet_balance (wallet_id, shard) values (?, 0)', [w.id], 'run');
    return true;
  },
};
