import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { read } from '../api/queries.ts';
import { Money } from '../components/Money.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { TableScroll } from '../components/TableScroll.tsx';

/** What each notification says, in words. */
const KINDS: Record<string, string> = {
  EARNING_CREDITED: 'Earnings credited',
  PAYOUT_INITIATED: 'Withdrawal requested',
  PAYOUT_PAID: 'Withdrawal paid',
  PAYOUT_FAILED: 'Withdrawal failed',
};

/** The signed-in user's news: earnings credited, withdrawals requested, paid or failed. */
export function NotificationsPage() {
  const notifications = useQuery({ queryKey: ['notifications'], queryFn: () => read(api.GET('/api/notifications', { params: { query: { limit: 50 } } })) });
  return (
    <Stack>
      <Title order={2}>Notifications</Title>
      <Paper withBorder p="md">
        <QueryState query={notifications}>
          {(n) =>
            n.notifications.length ? (
              <TableScroll minWidth={360} label="Notifications">
                <Table>
                  <Table.Tbody>
                    {n.notifications.map((x) => (
                      <Table.Tr key={x.id}>
                        <Table.Td>{new Date(x.createdAt).toLocaleString()}</Table.Td>
                        <Table.Td>{KINDS[x.kind] ?? x.kind}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{x.amount ? <Money amount={x.amount.amount} currency={x.amount.currency} /> : null}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            ) : (
              <Text c="dimmed">Nothing yet.</Text>
            )
          }
        </QueryState>
      </Paper>
    </Stack>
  );
}
