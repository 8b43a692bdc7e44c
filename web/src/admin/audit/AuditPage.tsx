import { Alert, Autocomplete, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type { Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { PayoutLink, WalletLink } from '../AdminLinks.tsx';
import { FilterBar } from '../FilterBar.tsx';
import { kindWord } from '../person.ts';
import { PersonCell } from '../PersonCell.tsx';
import { usePermission } from '../permissions.ts';
import { useUrlFilters } from '../use-url-filters.ts';
import { auditQuery, typedAuditSearch, type AuditSearch } from './audit-search.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-words.ts';
import { settingChangeWords, stateChangeWords } from './state-change-words.ts';
import { dayAndTime } from '../../dates.ts';

/** The filter form's fields: typed in (an action or entity type picked from suggestions in words), sent together by Filter. */
const FIELDS: { key: keyof AuditSearch; label: string; placeholder?: string; type?: 'date'; suggest?: string[]; w: number }[] = [
  { key: 'entityType', label: 'Entity type', placeholder: 'Any (type to choose)', suggest: AUDIT_ENTITY_TYPES.map(kindWord), w: 200 },
  { key: 'entityId', label: 'Entity id', placeholder: '', w: 200 },
  { key: 'actorId', label: 'Actor id', placeholder: 'or a row’s “actions” link', w: 200 },
  { key: 'action', label: 'Action', placeholder: 'Any (type to choose)', suggest: AUDIT_ACTIONS.map(kindWord), w: 240 },
  { key: 'from', label: 'From', type: 'date', w: 160 },
  { key: 'to', label: 'To', type: 'date', w: 160 },
];

/** The URL's filters as the form shows them: an action or entity type in words, as typed. */
const inWords = (s: AuditSearch): AuditSearch => ({
  ...s,
  ...(s.action ? { action: kindWord(s.action) } : {}),
  ...(s.entityType ? { entityType: kindWord(s.entityType) } : {}),
});

type AuditRecord = Schemas['AuditRecord'];

/** An entity of a record: its page where the console has one, and every record of it in the trail. */
function Entity({ r }: { r: AuditRecord }) {
  const short = r.entityId.slice(0, 8);
  const page = r.entityType === 'payout' ? <PayoutLink id={r.entityId} /> : r.entityType === 'wallet' ? <WalletLink id={r.entityId} /> : short;
  return (
    <Group gap={6}>
      <span>
        {kindWord(r.entityType)} {page}
      </span>
      <AnchorLink
        to="/admin/audit"
        search={{ entityType: r.entityType, entityId: r.entityId }}
        size="xs"
        style={{ whiteSpace: 'nowrap' }}
        aria-label={`trail of ${kindWord(r.entityType).toLowerCase()} ${short}`}
      >
        trail
      </AnchorLink>
    </Group>
  );
}

/** The action in words, for a status change or a change of settings from what to what, and why where the actor said. */
function ActionCell({ r }: { r: AuditRecord }) {
  const change = stateChangeWords(r);
  return (
    <>
      {kindWord(r.action)}
      {[...(change ? [change] : []), ...settingChangeWords(r), ...(r.reason ? [`Reason: ${r.reason}`] : [])].map((line) => (
        // A reason is the admin's own text: its line breaks kept, and a long word (a pasted link) wrapped, not widening the table.
        <Text key={line} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
          {line}
        </Text>
      ))}
    </>
  );
}
/** Who acted, and every record of what they did: the filter by actor without copying an id. */
function Actor({ r }: { r: AuditRecord }) {
  return (
    <>
      <PersonCell kind={r.actorType} id={r.actorId} email={r.actorEmail} />
      {r.actorId && (
        <AnchorLink
          to="/admin/audit"
          search={{ actorId: r.actorId }}
          size="xs"
          style={{ whiteSpace: 'nowrap' }}
          aria-label={`actions of ${r.actorEmail ?? `${kindWord(r.actorType).toLowerCase()} ${r.actorId.slice(0, 8)}`}`}
        >
          actions
        </AnchorLink>
      )}
    </>
  );
}

const COLUMNS: Column<AuditRecord>[] = [
  { header: '#', cell: (r) => r.seq },
  { header: 'Time', cell: (r) => dayAndTime(r.occurredAt) },
  { header: 'Action', cell: (r) => <ActionCell r={r} /> },
  { header: 'Actor', cell: (r) => <Actor r={r} /> },
  { header: 'Entity', cell: (r) => <Entity r={r} /> },
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

/** The append-only audit trail: whether its hash chain verifies (any admin's to see), its records filtered in the URL, and export. */
export function AuditPage() {
  const verify = useQuery({ queryKey: ['audit-verify'], queryFn: () => read(api.GET('/api/admin/audit/verify')) });
  // The chain check is any admin's (SPEC 7); the records are for those who read money (VIEW_ permissions).
  const mayRead = [usePermission('VIEW_PAYOUTS'), usePermission('VIEW_WALLETS'), usePermission('VIEW_EARNINGS_REPORTS')].some(Boolean);
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
      {mayRead ? <AuditRecords /> : <Text c="dimmed">Reading the records needs VIEW_PAYOUTS, VIEW_WALLETS or VIEW_EARNINGS_REPORTS.</Text>}
    </Stack>
  );
}

/** The records, filtered in the URL, and their export. */
function AuditRecords() {
  const { search, filter } = useUrlFilters('/admin/audit');
  const [draft, setDraft] = useState<AuditSearch>(() => inWords(search));
  const [problems, setProblems] = useState<Partial<Record<keyof AuditSearch, string>>>({});
  // A link to the trail of one entity changes the filters from outside the form: the form shows them.
  const searchKey = JSON.stringify(search);
  useEffect(() => setDraft(inWords(JSON.parse(searchKey) as AuditSearch)), [searchKey]);
  const records = usePagedList(
    ['audit', search],
    (paging) => read(api.GET('/api/admin/audit', { params: { query: { ...auditQuery(search), ...paging } } })),
    (page) => page.records,
  );
  const range = auditQuery(search);
  // The file holds what the table lists: the same filters, every page of it.
  const exportHref = (format: 'csv' | 'ndjson') =>
    range.from && range.to ? `/api/admin/audit/export?${new URLSearchParams({ ...range, from: range.from, to: range.to, format })}` : undefined;
  return (
    <>
      <FilterBar
        onSubmit={() => {
          const typed = typedAuditSearch(draft);
          setProblems(typed.problems);
          if (Object.keys(typed.problems).length === 0) void filter(typed.search);
        }}
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
        {FIELDS.map((f) => {
          const change = (value: string) => {
            setDraft((d) => ({ ...d, [f.key]: value }));
            setProblems(({ [f.key]: _gone, ...rest }) => rest);
          };
          const shared = { label: f.label, placeholder: f.placeholder, value: draft[f.key] ?? '', error: problems[f.key], w: f.w };
          return f.suggest ? (
            <Autocomplete key={f.key} {...shared} data={f.suggest} onChange={change} limit={30} />
          ) : (
            <TextInput key={f.key} {...shared} type={f.type} onChange={(e) => change(e.currentTarget.value)} />
          );
        })}
        <Button type="submit">Filter</Button>
      </FilterBar>
      <PagedTable list={records} empty="No audit record matches these filters." label="Audit records" minWidth={900} columns={COLUMNS} rowKey={(r) => r.seq} />
    </>
  );
}
