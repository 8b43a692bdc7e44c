import { Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { Money } from '../../components/Money.tsx';
import { ReasonsAlert } from '../../components/ProblemAlert.tsx';
import { SubmitForm } from '../../components/SubmitForm.tsx';
import { useFieldProblems } from '../../components/use-field-problems.ts';
import { jsonInteger } from '../../money/minor-units-json.ts';
import { menuItemFields, priceOf } from './menu-item-input.ts';

const FIELDS = ['name', 'price'] as const;

/**
 * Adds a menu item (its name, its price in the restaurant's currency and whether customers can order
 * it now), or changes one's name and price (`item`; availability is the list's button). The price is checked here as it is typed, a new price is
 * confirmed in words before it is saved, and the server's refusal goes on the field it names.
 * `onSaved` hears the item as the server saved it.
 */
export function MenuItemForm({ currency, item, onSaved }: { currency: string; item?: Schemas['MenuItem']; onSaved: (saved: Schemas['MenuItem']) => void }) {
  const [f, setF] = useState(() => menuItemFields(item));
  const [tried, setTried] = useState(false);
  // A new price is asked about before it is saved: a slip of a finger adds zeros, and customers pay it.
  const [confirming, setConfirming] = useState<string | null>(null);
  const problems = useFieldProblems(FIELDS);
  const queryClient = useQueryClient();
  const price = priceOf(f.price, currency, item?.price?.amount);
  const save = useMutation({
    mutationFn: async (minor: string) => {
      const body = { name: f.name, price: jsonInteger(minor) };
      // A change leaves availability as the server has it (the list's button sets it): this form may
      // have been opened before another device took the item off the menu.
      const { data, error } = item
        ? await api.PUT('/api/restaurant/menu-items/{itemId}', { params: { path: { itemId: item.id } }, body })
        : await api.POST('/api/restaurant/menu-items', { body: { ...body, available: f.available } });
      if (error) throw error;
      return data;
    },
    onMutate: problems.clear,
    onError: problems.refused,
    onSuccess: (saved) => {
      if (!item) setF(menuItemFields());
      setTried(false);
      onSaved(saved);
    },
    onSettled: () => {
      setConfirming(null);
      return queryClient.invalidateQueries({ queryKey: ['menu'] });
    },
  });
  const input = problems.bind({ name: f.name, price: f.price }, (next) => setF({ ...f, ...next }));
  const priceProblem = tried && 'problem' in price ? price.problem : undefined;
  const name = f.name.trim();
  if (confirming !== null)
    return (
      <Stack gap="xs" maw={480}>
        <Text data-autofocus tabIndex={-1} fw={500}>
          {item?.price ? (
            <>
              Change the price of {name} from <Money amount={item.price.amount} currency={currency} /> to <Money amount={confirming} currency={currency} />?
            </>
          ) : (
            <>
              Add {name} to the menu at <Money amount={confirming} currency={currency} />?
            </>
          )}
        </Text>
        <Text size="sm" c="dimmed">
          Customers pay this price for orders placed from now on; orders already placed keep theirs.
        </Text>
        <Group>
          <Button variant="default" onClick={() => setConfirming(null)}>
            Back
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate(confirming)}>
            {item ? 'Change the price' : 'Add to the menu'}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <SubmitForm
      onSubmit={() => {
        setTried(true);
        if (!name) return problems.focus('name');
        if (!('minor' in price)) return problems.focus('price');
        if (item && price.minor === item.price?.amount) save.mutate(price.minor);
        else setConfirming(price.minor);
      }}
    >
      <Stack gap="xs" maw={480}>
        {problems.other.length > 0 && <ReasonsAlert title={item ? 'The item was not changed' : 'The item was not added'} reasons={problems.other} />}
        <TextInput
          label="Name"
          description="As customers see it on the menu"
          required
          maxLength={120}
          {...input('name')}
          error={input('name').error ?? (tried && !name ? 'Enter the name' : undefined)}
        />
        <TextInput label={`Price (${currency})`} inputMode="decimal" required {...input('price')} error={input('price').error ?? priceProblem} />
        {!item && <Switch label="Customers can order it now" checked={f.available} onChange={(e) => setF({ ...f, available: e.currentTarget.checked })} />}
        <Group>
          <Button ref={problems.fallback} type="submit" loading={save.isPending}>
            {item ? 'Save changes' : 'Add to the menu'}
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}
