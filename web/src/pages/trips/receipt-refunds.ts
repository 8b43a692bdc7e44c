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
 * ?tripId): each refund (a credit of the service "refund"; a hold given back is a release, not a
 * refund), and what the trip cost in the end. Minor units as text, subtracted as bigints: never a
 * float. Null when nothing was refunded.
 */
export function receiptRefunds(
  fare: { amount: string; currency: string } | null,
  lines: readonly Line[],
): { refunds: ReceiptRefund[]; paid: string | null } | null {
  const refunds = lines
    .filter((l) => l.type === 'CREDIT' && l.serviceType === 'refund')
    .map((l) => ({ amount: l.amount, currency: l.currency, at: l.createdAt, reason: l.description }))
    .reverse(); // the statement is newest first; a receipt reads in time order
  if (refunds.length === 0) return null;
  const given = refunds.reduce((sum, r) => sum + BigInt(r.amount), 0n);
  return { refunds, paid: fare ? (BigInt(fare.amount) - given).toString() : null };
}
