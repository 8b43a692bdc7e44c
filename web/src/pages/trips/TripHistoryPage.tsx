import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { meQuery } from '../../api/queries.ts';
import { useTripHistory, type TripList } from '../../api/trip-queries.ts';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { TripStatusBadge } from './TripStatusBadge.tsx';
import { TripSteps } from './TripSteps.tsx';
import { kindWord, paymentWords, when } from './trip-words.ts';

type Trip = Schemas['Trip'];

const receipt: Column<Trip> = {
  header: '',
  cell: (t) => (
    <AnchorLink to="/trips/$tripId" params={{ tripId: t.id }} aria-label={`Receipt: ${kindWord(t.serviceType)} of ${when(t.createdAt)}`}>
      Receipt
    </AnchorLink>
  ),
};

const COLUMNS: Column<Trip>[] = [
  { header: 'Date', nowrap: true, cell: (t) => when(t.createdAt) },
  { header: 'Kind', cell: (t) => kindWord(t.serviceType) },
  { header: 'Status', cell: (t) => <TripStatusBadge status={t.status} kind={t.serviceType} /> },
  { header: 'Payment', cell: (t) => paymentWords(t) },
];

// The fare the server priced; for a food order, the subtotal plus the delivery fee.
const RIDER_COLUMNS: Column<Trip>[] = [...COLUMNS, moneyColumn('Total', (t) => t.fare), receipt];
// A driver's or restaurant's own earnings on each trip, as the server decided them (the receipt's
// "Your earnings"); "After settlement" once done, a dash before. The trip's price is beside it: not "paid", since
// nothing is paid for an order not yet settled, or cancelled.
const earnerColumns = (price: string, part: (t: Trip) => Trip['fare'] = (t) => t.fare): Column<Trip>[] => [
  ...COLUMNS,
  moneyColumn(price, part),
  yourEarnings,
  receipt,
];
// Done but not yet settled, the earnings are on their way rather than none: the list says so.
const DONE: readonly Trip['status'][] = ['COMPLETED', 'DELIVERED'];
const earned = moneyColumn<Trip>('Your earnings', (t) => t.yourShare?.earned);
const yourEarnings: Column<Trip> = {
  ...earned,
  cell: (t) =>
    !t.yourShare?.earned && DONE.includes(t.status) ? (
      <Text span size="sm" c="dimmed">
        After settlement
      </Text>
    ) : (
      earned.cell(t)
    ),
};
// An earner works a trip from the list: the way forward the server offers (cancel is on the trip's
// page, behind a confirmation); a dash, not an empty cell, when nothing is left for them to do.
const nextStep: Column<Trip> = { header: 'Next step', cell: (t) => (t.nextActions.some((s) => s !== 'cancel') ? <TripSteps trip={t} forwardOnly /> : '—') };
// A driver: arrive, start, complete; pick up and deliver an order. Their part of an order is its
// delivery fee, not the customer's whole bill (the food is the restaurant's).
const driversPart = (t: Trip) => (t.serviceType === 'FOOD' ? t.deliveryFee : t.fare);
const DRIVER_COLUMNS: Column<Trip>[] = [...earnerColumns('Fare or delivery fee', driversPart).slice(0, -1), nextStep, receipt];
// A restaurant: accept, start preparing, ready.
const RESTAURANT_COLUMNS: Column<Trip>[] = [
  // What the kitchen makes, so two orders of the same minute and total are told apart.
  { header: 'Items', cell: (t) => t.items.map((i) => `${i.name} × ${i.quantity}`).join(', ') || '—' },
  ...earnerColumns('Order total').slice(0, -1),
  nextStep,
  receipt,
];

/** A list of the user's trips or orders with "Show more"; each row opens its receipt. */
function TripHistory({ title, intro, list, empty, columns }: { title: string; intro: string; list: TripList; empty: string; columns: Column<Trip>[] }) {
  const trips = useTripHistory(list);
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Text c="dimmed">{intro}</Text>
      <PagedTable label={title} minWidth={640} columns={columns} list={trips} rowKey={(t) => t.id} empty={empty} highlightOnHover />
    </Stack>
  );
}

/** Riders' rides, parcels and food orders; drivers' trips they drove. */
export function TripsPage() {
  const me = useQuery(meQuery);
  const driver = me.data?.role === 'DRIVER';
  return (
    <TripHistory
      title="Trips"
      list="trips"
      intro={
        driver
          ? 'The trips and deliveries you drive, newest first: take the next step of one under way from here. Your earnings are your part after commission, once the trip is settled.'
          : 'Your rides, parcels and food orders, newest first: you request them in the Ziba app, and follow them, cancel one that has not started and keep the receipts here.'
      }
      empty={driver ? 'No trips yet.' : 'No trips or orders yet.'}
      columns={driver ? DRIVER_COLUMNS : RIDER_COLUMNS}
    />
  );
}

/** A restaurant's food orders. */
export function OrdersPage() {
  return (
    <TripHistory
      title="Orders"
      list="food-orders"
      intro="The food orders placed with you, newest first, read again every 10 seconds. Accept a new order, then say when you start preparing it and when it is ready for the driver. The order total includes the delivery fee; your earnings are your part of the food after commission, once the order is settled."
      empty="No orders yet."
      columns={RESTAURANT_COLUMNS}
    />
  );
}
