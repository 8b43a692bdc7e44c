import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { Money } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { auditQuery, type AuditSearch } from './audit-search.ts';

const FILTERS = [
  { key: 'entityType', label: 'Entity type', placeholder: 'payout' },
  { key: 'entityId', label: 'Entity id', placeholder: '' },
  { key: 'actorId', label: 'Actor id', placeholder: '' },
  { key: 'action', label: 'Action', placeholder: 'PAYOUT_STATUS_CHANGED' },
] as const;

/** The append-only audit trail: whether its hash chain verifies, its records filtered in the URL, and export. */
export function AuditPage() {
  const search = useSearch({ from: '/admin/audit' });
  const navigate = useNavigate({ from: '/admin/audit' });
  const [draft, setDraft] = useState<AuditSearch>(search);
  const verify = useQuery({ queryKey: ['audit-verify'], queryFn: () => read(api.GET('/api/admin/audit/verify')) });
  const records = useInfiniteQuery({
    queryKey: ['audit', search],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      read(api.GET('/api/admin/audit', { params: { query: { ...auditQuery(search), limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  });
  const range = auditQuery(search);
  const exportHref = (format: 'csv' | 'ndjson') =>
    range.from && range.to ? `/api/admin/audit/export?${new URLSearchParams({ from: range.from, to: range.to, format })}` : undefined;
  return (
    <Stack>
      <Title order={2}>Audit trail</Title>
      <QueryState query={verify}>
        {(v) =>
          v.ok ? (
            <Paper withBorder p="sm" role="status">
              <Group gap="sm">
                <Badge color="teal">The chain verifies</Badge>
                <Text size="sm">All {v.records} records link to the one before them; none was altered.</Text>
              </Group>
            </Paper>
          ) : (
            <Alert color="red" title="The chain is broken" role="alert">
              Record {v.firstBrokenSeq} does not verify: {v.reason}. Nothing after it can be trusted until finance has looked.
            </Alert>
          )
        }
      </QueryState>
      <Paper withBorder p="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ search: Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v?.trim() || undefined])) });
          }}
        >
          <Group gap="sm" align="flex-end">
            {FILTERS.map((f) => (
              <TextInput
                key={f.key}
                label={f.label}
                placeholder={f.placeholder}
                value={draft[f.key] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setDraft((d) => ({ ...d, [f.key]: value }));
                }}
                w={200}
              />
            ))}
            <TextInput
              label="From"
              type="date"
              value={draft.from ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, from: value }));
              }}
              w={160}
            />
            <TextInput
              label="To"
              type="date"
              value={draft.to ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, to: value }));
              }}
              w={160}
            />
            <Button type="submit">Filter</Button>
          </Group>
        </form>
        <Group gap="sm" mt="sm">
          {exportHref('csv') ? (
            <>
              <Button component="a" href={exportHref('csv')} variant="default" size="xs">
                Export CSV
              </Button>
              <Button component="a" href={exportHref('ndjson')} variant="default" size="xs">
                Export NDJSON
              </Button>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Choose a date range to export it.
            </Text>
          )}
        </Group>
      </Paper>
      <QueryState query={records}>
        {(data) => {
          const rows = data.pages.flatMap((p) => p.records);
          if (!rows.length) return <Text c="dimmed">No audit record matches these filters.</Text>;
          return (
            <Stack>
              <TableScroll minWidth={900} label="Audit records">
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>#</Table.Th>
                      <Table.Th>Time</Table.Th>
                      <Table.Th>Action</Table.Th>
                      <Table.Th>Actor</Table.Th>
                      <Table.Th>Entity</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
                      <Table.Th>Hash</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r) => (
                      <Table.Tr key={r.seq}>
                        <Table.Td>{r.seq}</Table.Td>
                        <Table.Td>{new Date(r.occurredAt).toLocaleString()}</Table.Td>
                        <Table.Td>{r.action}</Table.Td>
                        <Table.Td>
                          {r.actorType} {r.actorId.slice(0, 8)}
                        </Table.Td>
                        <Table.Td>
                          {r.entityType} {r.entityId.slice(0, 8)}
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{r.amount ? <Money amount={r.amount.amount} currency={r.amount.currency} /> : '—'}</Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace">
                            {r.hash.slice(0, 12)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
              {records.hasNextPage && (
                <Button variant="default" onClick={() => void records.fetchNextPage()} loading={records.isFetchingNextPage}>
                  Show more
                </Button>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
