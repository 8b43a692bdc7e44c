import { Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { meQuery, read, walletQuery } from '../../api/queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { OptionalMoney } from '../../components/Money.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { MenuItemForm } from './MenuItemForm.tsx';

type Item = Schemas['MenuItem'];

/**
 * A restaurant's menu, as its customers order from it: each item's name, price and whether it can
 * be ordered now. Items are added and changed here; one that ran out is taken off the menu with a
 * tap and put back the same way (an order already placed keeps its price and goes on).
 */
export function MenuPage() {
  const me = useQuery(meQuery);
  const wallet = useQuery(walletQuery);
  const restaurantId = me.data?.id;
  const menu = useQuery({
    queryKey: ['menu', restaurantId],
    queryFn: () => read(api.GET('/api/restaurants/{restaurantId}/menu', { params: { path: { restaurantId: restaurantId! } } })),
    enabled: !!restaurantId,
    // Read again, as the orders list is: another device of the restaurant may have changed it.
    refetchInterval: 10_000,
  });
  const [news, setNews] = useState<string | null>(null);
  const [changing, setChanging] = useState<Item | null>(null);
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: async (item: Item) => {
      // Availability alone: the name and price stay as the server has them, whatever this page last read.
      const { data, error } = await api.PUT('/api/restaurant/menu-items/{itemId}/availability', {
        params: { path: { itemId: item.id } },
        body: { available: !item.available },
      });
      if (error) throw error;
      return data;
    },
    onSuccess: (saved) =>
      setNews(saved.available ? `${saved.name} is back on the menu.` : `${saved.name} is off the menu: customers cannot order it until you put it back.`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['menu'] }),
  });
  const currency = wallet.data?.currency;
  const columns = [
    { header: 'Item', cell: (i: Item) => i.name },
    { header: 'Price', align: 'right' as const, cell: (i: Item) => <OptionalMoney money={i.price} /> },
    {
      header: 'Customers see it',
      cell: (i: Item) => (i.available ? <Badge color="teal">On the menu</Badge> : <Badge color="gray">Off the menu</Badge>),
    },
    {
      header: '',
      cell: (i: Item) => (
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => setChanging(i)} aria-label={`Change ${i.name}`}>
            Change
          </Button>
          <Button
            size="xs"
            variant="light"
            loading={toggle.isPending && toggle.variables?.id === i.id}
            onClick={() => toggle.mutate(i)}
            // The visible words first, so a voice command that says them finds the button (WCAG 2.5.3).
            aria-label={`${i.available ? 'Take off the menu' : 'Put back on the menu'}: ${i.name}`}
          >
            {i.available ? 'Take off the menu' : 'Put back on the menu'}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>Menu</Title>
      <Text>
        What customers can order from you. Prices are in your wallet’s currency; an order keeps the price it was placed at, so a change applies to the next
        orders. Take an item off the menu when it runs out, and put it back when you have it again.
      </Text>
      {news && (
        <Text role="status" c="teal.9">
          {news}
        </Text>
      )}
      {toggle.isError && <ProblemAlert title="The menu was not changed" error={toggle.error} />}
      <Section title="Your items">
        <QueryState query={menu}>
          {(m) => (
            <DataTable
              label="Menu items"
              minWidth={560}
              columns={columns}
              rows={m.items}
              rowKey={(i) => i.id}
              empty="No items yet: add the first below. Customers see your restaurant’s menu once it has an item they can order."
            />
          )}
        </QueryState>
      </Section>
      <Section title="Add an item">
        <QueryState query={wallet}>{(w) => <MenuItemForm currency={w.currency} onSaved={(saved) => setNews(`${saved.name} added to the menu.`)} />}</QueryState>
      </Section>
      <Modal opened={changing !== null} onClose={() => setChanging(null)} title={changing ? `Change ${changing.name}` : ''}>
        {changing && currency && (
          <MenuItemForm
            currency={currency}
            item={changing}
            onSaved={(saved) => {
              setChanging(null);
              setNews(`${saved.name} saved.`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
