import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ConfirmMoneyDialog } from '../../components/ConfirmMoneyDialog.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PayoutStatusBadge } from '../../components/PayoutStatusBadge.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { PayoutLink, WalletLink } from '../AdminLinks.tsx';
import type { Country } from '../countries.ts';
import { CountrySelect } from '../CountrySelect.tsx';
import { EmailText } from '../EmailText.tsx';
import { FilterBar } from '../FilterBar.tsx';
import { usePermission } from '../permissions.ts';
import { skipReasonWords } from './skip-words.ts';
import { lastEndedWeek, mondayOf, weekHasEnded } from './last-ended-week.ts';
import { RunsMadeSection } from './RunsMadeSection.tsx';

/**
 * The two weekly jobs by hand, for an ended week and a country: commission netting, then automatic
 * payouts. Each runs once per week and country; running it again shows what the first run did.
 */
export function WeeklyRunsPage() {
  const mayRun = usePermission('MANAGE_PAYOUTS');
  const [weekOf, setWeekOf] = useState(lastEndedWeek());
  const [country, setCountry] = useState<Country>('NG');
  const notEnded = !!weekOf && !weekHasEnded(weekOf);
  const key = () => ({ 'idempotency-key': crypto.randomUUID() });
  // Either run moves money for a whole country: it asks first, naming the week and the country.
  // The run asked about stays named while its dialog closes (its title would otherwise change as it fades).
  const [asked, setAsked] = useState<keyof typeof CONFIRMATIONS>('netting');
  const [confirming, setConfirming] = useState(false);
  const ask = (run: keyof typeof CONFIRMATIONS) => {
    setAsked(run);
    setConfirming(true);
  };
  const close = () => setConfirming(false);
  const queryClient = useQueryClient();
  // A run made (or refused, or unanswered) here: the list of runs made reads itself again.
  const settled = async () => {
    close();
    await queryClient.invalidateQueries({ queryKey: ['weekly-runs'] });
  };
  const netting = useMutation({
    mutationFn: () => read(api.POST('/api/admin/settlements/weekly-run', { body: { weekOf, countryCode: country } })),
    onSettled: settled,
  });
  const payouts = useMutation({
    mutationFn: () => read(api.POST('/api/admin/payouts/auto-weekly-run', { params: { header: key() }, body: { weekOf, countryCode: country } })),
    onSettled: settled,
  });
  // Another week or country: the results shown were another run's.
  const forgetResults = () => {
    netting.reset();
    payouts.reset();
  };
  return (
    <Stack>
      <Title order={2}>Weekly runs</Title>
      <Text c="dimmed" size="sm">
        Every Monday the system nets the commission earners owe on cash trips and orders against their available balance. Then, for every driver and restaurant
        with a verified payout account, no payout already open and a withdrawable balance (available minus commission owed) at or above the country’s threshold,
        it creates a pending payout of that whole withdrawable balance, for an admin to approve like a requested withdrawal; earners the withdrawal rules refuse
        are skipped. There is no opt-in. Run either here for an ended week; each runs once per week and country, and running it again shows the first run.
      </Text>
      <FilterBar>
        <TextInput
          label="Week of"
          description="any day of the week (weeks start on Monday, UTC)"
          type="date"
          value={weekOf}
          error={notEnded ? 'This week has not ended yet: a run is for an ended week.' : undefined}
          onChange={(e) => {
            forgetResults();
            setWeekOf(e.currentTarget.value);
          }}
          w={240}
        />
        <CountrySelect
          required
          value={country}
          onChange={(c) => {
            if (!c) return;
            forgetResults();
            setCountry(c);
          }}
        />
      </FilterBar>
      {!mayRun && (
        <Alert color="gray" title="View only">
          Running the weekly jobs needs the MANAGE_PAYOUTS permission.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Commission netting" titleGap="xs">
          <Button onClick={() => ask('netting')} loading={netting.isPending} disabled={!mayRun || !weekOf || notEnded}>
            Run netting for {country}
          </Button>
          {netting.isError && <ProblemAlert title="The run was refused" error={netting.error} />}
          {netting.data && netting.data.runs.map((run) => <NettingRunResult key={run.id} run={run} />)}
        </Section>
        <Section title="Automatic payouts" titleGap="xs">
          <Button onClick={() => ask('payouts')} loading={payouts.isPending} disabled={!mayRun || !weekOf || notEnded}>
            Run payouts for {country}
          </Button>
          {payouts.isError && <ProblemAlert title="The run was refused" error={payouts.error} />}
          {payouts.data && <PayoutRunResult run={payouts.data} />}
        </Section>
      </SimpleGrid>
      <RunsMadeSection country={country} />
      <ConfirmMoneyDialog
        opened={confirming}
        {...CONFIRMATIONS[asked](weekOf, country)}
        pending={netting.isPending || payouts.isPending}
        onConfirm={() => (asked === 'payouts' ? payouts : netting).mutate()}
        onClose={close}
      />
    </Stack>
  );
}

/** What each run's confirmation says: the week, the country, and what the run does to earners' money. */
const CONFIRMATIONS = {
  netting: (weekOf: string, country: string) => ({
    title: 'Run the commission netting',
    question: `Run the commission netting for the week of Monday ${mondayOf(weekOf)} in ${country}?`,
    note: 'Every earner who owes commission on cash trips or orders has it taken from their available balance, as far as it goes. It runs once per week and country.',
    action: 'Run netting',
  }),
  payouts: (weekOf: string, country: string) => ({
    title: 'Run the automatic payouts',
    question: `Create the automatic payouts for the week of Monday ${mondayOf(weekOf)} in ${country}?`,
    note: 'Every eligible earner gets a pending payout of their whole withdrawable balance, for an admin to approve. It runs once per week and country.',
    action: 'Run payouts',
  }),
};

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

type NettingItem = Schemas['NettingItem'];
const NETTING_COLUMNS: Column<NettingItem>[] = [
  { header: 'Earner', cell: (i) => <EmailText>{i.ownerEmail ?? i.ownerId.slice(0, 8)}</EmailText> },
  { header: 'Wallet', cell: (i) => <WalletLink id={i.walletId} /> },
  moneyColumn('Owed before', (i) => i.owedBefore),
  moneyColumn('Netted', (i) => i.netted),
  moneyColumn('Owed after', (i) => i.owedAfter),
];

function NettingRunResult({ run }: { run: Schemas['NettingRun'] }) {
  return (
    <Stack gap="xs">
      <RunHeading weekStart={run.weekStart} countryCode={run.countryCode} replayed={run.replayed} />
      <DataTable
        label="Netting results"
        minWidth={520}
        columns={NETTING_COLUMNS}
        rows={run.items}
        rowKey={(i) => i.walletId}
        empty="Nothing was netted: no earner owed commission and had money available when the run took place."
        emptySize="sm"
      />
    </Stack>
  );
}

const PAYOUT_COLUMNS: Column<Schemas['AdminPayout']>[] = [
  { header: 'Payout', cell: (p) => <PayoutLink id={p.id} /> },
  { header: 'Earner', cell: (p) => <EmailText>{p.ownerEmail ?? p.ownerId.slice(0, 8)}</EmailText> },
  moneyColumn('Amount', (p) => p.amount),
  { header: 'Status', cell: (p) => <PayoutStatusBadge status={p.status} /> },
];

/** Whom a run passed by, and why: a balance too small, a payout open, or the withdrawal rules' refusal. */
const SKIPPED_COLUMNS: Column<Schemas['AutoWeeklyRun']['skippedEarners'][number]>[] = [
  { header: 'Earner', cell: (s) => <EmailText>{s.ownerEmail ?? s.ownerId.slice(0, 8)}</EmailText> },
  { header: 'Why skipped', cell: (s) => skipReasonWords(s.reasons) },
];

function PayoutRunResult({ run }: { run: Schemas['AutoWeeklyRun'] }) {
  return (
    <Stack gap="xs">
      <RunHeading weekStart={run.weekStart} countryCode={run.countryCode} replayed={run.replayed} />
      <Text size="sm">
        {run.payouts.length} payouts created, {run.skipped} earners skipped.
      </Text>
      {run.payouts.length > 0 && <DataTable label="Payouts of the run" minWidth={420} columns={PAYOUT_COLUMNS} rows={run.payouts} rowKey={(p) => p.id} />}
      {run.skippedEarners.length > 0 && (
        <DataTable label="Earners skipped" minWidth={420} columns={SKIPPED_COLUMNS} rows={run.skippedEarners} rowKey={(s) => s.ownerId} />
      )}
    </Stack>
  );
}
