import type { WalletOpenedV1 } from '@ziba/contracts';
import { assertCurrencyCode } from '@ziba/money';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import { randomUUID } from 'node:crypto';
import type { Mode, OwnerType } from '../domain/ledger-model.ts';
import { WalletRepository } from '../persistence/wallet.repository.ts';
import { SOURCE, type LedgerContext } from './ledger-context.ts';
import { WalletQueries, type WalletView } from './wallet-queries.ts';

export interface OpenWallet {
  ownerId: string;
  ownerType: Extract<OwnerType, 'RIDER' | 'DRIVER' | 'RESTAURANT'>;
  countryCode: string;
  currency: string;
  mode: Mode;
}

/** Opens the owner's wallet for a currency and mode; opening it again returns the same wallet. */
export async function openWallet(ctx: LedgerContext, cmd: OpenWallet): Promise<WalletView> {
  await inTransaction(ctx, (em) => openWalletIn(em, cmd));
  return WalletQueries.byOwner(ctx, cmd.ownerId, cmd.mode, assertCurrencyCode(cmd.currency));
}

/**
 * Opens the wallet inside the caller's transaction (the event consumer's, whose inbox record must
 * commit with it); true when it was new.
 */
export async function openWalletIn(em: SqlExecutor, cmd: OpenWallet): Promise<boolean> {
  const currency = assertCurrencyCode(cmd.currency);
  const id = randomUUID();
  const opened = await WalletRepository.insertUserWallet(em, {
    id,
    ownerId: cmd.ownerId,
    ownerType: cmd.ownerType,
    countryCode: cmd.countryCode,
    currency,
    mode: cmd.mode,
  });
  if (!opened) return false;
  await enqueueEvent<WalletOpenedV1>(em, SOURCE, {
    type: 'wallet.wallet-opened.v1',
    aggregateType: 'wallet',
    aggregateId: id,
    data: { walletId: id, ownerId: cmd.ownerId, ownerType: cmd.ownerType, currency, mode: cmd.mode },
  });
  return true;
}
