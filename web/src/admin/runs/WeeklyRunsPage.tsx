import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { Money } from '../../components/Money.tsx';
import { PayoutStatusBadge } from '../../components/PayoutStatusBadge.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { COUNTRIES, isCountry, type Country } from '../countries.ts';
import { usePermission } from '../permissions.ts';
import { lastEndedWeek } from './last-ended-week.ts';

/**
 * The two weekly jobs by hand, for an ended week and a country: commission netting, then automatic
 * payouts. Each runs once per week and country; running it again shows what the first run did.
 */
export function WeeklyRunsPage() {
  const mayRun = usePermission('MANAGE_PAYOUTS');
  const [weekOf, setWeekOf] = useState(lastEndedWeek());
  const [country, setCountry] = useState<Country>('NG');
  const key = () => ({ 'idempotency-key': crypto.randomUUID() });
  const netting = useMutation({ mutationFn: () => read(api.POST('/api/admin/settlements/weekly-run', { body: { weekOf, countryCode: country } })) });
  const payouts = useMutation({
    mutationFn: () => read(api.POST('/api/admin/payouts/auto-weekly-run', { params: { header: key() }, body: { weekOf, countryCode: country } })),
  });
  return (
    <Stack>
      <Title order={2}>Weekly runs</Title>
      <Text c="dimmed" size="sm">
        Every Monday the system nets the commission earners owe on cash trips against their available balance, then pays out what is left to those who chose
        weekly payouts. Run either here for an ended week; each runs once per week and country, and running it again shows the first run.
      </Text>
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            label="Week of"
            description="any day of the week (weeks start on Monday, UTC)"
            type="date"
            value={weekOf}
            onChange={(e) => setWeekOf(e.currentTarget.value)}
            w={240}
          />
          <Select label="Country" data={COUNTRIES} value={country} onChange={(v) => isCountry(v) && setCountry(v)} allowDeselect={false} w={110} />
        </Group>
      </Paper>
      {!mayRun && (
        <Alert color="gray" title="View only">
          Running the weekly jobs needs the MANAGE_PAYOUTS permission.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="xs">
            Commission netting
          </Title>
          <Button onClick={() => netting.mutate()} loading={netting.isPending} disabled={!mayRun || !weekOf}>
            Run netting for {country}
          </Button>
          {netting.isError && <ProblemAlert title="The run was refused" error={netting.error} />}
          {netting.data && netting.data.runs.map((run) => <NettingRunResult key={run.id} run={run} />)}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="xs">
            Automatic payouts
          </Title>
          <Button onClick={() => payouts.mutate()} loading={payouts.isPending} disabled={!mayRun || !weekOf}>
            Run payouts for {country}
          </Button>
          {payouts.isError && <ProblemAlert title="The run was refused" error={payouts.error} />}
          {payouts.data && <PayoutRunResult run={payouts.data} />}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

function RunHeading({ weekStart, countryCode, replayed }: { weekStart: string; countryCode: string; replayed: boolean }) {
  return (
    <Group gap="xs" mt="sm" role="status">
      <Text fw={600}>
        Week of {weekStart}, {countryCode}
      </Text>
      {replayed ? <Badge color="gray">ran before: nothing moved now</Badge> : <Badge color="teal">ran now</Badge>}
    </Group>
  );
}

function NettingRunResult({ run }: { run: Schemas['NettingRun'] }) {
  return (
    <Stack gap="xs">
      <RunHeading weekStart={run.weekStart} countryCode={run.countryCode} replayed={run.replayed} />
      {run.items.length ? (
        <TableScroll minWidth={520} label="Netting results">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Wallet</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Owed before</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Netted</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Owed after</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {run.items.map((i) => (
                <Table.Tr key={i.walletId}>
                  <Table.Td>
                    <AnchorLink to="/admin/wallets/$walletId" params={{ walletId: i.walletId }}>
                      {i.walletId.slice(0, 8)}
                    </AnchorLink>
                  </Table.Td>
                  {[i.owedBefore, i.netted, i.owedAfter].map((m, n) => (
                    <Table.Td key={n} style={{ textAlign: 'right' }}>
                      {m ? <Money amount={m.amount} currency={m.currency} /> : '—'}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text c="dimmed" size="sm">
          No earner owed commission for that week.
        </Text>
      )}
    </Stack>
  );
}

function PayoutRunResult({ run }: { run: Schemas['AutoWeeklyRun'] }) {
  return (
    <Stack gap="xs">
      <RunHeading weekStart={run.weekStart} countryCode={run.countryCode} replayed={run.replayed} />
      <Text size="sm">
        {run.payouts.length} payouts created, {run.skipped} earners skipped (nothing to pay or not eligible).
      </Text>
      {run.payouts.length > 0 && (
        <TableScroll minWidth={420} label="Payouts of the run">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Payout</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {run.payouts.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <AnchorLink to="/admin/payouts/$payoutId" params={{ payoutId: p.id }}>
                      {p.id.slice(0, 8)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money amount={p.amount.amount} currency={p.amount.currency} />
                  </Table.Td>
                  <Table.Td>
                    <PayoutStatusBadge status={p.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
