import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { BalanceGrid } from '../../components/BalanceGrid.tsx';
import { Money } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

/** Where a ledger line's reference leads: the trip, food order or payout it belongs to. */
function Reference({ t }: { t: Schemas['WalletTransaction'] }) {
  if (!t.referenceId) return <>—</>;
  if (t.referenceType === 'payout')
    return (
      <AnchorLink to="/admin/payouts/$payoutId" params={{ payoutId: t.referenceId }}>
        payout {t.referenceId.slice(0, 8)}
      </AnchorLink>
    );
  return (
    <>
      {t.referenceType.replace(/_/g, ' ')} {t.referenceId.slice(0, 8)}
    </>
  );
}

/** A wallet's balances and its ledger, read-only: nothing on this page can change a posting. */
export function WalletLedgerPage() {
  const { walletId } = useParams({ from: '/admin/wallets/$walletId' });
  const wallet = useQuery({
    queryKey: ['admin-wallet', walletId],
    queryFn: () => read(api.GET('/api/admin/wallets/{walletId}', { params: { path: { walletId } } })),
  });
  const lines = useInfiniteQuery({
    queryKey: ['admin-wallet-lines', walletId],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      read(
        api.GET('/api/admin/wallets/{walletId}/transactions', {
          params: { path: { walletId }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  });
  return (
    <Stack>
      <AnchorLink to="/admin/wallets" size="sm">
        Back to wallets
      </AnchorLink>
      <QueryState query={wallet}>
        {(w) => (
          <Stack>
            <Title order={2}>
              {w.ownerType} wallet {w.id.slice(0, 8)} ({w.currency}, {w.mode})
            </Title>
            <BalanceGrid
              currency={w.currency}
              balances={[
                { label: 'Available', amount: w.availableBalance },
                { label: 'Locked', amount: w.lockedBalance },
                { label: 'Owed', amount: w.negativeBalance },
                { label: 'Total earned', amount: w.totalEarned },
              ]}
            />
          </Stack>
        )}
      </QueryState>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          Ledger
        </Title>
        <QueryState query={lines}>
          {(data) => {
            const rows = data.pages.flatMap((p) => p.transactions);
            if (!rows.length) return <Text c="dimmed">No ledger lines yet.</Text>;
            return (
              <Stack>
                <TableScroll minWidth={900} label="Ledger lines">
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Date</Table.Th>
                        <Table.Th>Service</Table.Th>
                        <Table.Th>Direction</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>Balance after</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>Owed after</Table.Th>
                        <Table.Th>Description</Table.Th>
                        <Table.Th>Reference</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((t) => (
                        <Table.Tr key={`${t.entryId}-${t.type}`}>
                          <Table.Td>{new Date(t.createdAt).toLocaleString()}</Table.Td>
                          <Table.Td>{t.serviceType}</Table.Td>
                          <Table.Td>{t.direction}</Table.Td>
                          <Table.Td style={{ textAlign: 'right' }}>
                            <Money amount={t.amount} currency={t.currency} />
                          </Table.Td>
                          <Table.Td style={{ textAlign: 'right' }}>
                            <Money amount={t.availableAfter} currency={t.currency} />
                          </Table.Td>
                          <Table.Td style={{ textAlign: 'right' }}>
                            <Money amount={t.negativeAfter} currency={t.currency} />
                          </Table.Td>
                          <Table.Td>{t.description}</Table.Td>
                          <Table.Td>
                            <Reference t={t} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
                {lines.hasNextPage && (
                  <Button variant="default" onClick={() => void lines.fetchNextPage()} loading={lines.isFetchingNextPage}>
                    Load more
                  </Button>
                )}
              </Stack>
            );
          }}
        </QueryState>
      </Paper>
    </Stack>
  );
}
