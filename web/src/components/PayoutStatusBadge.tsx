import { Badge } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';

type Status = Schemas['Payout']['status'];

/** One colour and one word per payout state, the same in every list. */
const LOOK: Record<Status, { color: string; label: string }> = {
  REQUESTED: { color: 'gray', label: 'Requested' },
  BLOCKED: { color: 'red', label: 'Blocked' },
  PENDING: { color: 'yellow', label: 'Pending review' },
  APPROVED: { color: 'blue', label: 'Approved' },
  PROCESSING: { color: 'indigo', label: 'Processing' },
  PAID: { color: 'teal', label: 'Paid' },
  FAILED: { color: 'red', label: 'Failed' },
  REJECTED: { color: 'red', label: 'Rejected' },
  REVERSED: { color: 'gray', label: 'Reversed' },
  RETURNED: { color: 'orange', label: 'Returned' },
};

/** A payout state's word, as its badge says it (a filter offers the same words). */
export const payoutStatusWord = (status: Status) => LOOK[status]?.label ?? status;

export function PayoutStatusBadge({ status }: { status: Status }) {
  const look = LOOK[status] ?? { color: 'gray', label: status };
  return <Badge color={look.color}>{look.label}</Badge>;
}
