import type { Schemas } from '@ziba/api-client';
import { isTripReference, serviceWord } from '../../components/statement-words.ts';
import { dayAndTime } from '../../dates.ts';
import { formatMoney } from '../../money/format-money.ts';
import { shortId } from '../short-id.ts';
import type { ChargedTrip } from './AdjustmentForm.tsx';

type Line = Schemas['WalletTransaction'];

/**
 * The trips the loaded lines show this wallet paid for (a charge: a debit under the trip's
 * reference) and not yet refunded (one refund a trip: the server refuses another), newest first, once each.
 */
export function chargedTrips(lines: Line[]): ChargedTrip[] {
  const refunded = new Set(lines.filter((t) => t.type === 'CREDIT' && t.serviceType === 'refund').map((t) => t.referenceId));
  const seen = new Map<string, ChargedTrip>();
  for (const t of lines)
    if (t.type === 'DEBIT' && isTripReference(t.referenceType) && t.referenceId && !seen.has(t.referenceId) && !refunded.has(t.referenceId))
      seen.set(t.referenceId, {
        tripId: t.referenceId,
        label: `${serviceWord(t)} ${shortId(t.referenceId)} · ${formatMoney(t.amount, t.currency)} · ${dayAndTime(t.createdAt)}`,
      });
  return [...seen.values()];
}
