import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { COUNTRIES, COUNTRY_CURRENCY, isCountry, type Country } from '../countries.ts';
import { usePermission } from '../permissions.ts';
import { bpsToPercent, percentToBps } from './percent.ts';
import { TariffsTable } from './TariffsTable.tsx';

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

/** An admin's id, shortened as elsewhere in the console; anything else (the shipped defaults) as it is. */
const setBy = (createdBy: string | null) =>
  !createdBy ? 'shipped default' : /^[0-9a-f-]{36}$/.test(createdBy) ? `admin ${createdBy.slice(0, 8)}` : createdBy.replace(/[-_]/g, ' ');

/** Commission rules with every version and its effective date, a form for a new version, and the tariffs. */
export function PricingPage() {
  const search = useSearch({ from: '/admin/pricing' });
  const navigate = useNavigate({ from: '/admin/pricing' });
  const country: Country = search.country ?? 'NG';
  const mayManage = usePermission('MANAGE_COMMISSION');
  const rules = useQuery({
    queryKey: ['commission-rules', country],
    queryFn: () => read(api.GET('/api/admin/commission-rules', { params: { query: { countryCode: country } } })),
  });
  return (
    <Stack>
      <Title order={2}>Commission and pricing</Title>
      <Select
        label="Country"
        data={COUNTRIES}
        value={country}
        onChange={(v) => isCountry(v) && navigate({ search: { country: v } })}
        allowDeselect={false}
        w={120}
      />
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          Commission rules
        </Title>
        <QueryState query={rules}>
          {({ rules: all }) => {
            const current = inEffect(all);
            const sorted = [...all].sort(
              (a, b) =>
                SERVICES.indexOf(a.serviceType) - SERVICES.indexOf(b.serviceType) ||
                a.paymentMethod.localeCompare(b.paymentMethod) ||
                b.effectiveFrom.localeCompare(a.effectiveFrom),
            );
            return (
              <TableScroll minWidth={640} label="Commission rules">
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Service</Table.Th>
                      <Table.Th>Payment</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Commission</Table.Th>
                      <Table.Th>Effective from</Table.Th>
                      <Table.Th>Set by</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {sorted.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>{r.serviceType.replace('_', ' ').toLowerCase()}</Table.Td>
                        <Table.Td>{r.paymentMethod.toLowerCase()}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{bpsToPercent(r.bps)}</Table.Td>
                        <Table.Td>{new Date(r.effectiveFrom).toLocaleString()}</Table.Td>
                        <Table.Td>{setBy(r.createdBy)}</Table.Td>
                        <Table.Td>
                          {current.has(r.id) ? (
                            <Badge color="teal">in effect</Badge>
                          ) : Date.parse(r.effectiveFrom) > Date.now() ? (
                            <Badge color="blue">scheduled</Badge>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            );
          }}
        </QueryState>
        {mayManage ? (
          <NewRuleVersion country={country} />
        ) : (
          <Text size="sm" c="dimmed" mt="sm">
            Adding a version needs the MANAGE_COMMISSION permission.
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          Tariffs ({COUNTRY_CURRENCY[country]})
        </Title>
        <TariffsTable country={country} mayManage={mayManage} />
      </Paper>
    </Stack>
  );
}

/** A new version of one rule; it applies to trips settled from its effective date on (now when left empty). */
function NewRuleVersion({ country }: { country: Country }) {
  const [serviceType, setServiceType] = useState<Rule['serviceType']>('RIDE');
  const [paymentMethod, setPaymentMethod] = useState<Rule['paymentMethod']>('ONLINE');
  const [percent, setPercent] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const queryClient = useQueryClient();
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
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (bps !== null) add.mutate();
      }}
    >
      <Title order={4} size="h5" mt="md" mb="xs">
        Add a version
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select
          label="Service"
          data={SERVICES.map((s) => ({ value: s, label: s.replace('_', ' ').toLowerCase() }))}
          value={serviceType}
          onChange={(v) => v && setServiceType(v as Rule['serviceType'])}
          allowDeselect={false}
        />
        <Select
          label="Payment"
          data={METHODS.map((m) => ({ value: m, label: m.toLowerCase() }))}
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
          description="empty: now"
          type="datetime-local"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
        />
      </SimpleGrid>
      {add.isError && <ProblemAlert title="The version was refused" error={add.error} />}
      {add.isSuccess && (
        <Text size="sm" c="teal.9" mt="xs" role="status">
          Version added: {bpsToPercent(add.data.bps)} from {new Date(add.data.effectiveFrom).toLocaleString()}.
        </Text>
      )}
      <Group mt="sm">
        <Button type="submit" disabled={bps === null} loading={add.isPending}>
          Add version
        </Button>
      </Group>
    </form>
  );
}
