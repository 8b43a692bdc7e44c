import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCurrencyCode } from '@ziba/money';
import { randomUUID } from 'node:crypto';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import { ownerTypeOfSystemAccount, type Mode, type OwnerType, type SystemAccount, type WalletInfo } from '../domain/ledger-model.ts';
import type { Tx } from './sql-client.ts';

interface WalletRow {
  id: string;
  owner_id: string;
  owner_type: OwnerType;
  currency: string;
  mode: Mode;
  shard_count: number;
}

export interface SystemWallet extends WalletInfo {
  shardCount: number;
}

const SELECT = 'select id, owner_id, owner_type, currency, mode, shard_count from wallet';

/**
 * Wallet identities (owner, currency, mode) never change once opened, so they are cached: the
 * write path then only touches the balance rows it locks.
 */
export class WalletDirectory {
  private readonly byId = new Map<string, WalletInfo>();
  private readonly systemWallets = new Map<string, SystemWallet>();

  async get(tx: Tx, ids: string[]): Promise<Map<string, WalletInfo>> {
    const missing = ids.filter((id) => !this.byId.has(id));
    if (missing.length > 0) {
      const rows = await tx.query<WalletRow>('wallet.by-ids', `${SELECT} where id = any($1::uuid[])`, [missing]);
      for (const r of rows) this.byId.set(r.id, toInfo(r));
    }
    const found = new Map<string, WalletInfo>();
    for (const id of ids) {
      const w = this.byId.get(id);
      if (!w) throw LedgerErrors.walletNotFound(id);
      found.set(id, w);
    }
    return found;
  }

  async system(tx: Tx, account: SystemAccount, currency: string, mode: Mode): Promise<SystemWallet> {
    const key = `${account}:${currency}:${mode}`;
    let w = this.systemWallets.get(key);
    if (!w) {
      const [row] = await tx.query<WalletRow>('wallet.system', `${SELECT} where owner_id = $1 and currency = $2 and mode = $3`, [account, currency, mode]);
      if (!row) throw LedgerErrors.walletNotFound(`${account} ${currency} ${mode}`);
      w = { ...toInfo(row), shardCount: row.shard_count };
      this.systemWallets.set(key, w);
    }
    return w;
  }

  /** Creates a system wallet and its balance shards if missing (idempotent; run at start). */
  async ensureSystemWallet(em: EntityManager, account: SystemAccount, currency: string, mode: Mode, shards: number): Promise<void> {
    await em.execute(
      `insert into wallet (id, owner_id, owner_type, currency, mode, shard_count) values (?, ?, ?, ?, ?, ?) on conflict on constraint wallet_owner_currency_mode_uniq do nothing`,
      [randomUUID(), account, ownerTypeOfSystemAccount(account), currency, mode, shards],
      'run',
    );
    await em.execute(
      `insert into wallet_balance (wallet_id, shard) select w.id, s from wallet w, generate_series(0, w.shard_count - 1) s
       where w.owner_id = ? and w.currency = ? and w.mode = ? on conflict do nothing`,
      [account, currency, mode],
      'run',
    );
  }
}

function toInfo(r: WalletRow): WalletInfo {
  return { id: r.id, ownerId: r.owner_id, ownerType: r.owner_type, currency: assertCurrencyCode(r.currency.trim()), mode: r.mode };
}
