import { cleanup, screen, within } from '@testing-library/react';
import type { Schemas } from '@ziba/api-client';
import { afterEach, expect, it, vi } from 'vitest';
import { openAt } from './router-for-tests.tsx';
import { serve, trip } from './trip-fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const step = (toStatus: Schemas['Trip']['status'], at: string) => ({ fromStatus: '', toStatus, actorType: 'USER', actorId: 'u', at });

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
  for (const words of ['Food₦6,200.00', 'Delivery fee₦600.00', 'Total₦6,800.00', 'PaymentWallet (amount on hold)', 'Distance3 km', 'Paid outNot yet'])
    expect(text).toContain(words);
  const timeline = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
  expect(timeline.map((r) => r.textContent?.split(/\d/)[0])).toEqual(['Placed', 'Accepted', 'Delivered']);
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
  expect(timeline.map((r) => r.textContent?.split(/\d/)[0])).toEqual(['Placed', 'Accepted', 'Preparing', 'Ready for pick-up', 'Driver assigned', 'Picked up']);
});

it('shows a ride’s fare, distance and driver, without food lines', async () => {
  const ride = trip({ distanceMeters: 8_300, paymentMethod: 'CASH', holdState: 'NONE', fare: { amount: '174500', currency: 'NGN' } });
  serve('DRIVER', { [`/api/trips/${ride.id}`]: () => ride });
  openAt(`/trips/${ride.id}`);
  expect(await screen.findByRole('heading', { name: 'Ride receipt' })).toBeTruthy();
  const text = document.body.textContent!;
  for (const words of ['Total₦1,745.00', 'PaymentCash', 'Distance8.3 km', 'DriverAssigned']) expect(text).toContain(words);
  expect(screen.queryByRole('region', { name: 'Items' })).toBeNull();
  expect(text).not.toContain('Delivery fee');
});

it('sends a restaurant back to its orders, and says when a trip cannot be found', async () => {
  serve('RESTAURANT', {});
  openAt(`/trips/${crypto.randomUUID()}`);
  expect(await screen.findByText('Could not load this')).toBeTruthy();
  expect(await screen.findByRole('link', { name: 'All orders' })).toBeTruthy();
});
