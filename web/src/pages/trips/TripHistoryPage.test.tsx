import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { openAt } from './router-for-tests.tsx';
import { json, serve, trip } from './trip-fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const table = (name: string) => screen.findByRole('region', { name });
const rows = async (name: string) =>
  within(await table(name))
    .getAllByRole('row')
    .slice(1);

it('lists a rider’s rides and food orders with kind, status and total, and reads on with "Show more"', async () => {
  const ride = trip({ fare: { amount: '231500', currency: 'NGN' } });
  const order = trip({ serviceType: 'FOOD', status: 'PREPARING', paymentMethod: 'CASH', holdState: 'NONE', fare: { amount: '680000', currency: 'NGN' } });
  const older = trip({ status: 'CANCELLED_BY_RIDER', holdState: 'RELEASED', fare: { amount: '99900', currency: 'NGN' } });
  const asked = serve('RIDER', {
    '/api/trips': (url) =>
      url.searchParams.get('cursor') === ride.id ? { trips: [older], page: { nextCursor: null } } : { trips: [order, ride], page: { nextCursor: ride.id } },
  });
  openAt('/trips');
  expect(await screen.findByRole('heading', { name: 'Trips' })).toBeTruthy();
  await waitFor(async () => expect(await rows('Trips')).toHaveLength(2));
  const [first, second] = await rows('Trips');
  expect(first!.textContent).toContain('Food order');
  expect(first!.textContent).toContain('Preparing');
  expect(first!.textContent).toContain('Cash');
  expect(first!.textContent).toContain('₦6,800.00');
  expect(second!.textContent).toContain('Ride');
  expect(second!.textContent).toContain('Settled');
  expect(second!.textContent).toContain('Wallet (charged)');
  expect(second!.textContent).toContain('₦2,315.00');

  fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
  await waitFor(async () => expect(await rows('Trips')).toHaveLength(3));
  const third = (await rows('Trips'))[2]!;
  expect(third.textContent).toContain('Cancelled by the customer');
  expect(third.textContent).toContain('₦999.00');
  expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  expect(asked.filter((a) => a.startsWith('/api/trips'))).toEqual(['/api/trips?limit=50', `/api/trips?limit=50&cursor=${ride.id}`]);
  expect(screen.queryByRole('columnheader', { name: 'Your earnings' })).toBeNull();
});

it('shows a driver what they earned on each settled trip, “After settlement” on a finished one, and a dash before', async () => {
  const settled = trip({
    fare: { amount: '174500', currency: 'NGN' },
    yourShare: { earned: { amount: '139600', currency: 'NGN' }, commission: { amount: '34900', currency: 'NGN' }, commissionBps: 2000 },
  });
  const delivery = trip({
    serviceType: 'FOOD',
    status: 'PICKED_UP',
    fare: { amount: '680000', currency: 'NGN' },
    foodSubtotal: { amount: '611200', currency: 'NGN' },
    deliveryFee: { amount: '68800', currency: 'NGN' },
  });
  const completed = trip({ status: 'COMPLETED', fare: { amount: '174500', currency: 'NGN' } });
  serve('DRIVER', { '/api/trips': () => ({ trips: [delivery, settled, completed], page: { nextCursor: null } }) });
  openAt('/trips');
  expect(await screen.findByRole('columnheader', { name: 'Your earnings' })).toBeTruthy();
  expect(screen.getByRole('columnheader', { name: 'Fare or delivery fee' })).toBeTruthy();
  await waitFor(async () => expect(await rows('Trips')).toHaveLength(3));
  const [first, second, third] = await rows('Trips');
  // Done and waiting for settlement: the earnings are on their way, not none.
  expect(third!.textContent).toContain('After settlement');
  expect(first!.textContent).not.toContain('After settlement');
  // A delivery's driver sees the delivery fee, their part, not the customer's whole bill.
  expect(first!.textContent).toContain('₦688.00');
  expect(first!.textContent).not.toContain('₦6,800.00');
  expect(first!.textContent).toContain('—');
  expect(second!.textContent).toContain('₦1,745.00');
  expect(second!.textContent).toContain('₦1,396.00');
});

it('opens a row’s receipt', async () => {
  const ride = trip({ distanceMeters: 8_300 });
  serve('RIDER', { '/api/trips': () => ({ trips: [ride], page: { nextCursor: null } }), [`/api/trips/${ride.id}`]: () => ride });
  const router = openAt('/trips');
  fireEvent.click(await screen.findByRole('link', { name: /^Receipt: Ride of / }));
  expect(await screen.findByRole('heading', { name: 'Ride receipt' })).toBeTruthy();
  expect(router.state.location.pathname).toBe(`/trips/${ride.id}`);
});

