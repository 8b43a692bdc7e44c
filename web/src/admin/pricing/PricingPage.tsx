import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { COUNTRY_CURRENCY, type Country } from '../countries.ts';
import { CountrySelect } from '../CountrySelect.tsx';
import { EmailText } from '../EmailText.tsx';
import { usePermission } from '../permissions.ts';
import { useUrlFilters } from '../use-url-filters.ts';
import { bpsToPercent, percentToBps } from '../../money/percent.ts';
import { ConfirmMoneyDialog } from '../../components/ConfirmMoneyDialog.tsx';
import { commissionWarning, paymentWord, ruleChangeQuestion, ruleServiceWord } from './pricing-words.ts';
import { TariffsTable } from './TariffsTable.tsx';
import { SubmitForm } from '../../components/SubmitForm.tsx';
import { dayAndTimeInZone, readerZone } from '../../dates.ts';

type Rule = Schemas['CommissionRule'];
const SERVICES: Rule['serviceType'][] = ['RIDE', 'PARCEL', 'FOOD_RESTAURANT', 'FOOD_DELIVERY'];
const METHODS: Rule['paymentMethod'][] = ['ONLINE', 'CASH'];

/** The rule in effect for each service and payment method: the latest version whose effective date has come. */
function inEffect(rules: Rule[], now = Date.now()): Set<string> {
  const current = new Map<string, Rule>();
  for (const r of rules) {
    const key = `${r.serviceType}/${r.paymentMethod}`;
    const best = current.get(key);
    if (Date.parse(r.effectiveFrom) <= now && (!best || Date.parse(r.effectiveFrom) > Date.parse(best.effectiveFrom))) current.set(key, r);
  }
  return new Set([...current.values()].map((r) => r.id));
}

/** Who set a version when no email is known: the admin's id shortened as elsewhere in the console; the shipped defaults say so. */
const setBy = (createdBy: string | null) =>
  !createdBy ? 'shipped default' : /^[0-9a-f-]{36}$/.test(createdBy) ? `admin ${createdBy.slice(0, 8)}` : createdBy.replace(/[-_]/g, ' ');

/** Every version of every rule; `current` holds the ids of those in effect now. */
const ruleColumns = (current: Set<string>): Column<Rule>[] => [
  { header: 'Service', cell: (r) => ruleServiceWord(r.serviceType) },
  { header: 'Payment', cell: (r) => paymentWord(r.paymentMethod) },
  { header: 'Commission', align: 'right', cell: (r) => bpsToPercent(r.bps) },
  { header: 'Effective from', cell: (r) => dayAndTimeInZone(r.effectiveFrom) },
  { header: 'Set by', cell: (r) => (r.createdByEmail ? <EmailText>{r.createdByEmail}</EmailText> : setBy(r.createdBy)) },
  {
    header: 'State',
    cell: (r) =>
      current.has(r.id) ? (
        <Badge color="teal">in effect</Badge>
      ) : Date.parse(r.effectiveFrom) > Date.now() ? (
        <Badge color="blue">scheduled</Badge>
      ) : (
        <Badge color="gray" variant="light">
          replaced
        </Badge>
      ),
  },
];

/** Commission rules with every version and its effective date, a form for a new version, and the tariffs. */
export function PricingPage() {
  const { search, filter } = useUrlFilters('/admin/pricing');
  const country: Country = search.country ?? 'NG';
  const mayManage = usePermission('MANAGE_COMMISSION');
  const rules = useQuery({
    queryKey: ['commission-rules', country],
    queryFn: () => read(api.GET('/api/admin/commission-rules', { params: { query: { countryCode: country } } })),
  });
  return (
    <Stack>
      <Title order={2}>Commission and pricing</Title>
      <CountrySelect required value={country} onChange={(c) => c && filter({ country: c })} w={120} />
      <Section title="Commission rules">
        <QueryState query={rules}>
          {({ rules: all }) => {
            const sorted = [...all].sort(
              (a, b) =>
                SERVICES.indexOf(a.serviceType) - SERVICES.indexOf(b.serviceType) ||
                a.paymentMethod.localeCompare(b.paymentMethod) ||
                b.effectiveFrom.localeCompare(a.effectiveFrom),
            );
            return <DataTable label="Commission rules" minWidth={640} columns={ruleColumns(inEffect(all))} rows={sorted} rowKey={(r) => r.id} />;
          }}
        </QueryState>
        {mayManage ? (
          <NewRuleVersion country={country} rules={rules.data?.rules} />
        ) : (
          <Text size="sm" c="dimmed" mt="sm">
            Adding a version needs the MANAGE_COMMISSION permission.
          </Text>
        )}
      </Section>
      <Section title={`Tariffs (${COUNTRY_CURRENCY[country]})`}>
        <TariffsTable country={country} mayManage={mayManage} />
      </Section>
    </Stack>
  );
}

