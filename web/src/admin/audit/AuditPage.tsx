import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type { Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { FilterBar } from '../FilterBar.tsx';
import { PersonCell } from '../PersonCell.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { auditQuery, type AuditSearch } from './audit-search.ts';

/** The filter form's fields: typed in, sent together by Filter. */
const FIELDS: { key: keyof AuditSearch; label: string; placeholder?: string; type?: 'date'; w: number }[] = [
  { key: 'entityType', label: 'Entity type', placeholder: 'payout', w: 200 },
  { key: 'entityId', label: 'Entity id', placeholder: '', w: 200 },
  { key: 'actorId', label: 'Actor id', placeholder: '', w: 200 },
  { key: 'action', label: 'Action', placeholder: 'PAYOUT_STATUS_CHANGED', w: 200 },
  { key: 'from', label: 'From', type: 'date', w: 160 },
  { key: 'to', label: 'To', type: 'date', w: 160 },
];

const COLUMNS: Column<Schemas['AuditRecord']>[] = [
  { header: '#', cell: (r) => r.seq },
  { header: 'Time', cell: (r) => new Date(r.occurredAt).toLocaleString() },
  { header: 'Action', cell: (r) => r.action },
  { header: 'Actor', cell: (r) => <PersonCell kind={r.actorType} id={r.actorId} email={r.actorEmail} /> },
  { header: 'Entity', cell: (r) => `${r.entityType} ${r.entityId.slice(0, 8)}` },
  moneyColumn('Amount', (r) => r.amount),
  {
    header: 'Hash',
    cell: (r) => (
      <Text size="xs" ff="monospace">
        {r.hash.slice(0, 12)}
      </Text>
    ),
  },
];

/** The append-only audit trail: whether its hash chain verifies, its records filtered in the URL, and export. */
export function AuditPage() {
  const { search, filter } = useUrlFilters('/admin/audit');
  const [draft, setDraft] = useState<AuditSearch>(search);
  const verify = useQuery({ queryKey: ['audit-verify'], queryFn: () => read(api.GET('/api/admin/audit/verify')) });
  const records = usePagedList(
    ['audit', search],
    (paging) => read(api.GET('/api/admin/audit', { params: { query: { ...auditQuery(search), ...paging } } })),
    (page) => page.records,
  );
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
      <FilterBar
        onSubmit={() => void filter(Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v?.trim() || undefined])))}
        footer={
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
        }
      >
        {FIELDS.map((f) => (
          <TextInput
            key={f.key}
            label={f.label}
            placeholder={f.placeholder}
            type={f.type}
            value={draft[f.key] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, [f.key]: value }));
            }}
            w={f.w}
          />
        ))}
        <Button type="submit">Filter</Button>
      </FilterBar>
      <PagedTable list={records} empty="No audit record matches these filters." label="Audit records" minWidth={900} columns={COLUMNS} rowKey={(r) => r.seq} />
    </Stack>
  );
}