it('tells a driver what the list holds, and says so when there is nothing yet', async () => {
  serve('DRIVER', { '/api/trips': () => ({ trips: [], page: { nextCursor: null } }) });
  openAt('/trips');
  expect(await screen.findByText('No trips yet.')).toBeTruthy();
  expect(await screen.findByText(/The trips and deliveries you drive/)).toBeTruthy();
});

it('offers a driver the next step of a trip under way on its row, and no cancel there', async () => {
  const ride = trip({ status: 'DRIVER_ARRIVING', nextActions: ['arrive', 'cancel'] });
  const asked = serve('DRIVER', {
    '/api/trips': () => ({ trips: [ride], page: { nextCursor: null } }),
    [`/api/trips/${ride.id}/arrive`]: () => ({ ...ride, status: 'DRIVER_ARRIVED', nextActions: ['start', 'cancel'] }),
  });
  openAt('/trips');
  expect(await screen.findByRole('columnheader', { name: 'Next step' })).toBeTruthy();
  fireEvent.click(await screen.findByRole('button', { name: 'Arrived at pick-up' }));
  expect(screen.queryByRole('button', { name: /^Cancel/ })).toBeNull();
  await waitFor(() => expect(asked).toContain(`/api/trips/${ride.id}/arrive`));
});

it('lists a restaurant’s orders from its food-order list', async () => {
  const order = trip({ serviceType: 'FOOD', status: 'PLACED', fare: { amount: '560000', currency: 'NGN' } });
  const asked = serve('RESTAURANT', { '/api/food-orders': () => ({ trips: [order], page: { nextCursor: null } }) });
  openAt('/orders');
  expect(await screen.findByRole('heading', { name: 'Orders' })).toBeTruthy();
  await waitFor(async () => expect(await rows('Orders')).toHaveLength(1));
  const [row] = await rows('Orders');
  expect(row!.textContent).toContain('Placed');
  expect(row!.textContent).toContain('₦5,600.00');
  expect(asked).toContain('/api/food-orders?limit=50');
  expect(asked.some((a) => a.startsWith('/api/trips'))).toBe(false);
});

it('offers a restaurant the next step the server names on each order, and reads the list again once it is taken', async () => {
  const order = trip({ serviceType: 'FOOD', status: 'PLACED', nextActions: ['accept', 'cancel'] });
  const asked = serve('RESTAURANT', {
    '/api/food-orders': () => ({ trips: [order], page: { nextCursor: null } }),
    [`/api/food-orders/${order.id}/accept`]: () => ({ ...order, status: 'ACCEPTED', nextActions: ['prepare', 'cancel'] }),
  });
  openAt('/orders');
  const accept = await screen.findByRole('button', { name: 'Accept order' });
  // Cancelling is on the order's own page, behind a confirmation, not one slip away in the list.
  expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
  fireEvent.click(accept);
  await waitFor(() => expect(asked).toContain(`/api/food-orders/${order.id}/accept`));
  await waitFor(() => expect(asked.filter((a) => a === '/api/food-orders?limit=50')).toHaveLength(2));
});

it('tells a restaurant whose funds fall short when accepting an order cannot lock its total: the customer’s', async () => {
  const order = trip({ serviceType: 'FOOD', status: 'PLACED', nextActions: ['accept', 'cancel'] });
  serve('RESTAURANT', {
    '/api/food-orders': () => ({ trips: [order], page: { nextCursor: null } }),
    [`/api/food-orders/${order.id}/accept`]: () =>
      json(
        {
          type: 'about:blank',
          title: 'Unprocessable Entity',
          status: 422,
          code: 'INSUFFICIENT_FUNDS',
          detail: 'the customer’s wallet does not cover the fare',
        },
        422,
      ),
  });
  openAt('/orders');
  fireEvent.click(await screen.findByRole('button', { name: 'Accept order' }));
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('That step was not taken')).toBeTruthy();
  expect(
    within(alert).getByText(
      'The customer’s wallet does not cover this order’s total now (their money may be on hold for another trip or order), so this step cannot be taken yet. Try again once that ends, or cancel the order.',
    ),
  ).toBeTruthy();
  expect(within(alert).queryByText(/Your available balance/)).toBeNull();
});

it('shows the server’s refusal when the list cannot be read', async () => {
  serve('RIDER', {});
  openAt('/trips');
  expect(await screen.findByText('Could not load this')).toBeTruthy();
});
