import type { Schemas } from '@ziba/api-client';
import { payoutStatusWord } from '../../components/PayoutStatusBadge.tsx';

type Detail = Schemas['AdminPayoutDetail'];
type Status = Schemas['Payout']['status'];
export interface TimelineStep {
  at: string;
  title: string;
  detail: string;
  note: string | null;
}

/**
 * The payout's states, the approvals that moved no state (the first of two, where four eyes are
 * needed: the last one is the move to Approved) and the provider's callbacks, in the order they
 * happened (a state first when the times tie). Optional `approvals`: a payout read without them.
 */
export function payoutTimeline(
  p: Pick<Detail, 'transitions' | 'providerCallbacks' | 'providerReference' | 'provider'> & { approvals?: Pick<Detail['approvals'], 'required' | 'by'> },
): TimelineStep[] {
  const states = p.transitions.map((t) => ({
    at: t.at,
    title: payoutStatusWord(t.toStatus),
    detail: t.actorType === 'SYSTEM' ? 'by the system' : `by ${t.actorType.toLowerCase()} ${t.actorEmail ?? t.actorId.slice(0, 8)}`,
    note:
      t.toStatus === 'PROCESSING' && p.providerReference
        ? // The system's own note of the hand-off says the same as this line; a person's note is kept.
          `sent to the ${p.provider} provider, reference ${p.providerReference}${t.note && t.actorType !== 'SYSTEM' ? `; ${t.note}` : ''}`
        : t.note,
    order: 0,
  }));
  const required = p.approvals?.required ?? 1;
  const approvals = (p.approvals?.by ?? []).slice(0, required - 1).map((a, i) => ({
    at: a.at,
    title: `Approval ${i + 1} of ${required}`,
    detail: `by admin ${a.adminEmail ?? a.adminId.slice(0, 8)}`,
    note: a.note,
    order: 0,
  }));
  const callbacks = p.providerCallbacks.map((c) => ({
    at: c.receivedAt,
    title: `The ${c.provider} provider reported ${payoutStatusWord(c.status as Status).toLowerCase()}`,
    detail: `provider event ${c.eventId}`,
    note: null,
    order: 1,
  }));
  return [...states, ...approvals, ...callbacks].sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order).map(({ order: _order, ...step }) => step);
}
