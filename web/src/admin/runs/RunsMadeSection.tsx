import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import type { ReactNode } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { OptionalMoney } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { dayAndTime } from '../../dates.ts';
import { EmailText } from '../EmailText.tsx';

type Week = Schemas['WeeklyRunsWeek'];

/** The query of the runs made in a country; a run made on the page refreshes it. */
export const runsMadeQuery = (countryCode: string) => ({
  queryKey: ['weekly-runs', countryCode],
  queryFn: () => read(api.GET('/api/admin/weekly-runs', { params: { query: { countryCode } } })),
});

type Run = { at: string; startedBy: 'ADMIN' | 'WEEKLY_JOB'; startedByEmail: string | null };

/** Who started a run: the Monday job, or an admin by email ("An admin" when the account is gone). */
const startedBy = (run: Run) => (run.startedBy === 'WEEKLY_JOB' ? 'Weekly job' : run.startedByEmail ? <EmailText>{run.startedByEmail}</EmailText> : 'An admin');

/** One job's run of a week: what it did, then when and by whom; "Not run" when there is none. */
function RunCell({ run, children }: { run: Run | null; children?: ReactNode }) {
  if (!run)
    return (
      <Text size="sm" c="dimmed">
        Not run
      </Text>
    );
  return (
    <Stack gap={0}>
      <Text size="sm">{children}</Text>
      <Text size="xs" c="dimmed" component="div">
        {dayAndTime(run.at)} · {startedBy(run)}
      </Text>
    </Stack>
  );
}

/** ", ₦1,234.50" after a count, when the run moved money. */
const andMoney = (money: { amount: string; currency: string } | null) =>
  money && (
    <>
      , <OptionalMoney money={money} />
    </>
  );

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const COLUMNS: Column<Week>[] = [
  {
    header: 'Week of',
    cell: (w) => (
      <Text span ff="monospace" size="sm">
        {w.weekStart}
      </Text>
    ),
  },
  {
    header: 'Commission netting',
    cell: ({ netting: n }) => (
      <RunCell run={n && { at: n.startedAt, startedBy: n.startedBy, startedByEmail: n.startedByEmail }}>
        {n && (n.status === 'RUNNING' ? 'Running' : `${plural(n.walletsNetted, 'wallet', 'wallets')} netted`)}
        {n && andMoney(n.netted)}
      </RunCell>
    ),
  },
  {
    header: 'Automatic payouts',
    cell: ({ autoPayouts: p }) => (
      <RunCell run={p && { at: p.createdAt, startedBy: p.startedBy, startedByEmail: p.startedByEmail }}>
        {p && plural(p.payouts, 'payout', 'payouts')}
        {p && andMoney(p.amount)}
        {p && `; ${p.skipped} skipped`}
      </RunCell>
    ),
  },
];

/** Which weeks have run in a country, newest first: whether last Monday's jobs happened shows at a glance. */
export function RunsMadeSection({ country }: { country: string }) {
  const runs = useQuery(runsMadeQuery(country));
  return (
    <Section title={`Runs made in ${country}`} titleGap="xs">
      <Text size="sm" c="dimmed">
        The newest weeks first; amounts are live money only.
      </Text>
      <QueryState query={runs}>
        {(r) => (
          <DataTable
            label={`Runs made in ${country}`}
            minWidth={560}
            columns={COLUMNS}
            rows={r.weeks}
            rowKey={(w) => `${w.weekStart} ${w.countryCode}`}
            empty={`No weekly run has been made in ${country} yet.`}
            emptySize="sm"
          />
        )}
      </QueryState>
    </Section>
  );
}
