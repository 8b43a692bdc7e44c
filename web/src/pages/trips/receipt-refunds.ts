import type { Schemas } from '@ziba/api-client';

type Line = Schemas['WalletTransaction'];

export interface ReceiptRefund {
  amount: string;
  currency: string;
  at: string;
  reason: string;
}

/**
 * What support gave back of a trip, from the reader's own lines of it (GET /api/wallet/transactions
 * ?tripId): its refund (a credit of the service "refund"; a hold given back is a release, not a
 * refund), as the server wrote it. Nothing is added up here: the UI shows the server's amounts only.
 */
export function receiptRefunds(lines: readonly Line[]): ReceiptRefund[] {
  return lines
    .filter((l) => l.type === 'CREDIT' && l.serviceType === 'refund')
    .map((l) => ({ amount: l.amount, currency: l.currency, at: l.createdAt, reason: l.description }))
    .reverse(); // the statement is newest first; a receipt reads in time order
}
