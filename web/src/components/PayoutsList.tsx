import { Group, Text } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';
import { reasonWords } from '../api/problem-words.ts';
import { Money } from './Money.tsx';
import { PayoutStatusBadge } from './PayoutStatusBadge.tsx';
import { RowItem, RowList } from './RowList.tsx';

type Payout = Schemas['Payout'];

/** Why a payout did not go through, in words: a refusal's reasons, or the admin's reason for a rejection. */
function why(p: Payout): string[] {
  if (p.status === 'BLOCKED') return reasonWords(p.reasons);
  if (p.status === 'REJECTED' && p.rejectionReason) return [p.rejectionReason];
  return [];
}

/**
 * An earner's payouts, newest first: amount and state on the first line, when on the second, and why
 * it was refused below. A list rather than a table, so it fits a phone without scrolling sideways.
 */
export function PayoutsList({ payouts }: { payouts: Payout[] }) {
  if (!payouts.length) return <Text c="dimmed">No payouts yet.</Text>;
  return (
    <RowList label="Payouts">
      {payouts.map((p) => (
        <RowItem key={p.id}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600}>
              <Money amount={p.amount.amount} currency={p.amount.currency} />
            </Text>
            <PayoutStatusBadge status={p.status} />
          </Group>
          <Text size="xs" c="dimmed">
            {new Date(p.createdAt).toLocaleString()}
          </Text>
          {why(p).map((line) => (
            <Text key={line} size="xs">
              {line}
            </Text>
          ))}
        </RowItem>
      ))}
    </RowList>
  );
}
