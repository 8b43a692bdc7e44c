import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Schemas } from '@ziba/api-client';
import { Money } from './Money.tsx';
import { TableScroll } from './TableScroll.tsx';

const SERVICE_WORDS: Record<string, string> = {
  ride: 'Ride',
  parcel: 'Parcel',
  food: 'Food order',
  funding: 'Top-up',
  payout: 'Payout',
  commission: 'Commission',
  commission_settlement: 'Commission paid',
  earning: 'Earning',
  refund: 'Refund',
  adjustment: 'Adjustment',
};

type Transaction = Schemas['WalletTransaction'];
const signed = (t: Transaction) => (
  <>
    {t.direction === 'credit' ? '+' : '−'}
    <Money amount={t.amount} currency={t.currency} />
  </>
);

/** Ledger lines, newest first: what happened, which way the money went, and the balance after. A list on a phone, a table wider up. */
export function TransactionsTable({ transactions }: { transactions: Transaction[] }) {
  const phone = useMediaQuery('(max-width: 40em)');
  if (!transactions.length) return <Text c="dimmed">No transactions yet.</Text>;
  if (phone)
    return (
      <Stack gap={0} component="ul" aria-label="Transactions" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {transactions.map((t) => (
          <Group
            key={`${t.entryId}-${t.type}`}
            component="li"
            justify="space-between"
            wrap="nowrap"
            py="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <div>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500}>
                  {SERVICE_WORDS[t.serviceType] ?? t.serviceType}
                </Text>
                <Badge size="xs" color={t.direction === 'credit' ? 'teal' : 'gray'}>
                  {t.type}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {new Date(t.createdAt).toLocaleString()}
              </Text>
            </div>
            <div style={{ textAlign: 'right' }}>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {signed(t)}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                after <Money amount={t.availableAfter} currency={t.currency} />
              </Text>
            </div>
          </Group>
        ))}
      </Stack>
    );
  return (
    <TableScroll minWidth={520} label="Transactions">
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Service</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Available after</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transactions.map((t) => (
            <Table.Tr key={`${t.entryId}-${t.type}`}>
              <Table.Td>{new Date(t.createdAt).toLocaleString()}</Table.Td>
              <Table.Td>
                <Badge color={t.direction === 'credit' ? 'teal' : 'gray'}>{t.type}</Badge>
              </Table.Td>
              <Table.Td>{SERVICE_WORDS[t.serviceType] ?? t.serviceType}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{signed(t)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                <Money amount={t.availableAfter} currency={t.currency} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
