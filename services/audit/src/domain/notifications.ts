import type { EventEnvelope } from '@ziba/contracts';

/** A message to one earner (SPEC section 7): what happened, the amount and the status, never bank details. */
export interface Notification {
  ownerId: string;
  kind: 'EARNING_CREDITED' | 'PAYOUT_INITIATED' | 'PAYOUT_PAID' | 'PAYOUT_FAILED';
  amount: string;
  currency: string;
  reference: string;
}

const EARNINGS = ['ride', 'food', 'parcel', 'earning'];
const PAYOUT_KINDS: Record<string, Notification['kind']> = { PENDING: 'PAYOUT_INITIATED', PAID: 'PAYOUT_PAID', FAILED: 'PAYOUT_FAILED' };

type Data = Record<string, unknown>;

/** The notifications an event gives rise to (usually none). */
export function notificationsOf(e: EventEnvelope): Notification[] {
  const d = (e.data ?? {}) as Data;
  if (e.type === 'wallet.entry-posted.v1' && EARNINGS.includes(String(d.serviceType))) {
    const postings = (Array.isArray(d.postings) ? d.postings : []) as Array<{ ownerId: string; ownerType: string; bucket: string; amount: string }>;
    return postings
      .filter((p) => (p.ownerType === 'DRIVER' || p.ownerType === 'RESTAURANT') && p.bucket === 'AVAILABLE' && /^[1-9]\d*$/.test(p.amount))
      .map((p) => ({
        ownerId: p.ownerId,
        kind: 'EARNING_CREDITED',
        amount: p.amount,
        currency: String(d.currency),
        reference: String(d.entryId ?? e.aggregateId),
      }));
  }
  if (e.type === 'payout.status-changed.v1' && PAYOUT_KINDS[String(d.to)]) {
    return [
      { ownerId: String(d.ownerId), kind: PAYOUT_KINDS[String(d.to)]!, amount: String(d.amount), currency: String(d.currency), reference: String(d.payoutId) },
    ];
  }
  return [];
}
