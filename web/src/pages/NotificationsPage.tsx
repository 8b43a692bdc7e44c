import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { read } from '../api/queries.ts';
import { Money } from '../components/Money.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { RowItem, RowList } from '../components/RowList.tsx';

/** What each notification says, in words. */
const KINDS: Record<string, string> = {
  EARNING_CREDITED: 'Earnings credited',
  PAYOUT_INITIATED: 'Withdrawal requested',
  PAYOUT_PAID: 'Withdrawal paid',
  PAYOUT_FAILED: 'Withdrawal failed',
};

/** The signed-in user's news: earnings credited, withdrawals requested, paid or failed; a list that fits a phone. */
export function NotificationsPage() {
  const notifications = useQuery({ queryKey: ['notifications'], queryFn: () => read(api.GET('/api/notifications', { params: { query: { limit: 50 } } })) });
  return (
    <Stack>
      <Title order={2}>Notifications</Title>
      <Paper withBorder p="md">
        <QueryState query={notifications}>
          {(n) =>
            n.notifications.length ? (
              <RowList label="Notifications">
                {n.notifications.map((x) => (
                  <RowItem key={x.id}>
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm" fw={500}>
                        {KINDS[x.kind] ?? x.kind}
                      </Text>
                      {x.amount && (
                        <Text size="sm" fw={600}>
                          <Money amount={x.amount.amount} currency={x.amount.currency} />
                        </Text>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {new Date(x.createdAt).toLocaleString()}
                    </Text>
                  </RowItem>
                ))}
              </RowList>
            ) : (
              <Text c="dimmed">Nothing yet.</Text>
            )
          }
        </QueryState>
      </Paper>
    </Stack>
  );
}
