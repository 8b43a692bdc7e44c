import { useEffect } from 'react';
import { Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type { Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { PayoutStatusBadge, payoutStatusWord } from '../../components/PayoutStatusBadge.tsx';
import { PayoutLink } from '../AdminLinks.tsx';
import { age } from '../age.ts';
import { CountrySelect } from '../CountrySelect.tsx';
import { FilterBar } from '../FilterBar.tsx';
import { FilterSelect } from '../FilterSelect.tsx';
import { ModeSelect } from '../ModeSelect.tsx';
import { PersonCell } from '../PersonCell.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { orderOf, PAYOUT_STATUSES, payoutQuery, rememberListSearch, type PayoutSearch, type StatusFilter } from './payout-search.ts';
import { accountLabel } from '../../components/account-label.ts';
import { ReviewFlagBadges } from './ReviewFlagBadges.tsx';

const EARNERS = [
  { value: 'DRIVER', label: 'Drivers' },
  { value: 'RESTAURANT', label: 'Restaurants' },
] as const;
const FLAGGED = [
  { value: 'yes', label: 'Flagged' },
  { value: 'no', label: 'Not flagged' },
] as const;
const METHODS = [
  { value: 'BANK', label: 'Bank' },
  { value: 'MOBILE_MONEY', label: 'Mobile money' },
] as const;
const methodWord = (kind: string | null | undefined) => METHODS.find((m) => m.value === kind)?.label ?? '';
const ORDERS = [
  { value: 'oldest', label: 'Oldest first' },
  { value: 'newest', label: 'Newest first' },
] as const;

const COLUMNS: Column<Schemas['AdminPayout']>[] = [
  { header: 'Payout', cell: (p) => <PayoutLink id={p.id} /> },
  { header: 'Earner', cell: (p) => <PersonCell kind={p.ownerType} id={p.ownerId} email={p.ownerEmail} /> },
  { header: 'Country', cell: (p) => p.countryCode },
  moneyColumn('Amount', (p) => p.amount),
  {
    // Wraps between the bank's words (the masked number stays whole), so a narrow laptop still shows the Status column.
    header: 'Account',
    cell: (p) => accountLabel(p.accountInstitution ?? methodWord(p.methodKind), p.maskedAccount, '—'),
  },
  // Wide enough for a flag's longest word: on a narrow laptop the table squeezed its badges to "Rap… wit…".
  { header: 'Flags', cell: (p) => <ReviewFlagBadges flags={p.reviewFlags} miw={110} /> },
  { header: 'Age', nowrap: true, cell: (p) => age(p.createdAt) },
  {
    header: 'Status',
    cell: (p) => (
      <>
        <PayoutStatusBadge status={p.status} />
        {p.status === 'PENDING' && p.approvals.required > 1 && (
          <Text size="xs" c="dimmed">
            {p.approvals.given} of {p.approvals.required} approvals
          </Text>
        )}
      </>
    ),
  },
];

/** Payouts to review, pending first, the longest waiting at the top; every filter is in the URL. */
export function PayoutsPage() {
  const { search, filter } = useUrlFilters('/admin/payouts');
  useEffect(() => rememberListSearch(search), [search]);
  const payouts = usePagedList(
    ['admin-payouts', search],
    (paging) => read(api.GET('/api/admin/payouts', { params: { query: { ...payoutQuery(search), ...paging } } })),
    (page) => page.payouts,
  );
  return (
    <Stack>
      <Title order={2}>Payouts</Title>
      <FilterBar>
        <FilterSelect
          label="Status"
          data={[{ value: 'ANY' as const, label: 'Any status' }, ...PAYOUT_STATUSES.map((value) => ({ value, label: payoutStatusWord(value) }))]}
          value={search.status}
          onChange={(status) => filter({ status: status ?? 'ANY' })}
          w={170}
        />
        <FilterSelect label="Earner" data={EARNERS} value={search.ownerType} onChange={(ownerType) => filter({ ownerType })} w={140} />
        <CountrySelect value={search.countryCode} onChange={(countryCode) => filter({ countryCode })} />
        <ModeSelect value={search.mode} onChange={(mode) => filter({ mode })} />
        <TextInput label="From" type="date" value={search.from ?? ''} onChange={(e) => filter({ from: e.currentTarget.value || undefined })} w={150} />
        <TextInput label="To" type="date" value={search.to ?? ''} onChange={(e) => filter({ to: e.currentTarget.value || undefined })} w={150} />
        <FilterSelect label="Method" data={METHODS} value={search.methodKind} onChange={(methodKind) => filter({ methodKind })} w={150} />
        <FilterSelect label="Review flags" data={FLAGGED} value={search.flagged} onChange={(flagged) => filter({ flagged })} w={150} />
        <FilterSelect label="Order" data={ORDERS} value={orderOf(search)} onChange={(order) => filter({ order })} w={150} />
      </FilterBar>
      <TestModeAlsoWaiting search={search} show={() => filter({ mode: 'test' })} />
      {search.status === 'PENDING' && <AlsoWaiting search={search} show={(status) => filter({ status, order: undefined })} />}
      <PagedTable
        list={payouts}
        empty="No payouts match these filters."
        label="Payouts"
        minWidth={760}
        highlightOnHover
        columns={COLUMNS}
        rowKey={(p) => p.id}
      />
    </Stack>
  );
}

/** Whether any payout matches a list query (the filters of another view): one row read. */
async function anyPayoutMatches(query: ReturnType<typeof payoutQuery>): Promise<boolean> {
  const page = await read(api.GET('/api/admin/payouts', { params: { query: { ...query, limit: 1 } } }));
  return page.payouts.length > 0;
}

/**
 * The list shows live money unless the URL asks for test mode, so a test-mode payout waiting for an
 * approval would go unseen: when the same filters find one in test mode, a line says so, with the
 * way to see them.
 */
function TestModeAlsoWaiting({ search, show }: { search: PayoutSearch; show: () => void }) {
  const live = (search.mode ?? 'live') === 'live';
  const waiting = useQuery({
    queryKey: ['admin-payouts', 'test-mode-waiting', search],
    queryFn: () => anyPayoutMatches({ ...payoutQuery(search), mode: 'test' }),
    enabled: live,
  });
  if (!live || !waiting.data) return null;
  return (
    <Text size="sm">
      Test-mode payouts match these filters too.{' '}
      <Anchor component="button" type="button" onClick={show}>
        Show test mode
      </Anchor>
    </Text>
  );
}

/** Payouts past approval that still wait for an admin: the bank's confirmation (mark paid), or a retry or reversal. */
const ALSO_WAITING = [
  { status: 'PROCESSING', step: 'mark paid once the bank confirms' },
  { status: 'FAILED', step: 'retry or reverse' },
] as const;

/**
 * The list opens on payouts waiting for approval; payouts waiting for another step are in other
 * statuses. When the same filters find any, a line names them, with the way to see them.
 */
function AlsoWaiting({ search, show }: { search: PayoutSearch; show: (status: StatusFilter) => void }) {
  const waiting = useQuery({
    queryKey: ['admin-payouts', 'also-waiting', search],
    queryFn: () => Promise.all(ALSO_WAITING.map(async (w) => ((await anyPayoutMatches(payoutQuery({ ...search, status: w.status }))) ? w : null))),
  });
  const found = (waiting.data ?? []).filter((w) => w !== null);
  if (!found.length) return null;
  return (
    <Text size="sm">
      Also waiting for an admin:{' '}
      {found.map((w, i) => (
        <span key={w.status}>
          {i > 0 && '; '}
          <Anchor component="button" type="button" onClick={() => show(w.status)}>
            {payoutStatusWord(w.status)}
          </Anchor>{' '}
          ({w.step})
        </span>
      ))}
      .
    </Text>
  );
}
