import { Badge, Table, Text } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';
import { Money } from './Money.tsx';
import { TableScroll } from './TableScroll.tsx';

const SERVICE_WORDS: Record<string, string> = {
  ride: 'Ride', parcel: 'Parcel', food: 'Food order', funding: 'Top-up', payout: 'Payout', commission: 'Commission',
  commission_settlement: 'Commission paid', earning: 'Earning', refund: 'Refund', adjustment: 'Adjustment',
};

/** Ledger lines, newest first: what happened, which way the money went, and the balance after. */
export function TransactionsTable({ transactions }: { transactions: Schemas['WalletTransaction'][] }) {
  if (!transactions.length) return <Text c="dimmed">No transactions yet.</Text>;
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
              <Table.Td style={{ textAlign: 'right' }}>
                {t.direction === 'credit' ? '+' : '−'}
                <Money amount={t.amount} currency={t.currency} />
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}><Money amount={t.availableAfter} currency={t.currency} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
