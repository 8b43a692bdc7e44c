import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
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

/** Who started a run: an admin by email, else the Monday job. */
const startedBy = (email: string | null) => (email ? <EmailText>{email}</EmailText> : 'Weekly job');

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
    cell: ({ netting: n }) =>
      n ? (
        <Stack gap={0}>
          <Text size="sm">
            {n.status === 'RUNNING' ? 'Running' : `${n.walletsNetted} ${n.walletsNetted === 1 ? 'wallet' : 'wallets'} netted`}
            {n.netted && (
              <>
                , <OptionalMoney money={n.netted} />
              </>
            )}
          </Text>
          <Text size="xs" c="dimmed" component="div">
            {dayAndTime(n.startedAt)} · {startedBy(n.startedByEmail)}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Not run
        </Text>
      ),
  },
  {
    header: 'Automatic payouts',
    cell: ({ autoPayouts: p }) =>
      p ? (
        <Stack gap={0}>
          <Text size="sm">
            {p.payouts} {p.payouts === 1 ? 'payout' : 'payouts'}
            {p.amount && (
              <>
                , <OptionalMoney money={p.amount} />
              </>
            )}
            ; {p.skipped} skipped
          </Text>
          <Text size="xs" c="dimmed" component="div">
            {dayAndTime(p.createdAt)} · {startedBy(p.startedByEmail)}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Not run
        </Text>
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
