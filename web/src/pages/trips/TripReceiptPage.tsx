import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { meQuery, tripLinesQuery } from '../../api/queries.ts';
import { tripQuery } from '../../api/trip-queries.ts';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Money, OptionalMoney } from '../../components/Money.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowItem, RowList } from '../../components/RowList.tsx';
import { bpsToPercent } from '../../money/percent.ts';
import { Section } from '../../components/Section.tsx';
import { TestModeBadge } from '../../components/TestModeBadge.tsx';
import { TripStatusBadge } from './TripStatusBadge.tsx';
import { TripSteps } from './TripSteps.tsx';
import { receiptRefunds, type ReceiptRefund } from './receipt-refunds.ts';
import { distanceWords, isSettledOrCancelled, kindWord, paymentWords, stepWords, when } from './trip-words.ts';

type Trip = Schemas['Trip'];
type Item = Schemas['OrderItem'];

const ITEM_COLUMNS: Column<Item>[] = [
  { header: 'Item', cell: (i) => i.name },
  { header: 'Quantity', align: 'right', cell: (i) => i.quantity },
  moneyColumn('Price', (i) => i.unitPrice),
  moneyColumn('Amount', (i) => i.lineTotal),
];

const PAIRS: CSSProperties = { display: 'grid', gridTemplateColumns: 'minmax(7rem, 40%) minmax(0, 1fr)', columnGap: 'var(--mantine-spacing-sm)', rowGap: 4 };

