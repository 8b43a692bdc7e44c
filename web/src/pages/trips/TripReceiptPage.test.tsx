import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@ziba/api-client';
import { afterEach, expect, it, vi } from 'vitest';
import { formatMoney } from '../../money/format-money.ts';
import { openAt } from './router-for-tests.tsx';
import { serve, trip } from './trip-fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The text of a section, from its heading. */
const earningsText = (heading: HTMLElement) => heading.parentElement!.textContent!;

const step = (toStatus: Schemas['Trip']['status'], at: string) => ({ fromStatus: null, toStatus, actorType: 'USER', actorId: 'u', at });

it('shows a food order’s lines, subtotal, delivery fee and total as the server sent them, with its timeline', async () => {
  const order = trip({
    serviceType: 'FOOD',
    status: 'DELIVERED',
    holdState: 'HELD',
    distanceMeters: 3_000,
    fare: { amount: '680000', currency: 'NGN' },
    foodSubtotal: { amount: '620000', currency: 'NGN' },
    deliveryFee: { amount: '60000', currency: 'NGN' },
    settledAt: null,
    items: [
      {
        menuItemId: 'm1',
        name: 'Jollof rice',
        quantity: 2,
        unitPrice: { amount: '250000', currency: 'NGN' },
        lineTotal: { amount: '500000', currency: 'NGN' },
      },
      { menuItemId: 'm2', name: 'Suya', quantity: 1, unitPrice: { amount: '120000', currency: 'NGN' }, lineTotal: { amount: '120000', currency: 'NGN' } },
    ],
    transitions: [step('PLACED', '2026-11-30T18:05:00.000Z'), step('ACCEPTED', '2026-11-30T18:06:00.000Z'), step('DELIVERED', '2026-11-30T18:40:00.000Z')],
  });
  serve('RIDER', { [`/api/trips/${order.id}`]: () => order });
  openAt(`/trips/${order.id}`);
  expect(await screen.findByRole('heading', { name: 'Food order receipt' })).toBeTruthy();
  const items = within(screen.getByRole('region', { name: 'Items' }))
    .getAllByRole('row')
    .slice(1);
  expect(items.map((r) => r.textContent)).toEqual(['Jollof rice2₦2,500.00₦5,000.00', 'Suya1₦1,200.00₦1,200.00']);
  const text = document.body.textContent!;
  for (const words of ['Food₦6,200.00', 'Delivery fee₦600.00', 'Total₦6,800.00', 'PaymentWallet (amount on hold)', 'Distance3 km'])
    expect(text).toContain(words);
  // The customer's payment is its Payment line: no payout date, no earnings, no bare "Assigned".
  for (const words of ['Settled', 'Paid out', 'Assigned', 'Your earnings']) expect(text).not.toContain(words);
  const timeline = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
  expect(timeline.map((r) => r.textContent?.split(/[A-Z][a-z]{2} \d/)[0])).toEqual(['Placed', 'Accepted by the restaurant', 'Delivered']);
  expect(screen.getByRole('link', { name: 'All trips' })).toBeTruthy();
});

