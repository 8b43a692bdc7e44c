import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { Money } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { OWNER_TYPES, type OwnerType, type WalletSearch } from './wallet-search.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { COUNTRIES } from '../countries.ts';
import { BalanceRange } from './BalanceRange.tsx';

/** Every wallet, read-only, filtered in the URL. */
export function WalletsPage() {
  const search = useSearch({ from: '/admin/wallets' });
  const navigate = useNavigate({ from: '/admin/wallets' });
  const filter = (change: Partial<WalletSearch>) => navigate({ search: (prev: WalletSearch) => ({ ...prev, ...change }) });
  const wallets = useInfiniteQuery({
    queryKey: ['admin-wallets', search],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      read(api.GET('/api/admin/wallets', { params: { query: { ...search, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  });
  return (
    <Stack>
      <Title order={2}>Wallets</Title>
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end">
          <Select
            label="Owner"
            data={OWNER_TYPES}
            value={search.ownerType ?? null}
            onChange={(v) => filter({ ownerType: (v ?? undefined) as OwnerType | undefined })}
            clearable
            w={150}
          />
          <Select
            label="Country"
            data={COUNTRIES}
            value={search.country ?? null}
            onChange={(v) => filter({ country: v ?? undefined, minAvailable: undefined, maxAvailable: undefined })}
            clearable
            w={110}
          />
          <Select
            label="Mode"
            data={[
              { value: 'live', label: 'Live' },
              { value: 'test', label: 'Test' },
            ]}
            value={search.mode ?? 'live'}
            onChange={(v) => filter({ mode: v === 'test' ? 'test' : undefined })}
            allowDeselect={false}
            w={100}
          />
          <BalanceRange search={search} onApply={filter} />
        </Group>
      </Paper>
      <QueryState query={wallets}>
        {(data) => {
          const rows = data.pages.flatMap((p) => p.wallets);
          if (!rows.length) return <Text c="dimmed">No wallets match these filters.</Text>;
          return (
            <Stack>
              <TableScroll minWidth={700} label="Wallets">
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Wallet</Table.Th>
                      <Table.Th>Owner</Table.Th>
                      <Table.Th>Country</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Available</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Locked</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Owed</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((w) => (
                      <Table.Tr key={w.id}>
                        <Table.Td>
                          <AnchorLink to="/admin/wallets/$walletId" params={{ walletId: w.id }}>
                            {w.id.slice(0, 8)}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>
                          {w.ownerType} {w.ownerId.slice(0, 8)}
                        </Table.Td>
                        <Table.Td>{w.countryCode}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money amount={w.availableBalance} currency={w.currency} />
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money amount={w.lockedBalance} currency={w.currency} />
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money amount={w.negativeBalance} currency={w.currency} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
              {wallets.hasNextPage && (
                <Button variant="default" onClick={() => void wallets.fetchNextPage()} loading={wallets.isFetchingNextPage}>
                  Load more
                </Button>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
