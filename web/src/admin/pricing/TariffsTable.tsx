import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatMoney, parseAmountInput, toDecimalString } from '../../money/format-money.ts';
import { jsonInteger } from '../../money/minor-units-json.ts';
import { COUNTRY_CURRENCY, type Country } from '../countries.ts';
import { tariffServiceWord, tenfoldOrMore } from './pricing-words.ts';
import { SubmitForm } from '../../components/SubmitForm.tsx';
import { useReturnFocusOnClose } from '../focus-return.ts';
import { day } from '../../dates.ts';

type Tariff = Schemas['Tariff'];
const FIELDS = [
  { key: 'baseFare', label: 'Base fare', zeroAllowed: true },
  { key: 'perKm', label: 'Per kilometre', zeroAllowed: true },
  { key: 'minimumFare', label: 'Minimum fare', zeroAllowed: false },
] as const;
type Field = (typeof FIELDS)[number]['key'];

/** What each service costs in a country; an admin with MANAGE_COMMISSION edits one, for trips requested from then on. */
export function TariffsTable({ country, mayManage }: { country: Country; mayManage: boolean }) {
  const tariffs = useQuery({
    queryKey: ['tariffs', country],
    queryFn: () => read(api.GET('/api/admin/tariffs', { params: { query: { countryCode: country } } })),
  });
  const [editing, setEditing] = useState<Tariff | null>(null);
  const columns: Column<Tariff>[] = [
    { header: 'Service', cell: (t) => tariffServiceWord(t.serviceType) },
    ...FIELDS.map((f) => moneyColumn<Tariff>(f.label, (t) => ({ amount: t[f.key], currency: t.currency }))),
    { header: 'Updated', cell: (t) => day(t.updatedAt) },
    {
      header: '',
      cell: (t) =>
        mayManage && (
          <Button size="xs" variant="light" onClick={() => setEditing(t)} aria-label={`Edit the ${tariffServiceWord(t.serviceType).toLowerCase()} tariff`}>
            Edit
          </Button>
        ),
    },
  ];
  return (
    <>
      <QueryState query={tariffs}>
        {({ tariffs: all }) => (
          <DataTable label="Tariffs" minWidth={600} columns={columns} rows={all} rowKey={(t) => t.serviceType} empty="No tariff in this country." />
        )}
      </QueryState>
      {editing && <EditTariff tariff={editing} country={country} onClose={() => setEditing(null)} />}
    </>
  );
}

function EditTariff({ tariff, country, onClose }: { tariff: Tariff; country: Country; onClose: () => void }) {
  // Mounted open and unmounted to close: focus goes back to the Edit button itself.
  useReturnFocusOnClose();
  const currency = COUNTRY_CURRENCY[country];
  const [text, setText] = useState<Record<Field, string>>(() => ({
    baseFare: toDecimalString(tariff.baseFare, currency),
    perKm: toDecimalString(tariff.perKm, currency),
    minimumFare: toDecimalString(tariff.minimumFare, currency),
  }));
  const amounts = Object.fromEntries(FIELDS.map((f) => [f.key, parseAmountInput(text[f.key], currency, { zeroAllowed: f.zeroAllowed })])) as Record<
    Field,
    string | null
  >;
  const valid = FIELDS.every((f) => amounts[f.key] !== null);
  // What the save changes, said before it is pressed; nothing changed is nothing to save.
  const changes = valid ? FIELDS.filter((f) => amounts[f.key] !== tariff[f.key]) : [];
  // A tenfold jump is likely extra zeros: saved only once the admin says they checked it.
  const jumps = changes.filter((f) => tenfoldOrMore(tariff[f.key], amounts[f.key]!));
  const [checked, setChecked] = useState(false);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      read(
        api.PUT('/api/admin/tariffs/{countryCode}/{serviceType}', {
          params: { path: { countryCode: country, serviceType: tariff.serviceType } },
          body: { baseFare: jsonInteger(amounts.baseFare!), perKm: jsonInteger(amounts.perKm!), minimumFare: jsonInteger(amounts.minimumFare!) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['tariffs'] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`The ${tariffServiceWord(tariff.serviceType).toLowerCase()} tariff in ${country}`} centered>
      <SubmitForm
        onSubmit={() => {
          if (changes.length > 0 && (jumps.length === 0 || checked)) save.mutate();
        }}
      >
        <Stack>
          {FIELDS.map((f, i) => (
            <TextInput
              key={f.key}
              data-autofocus={i === 0 || undefined}
              label={`${f.label} (${currency})`}
              // What it is now, beside what it becomes: the change is read before it is saved.
              description={`Now ${formatMoney(tariff[f.key], currency)}`}
              required
              inputMode="decimal"
              value={text[f.key]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setText((t) => ({ ...t, [f.key]: value }));
              }}
              error={amounts[f.key] === null ? `Enter an amount like 250 or 250.50${f.zeroAllowed ? '' : ', above zero'}` : undefined}
            />
          ))}
          {changes.length > 0 && (
            <Stack gap={2} role="status" aria-label="What changes">
              {changes.map((f) => (
                <Text key={f.key} size="sm" fw={500}>
                  {f.label}: {formatMoney(tariff[f.key], currency)} → {formatMoney(amounts[f.key]!, currency)}
                </Text>
              ))}
            </Stack>
          )}
          {jumps.length > 0 && (
            <Checkbox
              color="orange"
              checked={checked}
              onChange={(e) => setChecked(e.currentTarget.checked)}
              label={`${jumps.map((f) => f.label).join(' and ')} ${jumps.length > 1 ? 'become' : 'becomes'} ten times what it is now or more. I checked for extra zeros.`}
            />
          )}
          <Text size="sm" c="dimmed">
            Applies to trips requested from now on; trips already requested keep their fare.
          </Text>
          {save.isError && <ProblemAlert title="The tariff was refused" error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={changes.length === 0 || (jumps.length > 0 && !checked)} loading={save.isPending}>
              {changes.length === 0 && valid ? 'Nothing changed' : 'Save tariff'}
            </Button>
          </Group>
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