/** Label and value pairs as a definition list. */
function Pairs({ pairs }: { pairs: Array<[string, ReactNode]> }) {
  return (
    <Box component="dl" fz="sm" m={0} style={PAIRS}>
      {pairs.map(([label, value]) => (
        <Fragment key={label}>
          <Box component="dt" c="dimmed">
            {label}
          </Box>
          <Box component="dd" m={0}>
            {value}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}

/** Every amount as the server sent it: the lines and parts of a food order, the fare of a ride or parcel, and what support gave back of it. */
function FareSection({ trip, refunds }: { trip: Trip; refunds: ReceiptRefund[] }) {
  const food = trip.serviceType === 'FOOD';
  return (
    <Section title={food ? 'Order' : 'Fare'}>
      <Stack gap="sm">
        {food && <DataTable label="Items" minWidth={420} columns={ITEM_COLUMNS} rows={trip.items} rowKey={(i) => i.menuItemId} empty="No items." />}
        <Pairs
          pairs={[
            ...(food
              ? ([
                  ['Food', <OptionalMoney key="food" money={trip.foodSubtotal} />],
                  ['Delivery fee', <OptionalMoney key="fee" money={trip.deliveryFee} />],
                ] as Array<[string, ReactNode]>)
              : []),
            [
              'Total',
              <Text key="total" span fw={700}>
                <OptionalMoney money={trip.fare} />
              </Text>,
            ],
            ['Payment', paymentWords(trip)],
            ...refundPairs(refunds),
          ]}
        />
      </Stack>
    </Section>
  );
}

/** Each refund: its amount, when and why, as support wrote it. */
function refundPairs(refunds: ReceiptRefund[]): Array<[string, ReactNode]> {
  return refunds.map((r, i): [string, ReactNode] => [
    refunds.length > 1 ? `Refund ${i + 1}` : 'Refunded',
    <span key={i}>
      +<Money amount={r.amount} currency={r.currency} /> to your wallet, {when(r.at)}
      {r.reason ? `: ${r.reason}` : ''}
    </span>,
  ]);
}

/** What a trip's earner's part is called: a ride's fare, a food order's delivery fee (its driver) or food (its restaurant). */
const partWord = (trip: Trip, restaurant: boolean) => (trip.serviceType !== 'FOOD' ? 'Fare' : restaurant ? 'Food' : 'Delivery fee');

/** The reading driver's or restaurant's own part of a settled trip: the part, the commission on it, and what they earned. */
function ShareSection({ trip, share, restaurant }: { trip: Trip; share: NonNullable<Trip['yourShare']>; restaurant: boolean }) {
  const money = (m: { amount: string; currency: string }) => <Money amount={m.amount} currency={m.currency} />;
  const part = restaurant ? trip.foodSubtotal : trip.serviceType === 'FOOD' ? trip.deliveryFee : trip.fare;
  const cash = trip.paymentMethod === 'CASH';
  return (
    <Section title="Your earnings">
      <Stack gap="xs">
        <Pairs
          pairs={[
            [partWord(trip, restaurant), <OptionalMoney key="part" money={part} />],
            [`Commission (${bpsToPercent(share.commissionBps)})`, <span key="commission">−{money(share.commission)}</span>],
            [
              cash ? 'You keep' : 'You earned',
              <Text key="earned" span fw={700}>
                {money(share.earned)}
              </Text>,
            ],
          ]}
        />
        <Text size="sm" c="dimmed">
          {cash ? (
            <>
              <CashWords trip={trip} part={part} restaurant={restaurant} /> You owe the commission: weekly netting takes it from your available balance, as far
              as that covers it.
            </>
          ) : (
            `Paid into your wallet when the ${trip.serviceType === 'FOOD' ? 'order' : 'trip'} was settled.`
          )}
        </Text>
      </Stack>
    </Section>
  );
}

/**
 * Where a cash trip's money went, for its reader. A food order's driver takes the whole total at the
 * door, the food's part of it for the restaurant; a ride's driver takes the fare.
 */
function CashWords({ trip, part, restaurant }: { trip: Trip; part: Trip['fare']; restaurant: boolean }) {
  if (trip.serviceType !== 'FOOD')
    return (
      <>
        Paid in cash: you collected <OptionalMoney money={part} /> from the customer, so it is not in your wallet.
      </>
    );
  if (restaurant)
    return (
      <>
        Paid in cash: the customer paid the food’s <OptionalMoney money={part} /> in cash, through the driver, so it is not in your wallet.
      </>
    );
  return (
    <>
      Paid in cash: you collected the order’s total, <OptionalMoney money={trip.fare} />, at the door. <OptionalMoney money={trip.foodSubtotal} /> of it is the
      restaurant’s for the food; your <OptionalMoney money={part} /> is not in your wallet.
    </>
  );
}

/** One trip or food order: the steps the reader may take now, what was paid and how, the route length, and each step with its time. */
export function TripReceiptPage() {
  const { tripId } = useParams({ from: '/trips/$tripId' });
  // While the trip moves (a driver's or restaurant's step elsewhere), the page follows it, so it never offers a step the server has closed.
  const trip = useQuery({ ...tripQuery(tripId), refetchInterval: (q) => (q.state.data && isSettledOrCancelled(q.state.data.status) ? false : 10_000) });
  const me = useQuery(meQuery);
  // Support refunds a settled trip's customer: their receipt says so (their own lines of it).
  const lines = useQuery({ ...tripLinesQuery(tripId), enabled: me.data?.role === 'RIDER' && trip.data?.status === 'SETTLED' });
  const restaurant = me.data?.role === 'RESTAURANT';
  const earner = restaurant || me.data?.role === 'DRIVER';
  return (
    <Stack>
      <AnchorLink to={restaurant ? '/orders' : '/trips'} size="sm">
        {restaurant ? 'All orders' : 'All trips'}
      </AnchorLink>
      <QueryState query={trip}>
        {(t) => {
          const cancelled = t.status.startsWith('CANCELLED');
          return (
            <Stack>
              <Group gap="sm">
                <Title order={2}>{kindWord(t.serviceType)} receipt</Title>
                <TripStatusBadge status={t.status} kind={t.serviceType} />
                <TestModeBadge mode={t.mode} />
              </Group>
              <TripSteps trip={t} />
              <FareSection trip={t} refunds={receiptRefunds(lines.data?.transactions ?? [])} />
              {t.yourShare && <ShareSection trip={t} share={t.yourShare} restaurant={restaurant} />}
              <Section title="Details">
                <Pairs
                  pairs={[
                    ['Date', when(t.createdAt)],
                    ['Distance', distanceWords(t.distanceMeters)],
                    ...(t.driverId ? [] : ([['Driver', cancelled ? 'None' : 'Not assigned yet']] as Array<[string, ReactNode]>)),
                    // The customer's payment is the Payment line above; an earner is told when they were paid.
                    ...(earner
                      ? ([['Settled', t.settledAt ? when(t.settledAt) : cancelled ? 'Never: it was cancelled' : 'Not yet']] as Array<[string, ReactNode]>)
                      : []),
                    ['Reference', t.id],
                  ]}
                />
              </Section>
              <Section title="Timeline">
                <RowList label="Timeline">
                  {t.transitions.map((x, i) => (
                    <RowItem key={i}>
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text size="sm">{stepWords(x, t.driverId, t.serviceType)}</Text>
                        <Text size="xs" c="dimmed">
                          {when(x.at)}
                        </Text>
                      </Group>
                    </RowItem>
                  ))}
                </RowList>
              </Section>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
