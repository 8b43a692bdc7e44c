import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { Money } from '../../components/Money.tsx';
import { PayoutStatusBadge } from '../../components/PayoutStatusBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { age } from '../age.ts';
import { PAYOUT_STATUSES, type PayoutSearch } from './payout-search.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { flagLabel } from './flag-label.ts';
import { COUNTRIES } from '../countries.ts';

/** Payouts to review, pending first; every filter is in the URL. */

const METHOD_WORDS: Record<string, string> = { BANK: 'Bank', MOBILE_MONEY: 'Mobile money' };
export function PayoutsPage() {
  const search = useSearch({ from: '/admin/payouts' });
  const navigate = useNavigate({ from: '/admin/payouts' });
  const filter = (change: Partial<PayoutSearch>) => navigate({ search: (prev: PayoutSearch) => ({ ...prev, ...change }) });
  const payouts = useInfiniteQuery({
    queryKey: ['admin-payouts', search],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      read(api.GET('/api/admin/payouts', { params: { query: { ...search, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  });
  return (
    <Stack>
      <Title order={2}>Payouts</Title>
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end">
          <Select
            label="Status"
            data={PAYOUT_STATUSES}
            value={search.status ?? null}
            onChange={(v) => filter({ status: (v ?? undefined) as PayoutSearch['status'] })}
            clearable
            w={150}
          />
          <Select
            label="Earner"
            data={[
              { value: 'DRIVER', label: 'Drivers' },
              { value: 'RESTAURANT', label: 'Restaurants' },
            ]}
            value={search.ownerType ?? null}
            onChange={(v) => filter({ ownerType: (v ?? undefined) as PayoutSearch['ownerType'] })}
            clearable
            w={140}
          />
          <Select
            label="Country"
            data={COUNTRIES}
            value={search.countryCode ?? null}
            onChange={(v) => filter({ countryCode: v ?? undefined })}
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
            onChange={(v) => filter({ mode: (v ?? undefined) as PayoutSearch['mode'] })}
            allowDeselect={false}
            w={100}
          />
          <TextInput label="From" type="date" value={search.from ?? ''} onChange={(e) => filter({ from: e.currentTarget.value || undefined })} w={150} />
          <TextInput label="To" type="date" value={search.to ?? ''} onChange={(e) => filter({ to: e.currentTarget.value || undefined })} w={150} />
          <Select
            label="Method"
            data={[
              { value: 'BANK', label: 'Bank' },
              { value: 'MOBILE_MONEY', label: 'Mobile money' },
            ]}
            value={search.methodKind ?? null}
            onChange={(v) => filter({ methodKind: (v ?? undefined) as PayoutSearch['methodKind'] })}
            clearable
            w={150}
          />
          <Select
            label="Review flags"
            data={[
              { value: 'yes', label: 'Flagged' },
              { value: 'no', label: 'Not flagged' },
            ]}
            value={search.flagged ?? null}
            onChange={(v) => filter({ flagged: (v ?? undefined) as PayoutSearch['flagged'] })}
            clearable
            w={150}
          />
        </Group>
      </Paper>
      <QueryState query={payouts}>
        {(data) => {
          const rows = data.pages.flatMap((p) => p.payouts);
          if (!rows.length) return <Text c="dimmed">No payouts match these filters.</Text>;
          return (
            <Stack>
              <TableScroll minWidth={760} label="Payouts">
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Payout</Table.Th>
                      <Table.Th>Earner</Table.Th>
                      <Table.Th>Country</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
                      <Table.Th>Account</Table.Th>
                      <Table.Th>Flags</Table.Th>
                      <Table.Th>Age</Table.Th>
                      <Table.Th>Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <AnchorLink to="/admin/payouts/$payoutId" params={{ payoutId: p.id }}>
                            {p.id.slice(0, 8)}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>
                          {p.ownerType === 'DRIVER' ? 'Driver' : 'Restaurant'} {p.ownerId.slice(0, 8)}
                        </Table.Td>
                        <Table.Td>{p.countryCode}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money amount={p.amount.amount} currency={p.amount.currency} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {p.maskedAccount ? `${METHOD_WORDS[p.methodKind ?? ''] ?? ''} ${p.maskedAccount}`.trim() : '—'}
                        </Table.Td>
                        <Table.Td>
                          {p.reviewFlags.map((f) => (
                            <Badge key={f} color="orange" mr={4}>
                              {flagLabel(f)}
                            </Badge>
                          ))}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{age(p.createdAt)}</Table.Td>
                        <Table.Td>
                          <PayoutStatusBadge status={p.status} />
                          {p.status === 'PENDING' && p.approvals.required > 1 && (
                            <Text size="xs" c="dimmed">
                              {p.approvals.given} of {p.approvals.required} approvals
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
              {payouts.hasNextPage && (
                <Button variant="default" onClick={() => void payouts.fetchNextPage()} loading={payouts.isFetchingNextPage}>
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
