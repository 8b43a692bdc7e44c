import type { Schemas } from '@ziba/api-client';
import { flagLabel } from './flag-label.ts';

/**
 * The reasons recorded on a payout, each labelled by what it is: the rules that refused the request
 * (a blocked payout), an admin's rejection, or a failure, which a retried payout keeps after it went
 * on (then it is past, not why the payout stands where it is).
 */
export function payoutReasons(p: Pick<Schemas['Payout'], 'status' | 'reasons' | 'rejectionReason' | 'failureReason'>): string[] {
  const lines: string[] = [];
  if (p.status === 'BLOCKED' && p.reasons.length > 0) lines.push(`Refused: ${p.reasons.map(flagLabel).join('; ')}. No money is held for it.`);
  if (p.rejectionReason) lines.push(`Rejected: ${p.rejectionReason}`);
  if (p.failureReason)
    lines.push(
      `${p.status === 'RETURNED' ? 'Returned by the bank' : p.status === 'FAILED' || p.status === 'REVERSED' ? 'Failed' : 'An earlier attempt failed'}: ${p.failureReason}`,
    );
  return lines;
}
