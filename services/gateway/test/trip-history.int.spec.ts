import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, expectProblem, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;
const { adminToken, onlineDriver, fundedRider } = people(() => client);

type User = { id: string; token: string };
let rider: User;
let driver: User;
let restaurant: User;
/** The rider's trips, oldest first: three rides (the first two driven by `driver`), then a food order. */
const made: string[] = [];
let orderId: string;
let menuItemId: string;

const history = (token: string, query = '') => client.call('GET', `/api/trips${query}`, { token });
const ids = (r: { body: { trips: Array<{ id: string }> } }) => r.body.trips.map((t) => t.id);

/** Every trip of a list, walked page by page through `page.nextCursor`. */
async function walk(token: string, query: string) {
  const seen: string[] = [];
  for (let cursor: string | null = null, pages = 0; pages < 20; pages += 1) {
    const r = await history(token, `${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(r.status).toBe(200);
    seen.push(...ids(r));
    cursor = r.body.page.nextCursor;
    if (cursor === null) return seen;
  }
  throw new Error('the walk did not end');
}

beforeAll(async () => {
  stack = await startStack('gwhist');
  client = api(stack.url);
  [rider, driver, restaurant] = await Promise.all([fundedRider(10_000), onlineDriver(), client.register('RESTAURANT', 'NG')]);
  await client.saveProfile(restaurant.token, 'NG');
  const item = await client.call('POST', '/api/restaurant/menu-items', {
    token: restaurant.token,
    body: { name: 'Jollof rice', price: 250_000, available: true },
  });
  menuItemId = item.body.id;
  for (let i = 0; i < 3; i += 1) {
    const r = await client.call('POST', '/api/trips', { token: rider.token, body: { serviceType: 'RIDE', paymentMethod: 'CASH', distanceMeters: 4_000 + i } });
    if (r.status !== 201) throw new Error(`requesting a ride failed: ${r.text}`);
    made.push(r.body.id);
  }
  // The driver drives the first to its end, then takes the second (a driver is on one trip at a time).
  for (const [id, steps] of [
    [made[0]!, ['accept', 'arrive', 'start', 'complete']],
    [made[1]!, ['accept']],
  ] as const) {
    for (const step of steps) {
      const r = await client.call('POST', `/api/trips/${id}/${step}`, { token: driver.token });
      if (r.status !== 200) throw new Error(`${step} failed: ${r.text}`);
    }
  }
  const order = await client.call('POST', '/api/food-orders', {
    token: rider.token,
    body: { restaurantId: restaurant.id, lines: [{ menuItemId, quantity: 2 }], paymentMethod: 'CASH', distanceMeters: 3_000 },
  });
  if (order.status !== 201) throw new Error(`ordering failed: ${order.text}`);
  orderId = order.body.id;
  made.push(orderId);
});
afterAll(async () => stack?.stop());

describe('GET /api/trips', () => {
  it('gives a rider their own rides and food orders, newest first, with the fare as minor units', async () => {
    const r = await history(rider.token);
    expect(r.status).toBe(200);
    expect(ids(r)).toEqual([...made].reverse());
    expect(r.body.page).toEqual({ nextCursor: null });
    expect(r.body.trips[3]).toMatchObject({
      id: made[0],
      serviceType: 'RIDE',
      status: 'COMPLETED',
      riderId: rider.id,
      driverId: driver.id,
      distanceMeters: 4_000,
      fare: { amount: expect.stringMatching(/^[0-9]+$/), currency: 'NGN' },
      items: [],
    });
  });

  it('walks every trip exactly once, a page at a time', async () => {
    for (const limit of [1, 3]) expect(await walk(rider.token, `?limit=${limit}`)).toEqual([...made].reverse());
  });

  it('filters by kind', async () => {
    expect(ids(await history(rider.token, '?kind=FOOD'))).toEqual([orderId]);
    expect(await walk(rider.token, '?kind=RIDE&limit=2')).toEqual(made.slice(0, 3).reverse());
    expect(ids(await history(rider.token, '?kind=PARCEL'))).toEqual([]);
  });

  it('gives a driver the trips they drove', async () => {
    expect(ids(await history(driver.token))).toEqual(made.slice(0, 2).reverse());
  });

  it('gives a restaurant the orders placed with it, with their lines, here and under /api/food-orders', async () => {
    const expected = {
      id: orderId,
      serviceType: 'FOOD',
      restaurantId: restaurant.id,
      foodSubtotal: { amount: '500000', currency: 'NGN' },
      items: [
        { menuItemId, name: 'Jollof rice', quantity: 2, unitPrice: { amount: '250000', currency: 'NGN' }, lineTotal: { amount: '500000', currency: 'NGN' } },
      ],
    };
    const r = await history(restaurant.token);
    expect(r.body.trips).toEqual([expect.objectContaining(expected)]);
    const orders = await client.call('GET', '/api/food-orders?limit=5', { token: restaurant.token });
    expect(orders).toMatchObject({ status: 200, body: { trips: [expected], page: { nextCursor: null } } });
    // The rider's food list holds no rides.
    expect(ids(await client.call('GET', '/api/food-orders', { token: rider.token }))).toEqual([orderId]);
    // The receipt of one order carries the same lines.
    expect(await client.call('GET', `/api/food-orders/${orderId}`, { token: rider.token })).toMatchObject({ status: 200, body: expected });
  });

  it('gives anyone else none of them', async () => {
    const others = await Promise.all([client.register('RIDER', 'NG'), client.register('DRIVER', 'NG'), client.register('RESTAURANT', 'NG')]);
    for (const other of others) expect(await history(other.token)).toMatchObject({ status: 200, body: { trips: [], page: { nextCursor: null } } });
  });

  it('refuses a bad cursor, limit or kind with 400 problem+json', async () => {
    const stranger = await client.register('RIDER', 'NG');
    // A trip of another list: well formed, but none this list gave; refused as a malformed one is.
    const foreign = await history(stranger.token, `?cursor=${made[0]}`);
    expectProblem(foreign, 400, 'VALIDATION_FAILED');
    expect(foreign.body.errors).toEqual([{ field: 'cursor', message: 'must be the page.nextCursor of the previous page' }]);
    // A cursor no list could have given is the same refusal on every list, in the same words.
    for (const path of [
      '/api/trips?cursor=not-a-trip',
      '/api/wallet/transactions?cursor=abc',
      '/api/wallet/transactions?cursor=eyJ4IjoxfQ',
      '/api/notifications?cursor=!!!',
    ]) {
      const bad = await client.call('GET', path, { token: rider.token });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
      expect(bad.body.errors).toEqual([{ field: 'cursor', message: 'must be the page.nextCursor of the previous page' }]);
    }
    for (const query of ['?cursor=%27%3B--', '?limit=0', '?limit=101', '?limit=ten', '?kind=HELICOPTER', '?riderId=' + rider.id])
      expectProblem(await history(rider.token, query), 400, 'VALIDATION_FAILED');
  });

  it('shows its parties that an admin settled a trip, and only staff which admin', async () => {
    const [someRider, someDriver] = await Promise.all([fundedRider(10_000), onlineDriver()]);
    const ride = await client.call('POST', '/api/trips', {
      token: someRider.token,
      body: { serviceType: 'RIDE', paymentMethod: 'CASH', distanceMeters: 5_000 },
    });
    for (const action of ['accept', 'arrive', 'start', 'complete'])
      expect((await client.call('POST', `/api/trips/${ride.body.id}/${action}`, { token: someDriver.token })).status).toBe(200);
    const finance = await stack.createAdmin(['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']);
    const financeToken = await client.login(finance.email, finance.password);
    const settlement = await client.call('POST', `/api/trips/${ride.body.id}/settle`, { token: financeToken });
    expect(settlement.status).toBe(200);
    // The driver kept the cash: they are told the commission they now owe, with its amount.
    const notes = await eventually(
      async () => (await client.call('GET', '/api/notifications', { token: someDriver.token })).body,
      (b: { notifications: Array<{ kind: string }> }) => expect(b.notifications.map((n) => n.kind)).toContain('COMMISSION_OWED'),
    );
    expect(notes.notifications).toEqual([expect.objectContaining({ kind: 'COMMISSION_OWED', amount: settlement.body.platformAmount })]);
    const byAdmin = (trip: { transitions: Array<{ actorType: string; actorId: string }> }) => trip.transitions.filter((t) => t.actorType === 'ADMIN');
    const staffView = byAdmin((await client.call('GET', `/api/trips/${ride.body.id}`, { token: financeToken })).body);
    expect(staffView).toHaveLength(1);
    expect(staffView[0]!.actorId).not.toBe('');
    for (const party of [someRider, someDriver]) {
      const one = await client.call('GET', `/api/trips/${ride.body.id}`, { token: party.token });
      expect(byAdmin(one.body)).toEqual([expect.objectContaining({ actorId: '' })]);
      const listed = await history(party.token);
      expect(listed.text).not.toContain(staffView[0]!.actorId);
    }
  });

  it('gives each earner their own share of a settled trip, on its receipt and in their list, and nobody else any', async () => {
    const [someRider, someDriver, cook] = await Promise.all([fundedRider(10_000), onlineDriver(), client.register('RESTAURANT', 'NG')]);
    await client.saveProfile(cook.token, 'NG');
    const dish = await client.call('POST', '/api/restaurant/menu-items', { token: cook.token, body: { name: 'Suya', price: 310_000, available: true } });
    const order = await client.call('POST', '/api/food-orders', {
      token: someRider.token,
      body: { restaurantId: cook.id, lines: [{ menuItemId: dish.body.id, quantity: 1 }], paymentMethod: 'CASH', distanceMeters: 4_000 },
    });
    const steps: Array<[User, string]> = [
      [cook, 'accept'],
      [cook, 'prepare'],
      [someDriver, 'accept-delivery'],
      [cook, 'ready'],
      [someDriver, 'pick-up'],
      [someDriver, 'on-the-way'],
      [someDriver, 'deliver'],
    ];
    for (const [who, action] of steps)
      expect((await client.call('POST', `/api/food-orders/${order.body.id}/${action}`, { token: who.token })).status).toBe(200);
    const receipt = (token: string) => client.call('GET', `/api/trips/${order.body.id}`, { token });
    expect((await receipt(someDriver.token)).body.yourShare).toBeNull(); // delivered, not settled yet
    const admin = await adminToken(stack, ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']);
    const settled = await client.call('POST', `/api/food-orders/${order.body.id}/settle`, { token: admin });
    expect(settled.status).toBe(200);
    const { driverAmount, restaurantAmount, commissionBps, restaurantBps } = settled.body;
    const minus = (a: { amount: string }, b: { amount: string }) => (BigInt(a.amount) - BigInt(b.amount)).toString();

    const driverShare = (await receipt(someDriver.token)).body.yourShare;
    expect(driverShare).toEqual({
      earned: driverAmount,
      commission: { amount: minus(order.body.deliveryFee, driverAmount), currency: 'NGN' },
      commissionBps,
    });
    const cookShare = (await receipt(cook.token)).body.yourShare;
    expect(cookShare).toEqual({
      earned: restaurantAmount,
      commission: { amount: minus(order.body.foodSubtotal, restaurantAmount), currency: 'NGN' },
      commissionBps: restaurantBps,
    });
    expect(BigInt(cookShare.commission.amount)).toBeGreaterThan(0n);
    // The same share in the earner's own list; none for the customer or for staff.
    expect((await history(someDriver.token)).body.trips).toEqual([expect.objectContaining({ id: order.body.id, yourShare: driverShare })]);
    for (const token of [someRider.token, admin]) expect((await receipt(token)).body.yourShare).toBeNull();
  });

  it('is for riders, drivers and restaurants: staff get 403, no token 401', async () => {
    expectProblem(await history(await adminToken(stack, ['VIEW_PAYOUTS'])), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('GET', '/api/trips'), 401, 'UNAUTHENTICATED');
  });
});
