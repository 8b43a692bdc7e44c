import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { toDecimalString } from '../../money/format-money.ts';
import { CountrySelect } from '../CountrySelect.tsx';
import { dayRangeProblem } from '../day-range.ts';
import { FilterBar } from '../FilterBar.tsx';
import { FilterSelect } from '../FilterSelect.tsx';
import { ModeSelect } from '../ModeSelect.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { earningsCsv, earningsFileName } from './earnings-csv.ts';
import { EarningsChart } from './EarningsChart.tsx';
import { SERVICE_CHOICES, SERVICE_COLORS, SERVICE_WORDS, type GroupBy } from './earnings-search.ts';

type Row = Schemas['EarningsRow'];
const COLUMNS: Column<Row>[] = [
  { header: 'Period', cell: (r) => r.periodStart },
  { header: 'Service', cell: (r) => SERVICE_WORDS[r.serviceType] ?? r.serviceType },
  { header: 'Country', cell: (r) => r.countryCode },
  moneyColumn('Commission', (r) => r.commission),
  moneyColumn('Refunds', (r) => r.refunds),
  moneyColumn('Net of refunds', (r) => r.netCommission),
  moneyColumn('Gross', (r) => r.gross),
  { header: 'Trips', align: 'right', cell: (r) => r.trips },
];

/**
 * Platform commission by service, country and period: chart and table of the same numbers, CSV of what
 * is shown. The table also gives the refunds paid out of the commission, and the commission net of them.
 */
export function EarningsPage() {
  const { search, filter } = useUrlFilters('/admin/earnings');
  // A range that ends before it starts is said on its field, not asked of the server.
  const badRange = dayRangeProblem(search);
  const report = useQuery({
    queryKey: ['earnings', search],
    queryFn: () => read(api.GET('/api/admin/earnings', { params: { query: search } })),
    enabled: !badRange,
  });
  return (
    <Stack>
      <Title order={2}>Earnings</Title>
      <FilterBar>
        <TextInput label="From" type="date" value={search.from} onChange={(e) => e.currentTarget.value && filter({ from: e.currentTarget.value })} w={150} />
        <TextInput
          label="To"
          type="date"
          value={search.to}
          onChange={(e) => e.currentTarget.value && filter({ to: e.currentTarget.value })}
          error={badRange}
          w={150}
        />
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
        <FilterSelect label="Service" data={SERVICE_CHOICES} value={search.serviceType} onChange={(serviceType) => filter({ serviceType })} w={120} />
        <CountrySelect value={search.countryCode} onChange={(countryCode) => filter({ countryCode })} />
        <ModeSelect value={search.mode} onChange={(mode) => filter({ mode: mode === 'test' ? 'test' : undefined })} />
      </FilterBar>
      {!badRange && <QueryState query={report}>{(r) => <EarningsView rows={r.rows} search={search} />}</QueryState>}
    </Stack>
  );
}

function EarningsView({ rows, search }: { rows: Row[]; search: { mode?: 'live' | 'test'; from: string; to: string } }) {
  const charts = useMemo(
    () =>
      [...new Set(rows.map((r) => r.commission?.currency).filter((c): c is string => !!c))].map((currency) => {
        const mine = rows.filter((r) => r.commission?.currency === currency);
        const labels = [...new Set(mine.map((r) => r.periodStart))].sort();
        const services = [...new Set(mine.map((r) => r.serviceType))];
        const series = services.map((service) => ({
          label: SERVICE_WORDS[service],
          color: SERVICE_COLORS[service],
          values: labels.map((day) =>
            toDecimalString(mine.find((r) => r.periodStart === day && r.serviceType === service)?.commission?.amount ?? '0', currency),
          ),
        }));
        return { currency, labels, series };
      }),
    [rows],
  );
  const download = () => {
    const url = URL.createObjectURL(new Blob([earningsCsv(rows, search.mode ?? 'live')], { type: 'text/csv' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: earningsFileName(search) });
    a.click();
    URL.revokeObjectURL(url);
  };
  if (!rows.length) return <Text c="dimmed">No settled trips or refunds in this range.</Text>;
  return (
    <Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={download}>
          Export CSV
        </Button>
      </Group>
      {/* The charts side by side on a wide screen; the table below them at full width, so no amount is cut off. */}
      <SimpleGrid cols={{ base: 1, lg: charts.length > 1 ? 2 : 1 }}>
        {charts.map((c) => (
          <Paper key={c.currency} withBorder p="sm">
            <EarningsChart title={`Commission (${c.currency})`} labels={c.labels} series={c.series} />
          </Paper>
        ))}
      </SimpleGrid>
      <DataTable label="Earnings" minWidth={680} columns={COLUMNS} rows={rows} rowKey={(r) => `${r.periodStart}-${r.serviceType}-${r.countryCode}`} />
    </Stack>
  );
}
