import { LedgerErrors } from '../domain/ledger-errors.ts';
import { statementLine } from '../domain/statement-line.ts';
import type { LedgerContext } from './ledger-context.ts';
import { WalletQueries } from './wallet-queries.ts';

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

interface Row {
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
  reference: { type: string; id: string } | null = null,
  /** Whether the caller may read a wallet of this owner (domain/wallet-access.ts); another's is as none. */
  mayRead: (ownerId: string) => boolean = () => true,
): Promise<{ transactions: WalletTransactionView[]; nextCursor: string }> {
  const wallet = await WalletQueries.byId(ctx, walletId);
  if (!mayRead(wallet.ownerId)) throw LedgerErrors.walletNotFound(walletId);
  const params: unknown[] = [walletId];
  if (before !== null) params.push(walletId, before);
  if (reference) params.push(reference.type, reference.id);
  const rows = await ctx.orm.em.fork().execute<Row[]>(
    `select e.id as entry_id, e.entry_type, e.service_type, e.currency, e.reference_type, e.reference_id, e.description, e.created_by_admin_id, e.created_at,
            max(p.id)::text as last_posting,
            sum(p.amount) filter (where p.bucket = 'AVAILABLE')::text as d_available,
            sum(p.amount) filter (where p.bucket = 'HELD')::text as d_held,
            sum(p.amount) filter (where p.bucket = 'OWED')::text as d_owed,
            (array_agg(p.available_after order by p.id desc))[1]::text as available_after,
            (array_agg(p.held_after order by p.id desc))[1]::text as held_after,
            (array_agg(p.owed_after order by p.id desc))[1]::text as owed_after
     from posting p join journal_entry e on e.id = p.entry_id
     where p.wallet_id = ? ${before !== null ? 'and p.entry_id in (select entry_id from posting where wallet_id = ? and id < ?)' : ''}
       ${reference ? 'and e.reference_type = ? and e.reference_id = ?' : ''}
     group by e.id order by max(p.id) desc limit ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  return {
    transactions: page.map((r) => toView(walletId, r)),
    nextCursor: rows.length > limit ? page[page.length - 1]!.last_posting : '',
  };
}

function toView(walletId: string, r: Row): WalletTransactionView {
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
    availableAfter: r.available_after,
    lockedAfter: r.held_after,
    negativeAfter: (-BigInt(r.owed_after)).toString(),
    referenceType: r.reference_type ?? '',
    referenceId: r.reference_id ?? '',
    description: r.description,
    createdByAdminId: r.created_by_admin_id ?? '',
    createdAt: new Date(r.created_at).toISOString(),
  };
}