/** A datetime-local input's value for this moment, in the browser's time zone. */
const localMinute = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/**
 * A new version of one rule; it applies to trips settled from its effective date on (now when left
 * empty). It changes what every such trip in the country pays, so it asks first, with the rate in
 * effect now beside the new one.
 */
function NewRuleVersion({ country, rules }: { country: Country; rules: Rule[] | undefined }) {
  const [serviceType, setServiceType] = useState<Rule['serviceType']>('RIDE');
  const [paymentMethod, setPaymentMethod] = useState<Rule['paymentMethod']>('ONLINE');
  const [percent, setPercent] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Where focus goes once a version is added: its news (Add version is disabled again, its field emptied).
  const added = useRef<HTMLParagraphElement>(null);
  const queryClient = useQueryClient();
  // The confirmation compares with the rate in effect now: asked only once the rules are read.
  const current = rules?.find((r) => inEffect(rules).has(r.id) && r.serviceType === serviceType && r.paymentMethod === paymentMethod);
  const bps = percentToBps(percent);
  const add = useMutation({
    mutationFn: () =>
      read(
        api.POST('/api/admin/commission-rules', {
          body: {
            serviceType,
            countryCode: country,
            paymentMethod,
            bps: bps!,
            ...(effectiveFrom ? { effectiveFrom: new Date(effectiveFrom).toISOString() } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      setPercent('');
      setEffectiveFrom('');
      await queryClient.invalidateQueries({ queryKey: ['commission-rules'] });
    },
    onSettled: () => setConfirming(false),
  });
  useEffect(() => {
    if (add.isSuccess) added.current?.focus();
  }, [add.isSuccess, add.submittedAt]);
  return (
    <SubmitForm
      onSubmit={() => {
        if (bps !== null && rules) setConfirming(true);
      }}
    >
      <Title order={4} size="h5" mt="md" mb="xs">
        Add a version
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select
          label="Service"
          data={SERVICES.map((s) => ({ value: s, label: ruleServiceWord(s) }))}
          value={serviceType}
          onChange={(v) => v && setServiceType(v as Rule['serviceType'])}
          allowDeselect={false}
        />
        <Select
          label="Payment"
          data={METHODS.map((m) => ({ value: m, label: paymentWord(m) }))}
          value={paymentMethod}
          onChange={(v) => v && setPaymentMethod(v as Rule['paymentMethod'])}
          allowDeselect={false}
        />
        <TextInput
          label="Commission (%)"
          required
          value={percent}
          onChange={(e) => setPercent(e.currentTarget.value)}
          error={percent && bps === null ? '0 to 100, at most two decimals' : undefined}
          inputMode="decimal"
        />
        <TextInput
          label="Effective from"
          description={`your time (${readerZone()}); empty: now; never in the past`}
          type="datetime-local"
          min={localMinute(new Date())}
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
        />
      </SimpleGrid>
      {add.isError && <ProblemAlert title="The version was refused" error={add.error} />}
      {add.isSuccess && (
        <Text ref={added} tabIndex={-1} size="sm" c="teal.9" mt="xs" role="status">
          Version added: {bpsToPercent(add.data.bps)} from {dayAndTimeInZone(add.data.effectiveFrom)}.
        </Text>
      )}
      <Group mt="sm">
        <Button type="submit" disabled={bps === null || !rules} loading={add.isPending}>
          Add version
        </Button>
      </Group>
      <ConfirmMoneyDialog
        opened={confirming && bps !== null}
        title="Add this commission version?"
        question={ruleChangeQuestion({
          service: serviceType,
          method: paymentMethod,
          country,
          current: current ? bpsToPercent(current.bps) : null,
          next: bpsToPercent(bps ?? 0),
          from: effectiveFrom ? new Date(effectiveFrom) : null,
        })}
        note={[
          commissionWarning(bps ?? 0),
          'Every such trip completed from then on pays it, whenever it is settled; trips completed before keep the rate then in force. A later version can change it again; recorded in the audit trail.',
        ]
          .filter(Boolean)
          .join(' ')}
        action="Add version"
        pending={add.isPending}
        onConfirm={() => add.mutate()}
        onClose={() => setConfirming(false)}
      />
    </SubmitForm>
  );
}
