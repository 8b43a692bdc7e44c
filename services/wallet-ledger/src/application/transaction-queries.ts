import { LedgerErrors } from '../domain/ledger-errors.ts';
import { keepsRunningBalance, statementLine } from '../domain/statement-line.ts';
import type { LedgerContext } from './ledger-context.ts';
import { WalletQueries } from './wallet-queries.ts';
import { WalletReadRepository, type LineReference, type StatementRow } from '../persistence/wallet-reads.repository.ts';

export interface WalletTransactionView {
  entryId: string;
  walletId: string;
  type: string;
  entryType: string;
  serviceType: string;
  direction: string;
  amount: string;
  currency: string;
  availableAfter: string;
  lockedAfter: string;
  negativeAfter: string;
  referenceType: string;
  referenceId: string;
  description: string;
  createdByAdminId: string;
  createdAt: string;
}

/**
 * A wallet's statement: one line per journal entry that touched it, with the net change and the
 * balances after. The line's type follows seed 002 (HOLD, RELEASE, CREDIT, DEBIT).
 */
export async function listTransactions(
  ctx: LedgerContext,
  walletId: string,
  limit: number,
  before: bigint | null,
  reference: LineReference | null = null,
  /** Whether the caller may read a wallet of this owner (domain/wallet-access.ts); another's is as none. */
  mayRead: (ownerId: string) => boolean = () => true,
): Promise<{ transactions: WalletTransactionView[]; nextCursor: string }> {
  const wallet = await WalletQueries.byId(ctx, walletId);
  if (!mayRead(wallet.ownerId)) throw LedgerErrors.walletNotFound(walletId);
  const rows = await WalletReadRepository.lines(ctx.orm.em.fork(), walletId, limit, before, reference);
  const page = rows.slice(0, limit);
  return {
    transactions: page.map((r) => toView(walletId, r, keepsRunningBalance(wallet.ownerType))),
    nextCursor: rows.length > limit ? page[page.length - 1]!.last_posting : '',
  };
}

/** One line; without `withBalances` (a platform account, keepsRunningBalance) its balances after are empty. */
function toView(walletId: string, r: StatementRow, withBalances: boolean): WalletTransactionView {
  const line = statementLine(r.entry_type, BigInt(r.d_available ?? '0'), BigInt(r.d_held ?? '0'), BigInt(r.d_owed ?? '0'));
  return {
    entryId: r.entry_id,
    walletId,
    type: line.type,
    entryType: r.entry_type,
    serviceType: r.service_type,
    direction: line.direction,
    amount: line.amount.toString(),
    currency: r.currency.trim(),
    availableAfter: withBalances ? r.available_after : '',
    lockedAfter: withBalances ? r.held_after : '',
    negativeAfter: withBalances ? (-BigInt(r.owed_after)).toString() : '',
    referenceType: r.reference_type ?? '',
    referenceId: r.reference_id ?? '',
    description: r.description,
    createdByAdminId: r.created_by_admin_id ?? '',
    createdAt: new Date(r.created_at).toISOString(),
  };
}
