import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { Money } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { toDecimalString } from '../../money/format-money.ts';
import { earningsCsv } from './earnings-csv.ts';
import { EarningsChart } from './EarningsChart.tsx';
import type { EarningsSearch, GroupBy, Service } from './earnings-search.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { COUNTRIES } from '../countries.ts';

/** Platform commission by service, country and period: chart and table of the same numbers, CSV of what is shown. */
export function EarningsPage() {
  const search = useSearch({ from: '/admin/earnings' });
  const navigate = useNavigate({ from: '/admin/earnings' });
  const filter = (change: Partial<EarningsSearch>) => navigate({ search: (prev: EarningsSearch) => ({ ...prev, ...change }) });
  const report = useQuery({ queryKey: ['earnings', search], queryFn: () => read(api.GET('/api/admin/earnings', { params: { query: search } })) });
  return (
    <Stack>
      <Title order={2}>Earnings</Title>
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end">
          <TextInput label="From" type="date" value={search.from} onChange={(e) => e.currentTarget.value && filter({ from: e.currentTarget.value })} w={150} />
          <TextInput label="To" type="date" value={search.to} onChange={(e) => e.currentTarget.value && filter({ to: e.currentTarget.value })} w={150} />
          <Select
            label="Per"
            data={[
              { value: 'day', label: 'Day' },
              { value: 'week', label: 'Week' },
              { value: 'month', label: 'Month' },
            ]}
            value={search.groupBy}
            onChange={(v) => v && filter({ groupBy: v as GroupBy })}
            allowDeselect={false}
            w={110}
          />
          <Select
            label="Service"
            data={['RIDE', 'PARCEL', 'FOOD']}
            value={search.serviceType ?? null}
            onChange={(v) => filter({ serviceType: (v ?? undefined) as Service | undefined })}
            clearable
            w={120}
          />
          <Select
            label="Country"
            data={COUNTRIES}
            value={search.countryCode ?? null}
            onChange={(v) => filter({ countryCode: v ?? undefined })}
            clearable
            w={110}
          />
        </Group>
      </Paper>
      <QueryState query={report}>{(r) => <EarningsView rows={r.rows} />}</QueryState>
    </Stack>
  );
}

function EarningsView({ rows }: { rows: Schemas['EarningsRow'][] }) {
  const charts = useMemo(
    () =>
      [...new Set(rows.map((r) => r.commission?.currency).filter((c): c is string => !!c))].map((currency) => {
        const mine = rows.filter((r) => r.commission?.currency === currency);
        const labels = [...new Set(mine.map((r) => r.periodStart))].sort();
        const services = [...new Set(mine.map((r) => r.serviceType))];
        const series = services.map((service) => ({
          label: service,
          values: labels.map((day) =>
            toDecimalString(mine.find((r) => r.periodStart === day && r.serviceType === service)?.commission?.amount ?? '0', currency),
          ),
        }));
        return { currency, labels, series };
      }),
    [rows],
  );
  const download = () => {
    const url = URL.createObjectURL(new Blob([earningsCsv(rows)], { type: 'text/csv' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'earnings.csv' });
    a.click();
    URL.revokeObjectURL(url);
  };
  if (!rows.length) return <Text c="dimmed">No settled trips in this range.</Text>;
  return (
    <Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={download}>
          Export CSV
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack>
          {charts.map((c) => (
            <Paper key={c.currency} withBorder p="sm">
              <EarningsChart title={`Commission (${c.currency})`} labels={c.labels} series={c.series} />
            </Paper>
          ))}
        </Stack>
        <TableScroll minWidth={520} label="Earnings">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Period</Table.Th>
                <Table.Th>Service</Table.Th>
                <Table.Th>Country</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Commission</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Gross</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Trips</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.periodStart}-${r.serviceType}-${r.countryCode}`}>
                  <Table.Td>{r.periodStart}</Table.Td>
                  <Table.Td>{r.serviceType}</Table.Td>
                  <Table.Td>{r.countryCode}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {r.commission ? <Money amount={r.commission.amount} currency={r.commission.currency} /> : '—'}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{r.gross ? <Money amount={r.gross.amount} currency={r.gross.currency} /> : '—'}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{r.trips}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </SimpleGrid>
    </Stack>
  );
}
