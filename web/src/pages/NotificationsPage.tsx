import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { START } from '../access.ts';
import { api } from '../api/client.ts';
import { meQuery, read } from '../api/queries.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { Money, SignedMoney } from '../components/Money.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { RowItem, RowList } from '../components/RowList.tsx';
import { notificationWords } from './notification-words.ts';
import { dayAndTime } from '../dates.ts';

/** The signed-in user's news: money in and out, and every decision about them, with where to act on a refusal; a list that fits a phone. */
export function NotificationsPage() {
  const notifications = useQuery({ queryKey: ['notifications'], queryFn: () => read(api.GET('/api/notifications', { params: { query: { limit: 50 } } })) });
  const me = useQuery(meQuery);
  // No link to a wallet until whose it is is known (the page differs by role).
  const places = { wallet: me.data ? START[me.data.role] : null, verification: '/onboarding' };
  return (
    <Stack>
      <Title order={2}>Notifications</Title>
      <Paper withBorder p="md">
        <QueryState query={notifications}>
          {(n) =>
            n.notifications.length ? (
              <RowList label="Notifications">
                {n.notifications.map((x) => {
                  const words = notificationWords(x.kind, x.reference, me.data?.role);
                  const goTo = words.goTo && words.goTo !== 'receipt' ? places[words.goTo] : null;
                  const link =
                    words.goTo === 'receipt' ? (
                      <AnchorLink to="/trips/$tripId" params={{ tripId: x.reference }} size="sm">
                        Open the receipt
                      </AnchorLink>
                    ) : goTo ? (
                      <AnchorLink to={goTo} size="sm">
                        {words.goTo === 'wallet' ? 'Open your wallet' : 'Open verification'}
                      </AnchorLink>
                    ) : null;
                  return (
                    <RowItem key={x.id}>
                      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                        <Text size="sm" fw={500}>
                          {words.title}
                        </Text>
                        {x.amount && (
                          <Text size="sm" fw={600}>
                            {words.direction ? (
                              <SignedMoney line={{ direction: words.direction, amount: x.amount.amount, currency: x.amount.currency }} />
                            ) : (
                              <Money amount={x.amount.amount} currency={x.amount.currency} />
                            )}
                          </Text>
                        )}
                      </Group>
                      {words.detail && (
                        <Text size="sm">
                          {words.detail} {link}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {dayAndTime(x.createdAt)}
                      </Text>
                    </RowItem>
                  );
                })}
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