it('shows a driver taking a food order as “Driver assigned”, not a second “Ready for pick-up”', async () => {
  const driverId = crypto.randomUUID();
  const moved = (fromStatus: string, toStatus: Schemas['Trip']['status'], at: string, actorId = 'r') => ({
    fromStatus,
    toStatus,
    actorType: 'USER',
    actorId,
    at,
  });
  const order = trip({
    serviceType: 'FOOD',
    status: 'PICKED_UP',
    driverId,
    transitions: [
      moved('', 'PLACED', '2026-11-30T18:05:00.000Z', 'u'),
      moved('PLACED', 'ACCEPTED', '2026-11-30T18:06:00.000Z'),
      moved('ACCEPTED', 'PREPARING', '2026-11-30T18:07:00.000Z'),
      moved('PREPARING', 'READY_FOR_PICKUP', '2026-11-30T18:20:00.000Z'),
      moved('READY_FOR_PICKUP', 'READY_FOR_PICKUP', '2026-11-30T18:22:00.000Z', driverId),
      moved('READY_FOR_PICKUP', 'PICKED_UP', '2026-11-30T18:30:00.000Z', driverId),
    ],
  });
  serve('RIDER', { [`/api/trips/${order.id}`]: () => order });
  openAt(`/trips/${order.id}`);
  const timeline = within(await screen.findByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
  expect(timeline.map((r) => r.textContent?.split(/[A-Z][a-z]{2} \d/)[0])).toEqual([
    'Placed',
    'Accepted by the restaurant',
    'Preparing',
    'Ready for pick-up',
    'Driver assigned',
    'Picked up',
  ]);
});

it('shows a cash ride’s driver the fare, the commission on it and what they earned, without food lines', async () => {
  const ride = trip({
    distanceMeters: 8_300,
    paymentMethod: 'CASH',
    holdState: 'NONE',
    fare: { amount: '174500', currency: 'NGN' },
    yourShare: { earned: { amount: '139600', currency: 'NGN' }, commission: { amount: '34900', currency: 'NGN' }, commissionBps: 2000 },
  });
  serve('DRIVER', { [`/api/trips/${ride.id}`]: () => ride });
  openAt(`/trips/${ride.id}`);
  expect(await screen.findByRole('heading', { name: 'Ride receipt' })).toBeTruthy();
  const text = document.body.textContent!;
  for (const words of ['Total₦1,745.00', 'PaymentCash', 'Distance8.3 km', 'Settled']) expect(text).toContain(words);
  const earnings = earningsText(screen.getByRole('heading', { name: 'Your earnings' }));
  for (const words of ['Fare₦1,745.00', 'Commission (20%)−₦349.00', 'You keep₦1,396.00', 'you collected ₦1,745.00 from the customer', 'You owe the commission'])
    expect(earnings).toContain(words);
  expect(screen.queryByRole('region', { name: 'Items' })).toBeNull();
  expect(text).not.toContain('Delivery fee');
});

it('shows a restaurant its part of a food order: the food, less its commission', async () => {
  const order = trip({
    serviceType: 'FOOD',
    restaurantId: '00000000-0000-4000-8000-000000000003',
    fare: { amount: '680000', currency: 'NGN' },
    foodSubtotal: { amount: '620000', currency: 'NGN' },
    deliveryFee: { amount: '60000', currency: 'NGN' },
    yourShare: { earned: { amount: '527000', currency: 'NGN' }, commission: { amount: '93000', currency: 'NGN' }, commissionBps: 1500 },
  });
  serve('RESTAURANT', { [`/api/trips/${order.id}`]: () => order });
  openAt(`/trips/${order.id}`);
  const earnings = earningsText(await screen.findByRole('heading', { name: 'Your earnings' }));
  for (const words of ['Food₦6,200.00', 'Commission (15%)−₦930.00', 'You earned₦5,270.00', 'Paid into your wallet']) expect(earnings).toContain(words);
});

it('tells a cash food order’s driver they took the whole total at the door, the food’s part the restaurant’s; and the restaurant that its food was paid through the driver', async () => {
  const order = trip({
    serviceType: 'FOOD',
    paymentMethod: 'CASH',
    holdState: 'NONE',
    restaurantId: '00000000-0000-4000-8000-000000000003',
    fare: { amount: '54480', currency: 'NGN' },
    foodSubtotal: { amount: '1010', currency: 'NGN' },
    deliveryFee: { amount: '53470', currency: 'NGN' },
    yourShare: { earned: { amount: '42776', currency: 'NGN' }, commission: { amount: '10694', currency: 'NGN' }, commissionBps: 2000 },
  });
  serve('DRIVER', { [`/api/trips/${order.id}`]: () => order });
  openAt(`/trips/${order.id}`);
  const driverWords = earningsText(await screen.findByRole('heading', { name: 'Your earnings' }));
  expect(driverWords).toContain(
    'you collected the order’s total, ₦544.80, at the door. ₦10.10 of it is the restaurant’s for the food; your ₦534.70 is not in your wallet.',
  );
  cleanup();
  serve('RESTAURANT', { [`/api/trips/${order.id}`]: () => order });
  openAt(`/trips/${order.id}`);
  const restaurantWords = earningsText(await screen.findByRole('heading', { name: 'Your earnings' }));
  expect(restaurantWords).toContain('the customer paid the food’s ₦10.10 in cash, through the driver, so it is not in your wallet.');
});

it('sends a restaurant back to its orders, and says when a trip cannot be found', async () => {
  serve('RESTAURANT', {});
  openAt(`/trips/${crypto.randomUUID()}`);
  expect(await screen.findByText('Could not load this')).toBeTruthy();
  expect(await screen.findByRole('link', { name: 'All orders' })).toBeTruthy();
});

it('lets a rider cancel a running ride behind a confirmation that says the held fare comes back', async () => {
  const ride = trip({ status: 'IN_PROGRESS', holdState: 'HELD', settledAt: null, nextActions: ['cancel'] });
  const asked = serve('RIDER', {
    [`/api/trips/${ride.id}`]: () => ride,
    [`/api/trips/${ride.id}/cancel`]: () => ({ ...ride, status: 'CANCELLED_BY_RIDER', holdState: 'RELEASED', nextActions: [] }),
  });
  openAt(`/trips/${ride.id}`);
  fireEvent.click(await screen.findByRole('button', { name: 'Cancel ride' }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain(`The ${formatMoney(ride.fare!.amount, ride.fare!.currency)} held in the rider’s wallet is given back to them.`);
  expect(asked).not.toContain(`/api/trips/${ride.id}/cancel`);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel ride' }));
  await waitFor(() => expect(asked).toContain(`/api/trips/${ride.id}/cancel`));
});
