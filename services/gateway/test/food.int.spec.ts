import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually, expectProblem, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;
/** Tokens of admins with exactly the named permissions. */
let payoutsAdmin: string;
let walletsAdmin: string;
const { adminToken, onlineDriver, fundedRider: fundedCustomer, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwfood');
  client = api(stack.url);
  const tokenOf = (permissions: string[]) => adminToken(stack, permissions);
  [payoutsAdmin, walletsAdmin] = await Promise.all([tokenOf(['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']), tokenOf(['VIEW_WALLETS'])]);
});
afterAll(async () => stack?.stop());

// ---- helpers ----

/** An NG restaurant with a profile and the named items (kobo) on its menu. */
async function restaurantWithMenu(prices: Record<string, number>) {
  const restaurant = await client.register('RESTAURANT', 'NG');
  await client.saveProfile(restaurant.token, 'NG');
  const items: Record<string, { id: string; price: bigint }> = {};
  for (const [name, price] of Object.entries(prices)) {
    const r = await createItem(restaurant.token, { name, price, available: true });
    if (r.status !== 201) throw new Error(`creating a menu item failed: ${r.text}`);
    items[name] = { id: r.body.id, price: BigInt(price) };
  }
  return { ...restaurant, items };
}

const createItem = (token: string, body: Record<string, unknown>) => client.call('POST', '/api/restaurant/menu-items', { token, body });
const placeOrder = (token: string, body: Record<string, unknown>) =>
  client.call('POST', '/api/food-orders', { token, body: { paymentMethod: 'ONLINE', distanceMeters: 3_500, ...body } });
const act = (token: string, orderId: string, action: string, body?: unknown) => client.call('POST', `/api/food-orders/${orderId}/${action}`, { token, body });
const settle = (token: string, orderId: string) => client.call('POST', `/api/food-orders/${orderId}/settle`, { token });
/** The platform's share of `amount` at `bps`, rounded half-up. */
const commission = (amount: bigint, bps: bigint) => (amount * bps + 5_000n) / 10_000n;

// ---- menus ----

describe('restaurant menus', () => {
  // Refused at the edge, so one restaurant serves every validation case.
  let anyRestaurant: { token: string };
  beforeAll(async () => {
    anyRestaurant = await client.register('RESTAURANT', 'NG');
  });

  it('lets a restaurant add and change its own items, in its currency; anyone signed in reads the menu', async () => {
    const restaurant = await client.register('RESTAURANT', 'NG');
    await client.saveProfile(restaurant.token, 'NG');
    const jollof = await createItem(restaurant.token, { name: 'Jollof rice', price: 250_000, available: true });
    expect(jollof).toMatchObject({
      status: 201,
      body: { id: expect.any(String), restaurantId: restaurant.id, name: 'Jollof rice', price: { amount: '250000', currency: 'NGN' }, available: true },
    });
    // A name is one line that shows: customers read it on the menu and the receipt.
    for (const [name, message] of [
      ['Suya\nplatter', 'must be one line of text, not blank'],
      ['\u200B\u200B', 'must not contain control characters, invisible characters or text-direction overrides'],
      ['\u3164', 'must contain a visible character'],
    ]) {
      const refused = await createItem(restaurant.token, { name, price: 1_000, available: true });
      expectProblem(refused, 400, 'VALIDATION_FAILED');
      expect(refused.body.errors).toEqual([{ field: 'name', message }]);
    }
    const suya = await createItem(restaurant.token, { name: 'Suya', price: 120_010, available: true });
    expect(suya).toMatchObject({ status: 201, body: { restaurantId: restaurant.id, price: { amount: '120010', currency: 'NGN' } } });
    expect(suya.body.id).not.toBe(jollof.body.id);

    const changed = await client.call('PUT', `/api/restaurant/menu-items/${suya.body.id}`, {
      token: restaurant.token,
      body: { name: 'Beef suya', price: 130_000, available: false },
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { id: suya.body.id, restaurantId: restaurant.id, name: 'Beef suya', price: { amount: '130000', currency: 'NGN' }, available: false },
    });
    // Back on the menu, changing nothing else: a page showing an old price cannot put it back.
    const availability = (available: boolean, token = restaurant.token, id = suya.body.id) =>
      client.call('PUT', `/api/restaurant/menu-items/${id}/availability`, { token, body: { available } });
    expect(await availability(true)).toMatchObject({ status: 200, body: { name: 'Beef suya', price: { amount: '130000' }, available: true } });
    expect(await availability(true)).toMatchObject({ status: 200, body: { available: true } }); // already so: nothing changes
    expectProblem(await availability(false, anyRestaurant.token), 404, 'MENU_ITEM_NOT_FOUND');
    expectProblem(
      await client.call('PUT', `/api/restaurant/menu-items/${suya.body.id}/availability`, { token: restaurant.token, body: { available: false, price: 1 } }),
      400,
      'VALIDATION_FAILED',
    );
    // A price past what one item of its currency may cost (₦500,000) is a typo of zeros, refused; the item keeps its price.
    const zeros = await client.call('PUT', `/api/restaurant/menu-items/${suya.body.id}`, {
      token: restaurant.token,
      body: { name: 'Beef suya', price: 50_000_001 },
    });
    expectProblem(zeros, 400, 'INVALID_ARGUMENT');
    expect(zeros.body.detail).toBe('price must be at most NGN 500,000.00 for one item');
    // A change without availability keeps it as stored; saving what is there changes and records nothing.
    const change = (body: object) => client.call('PUT', `/api/restaurant/menu-items/${suya.body.id}`, { token: restaurant.token, body });
    expect(await change({ name: 'Beef suya', price: 130_000 })).toMatchObject({ status: 200, body: { available: true } });
    expect(await change({ name: 'Suya (beef)', price: 130_000 })).toMatchObject({ status: 200, body: { name: 'Suya (beef)', available: true } });
    // The trail says who changed what on the item, from what to what, newest first (the repeats recorded nothing).
    const trail = await eventually(
      async () => (await client.call('GET', `/api/admin/audit?entityType=menu_item&entityId=${suya.body.id}`, { token: walletsAdmin })).body,
      (b: { records: Array<{ action: string; actorId: string; changes: unknown; occurredAt: string }> }) => expect(b.records).toHaveLength(4),
    );
    expect(trail.records.map((r) => [r.action, r.actorId, r.changes])).toEqual([
      ['MENU_ITEM_UPDATED', restaurant.id, [{ field: 'name', from: 'Beef suya', to: 'Suya (beef)', currency: null }]],
      ['MENU_ITEM_UPDATED', restaurant.id, [{ field: 'available', from: 'false', to: 'true', currency: null }]],
      [
        'MENU_ITEM_UPDATED',
        restaurant.id,
        [
          { field: 'name', from: 'Suya', to: 'Beef suya', currency: null },
          { field: 'price', from: '120010', to: '130000', currency: 'NGN' },
          { field: 'available', from: 'true', to: 'false', currency: null },
        ],
      ],
      [
        'MENU_ITEM_CREATED',
        restaurant.id,
        [
          { field: 'name', from: null, to: 'Suya', currency: null },
          { field: 'price', from: null, to: '120010', currency: 'NGN' },
          { field: 'available', from: null, to: 'true', currency: null },
        ],
      ],
    ]);

    // Finance's export carries the same changes: JSON in NDJSON, and one JSON cell in the CSV (a name
    // in it cannot start a formula in a spreadsheet).
    const minuteFrom = (r: { occurredAt: string } | undefined, ms: number) => new Date(Date.parse(r!.occurredAt) + ms).toISOString();
    const exported = async (format: string) => {
      const query = `from=${minuteFrom(trail.records.at(-1), -60_000)}&to=${minuteFrom(trail.records[0], 60_000)}`;
      const res = await fetch(`${stack.url}/api/admin/audit/export?${query}&format=${format}&entityType=menu_item&entityId=${suya.body.id}`, {
        headers: { authorization: `Bearer ${walletsAdmin}` },
      });
      expect(res.status).toBe(200);
      return (await res.text()).trim().split('\n');
    };
    const ndjson = (await exported('ndjson')).map((l) => JSON.parse(l));
    expect(ndjson.map((r) => r.changes)).toEqual(trail.records.map((r) => r.changes));
    const [header, newest] = await exported('csv');
    expect(header!.split(',').slice(-4)).toEqual(['changes', 'reason', 'actorEmail', 'amountDecimal']);
    expect(newest!).toContain(',"[{""field"":""name"",""from"":""Beef suya"",""to"":""Suya (beef)"",""currency"":null}]",,');

    const customer = await client.register('RIDER', 'NG');
    const menu = await client.call('GET', `/api/restaurants/${restaurant.id}/menu`, { token: customer.token });
    expect(menu.status).toBe(200);
    expect(menu.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: jollof.body.id, name: 'Jollof rice' })]));
    expectProblem(await client.call('GET', `/api/restaurants/${restaurant.id}/menu`, {}), 401, 'UNAUTHENTICATED');
    expectProblem(await client.call('GET', '/api/restaurants/not-a-uuid/menu', { token: customer.token }), 400, 'VALIDATION_FAILED');
    // An id that is no restaurant (nobody, or a rider) is 404, as ordering from it would be.
    for (const id of [randomUUID(), customer.id])
      expectProblem(await client.call('GET', `/api/restaurants/${id}/menu`, { token: customer.token }), 404, 'RESTAURANT_NOT_FOUND');
  });

  it('is written by restaurants only: a driver, a customer or an admin gets 403, no token 401', async () => {
    const body = { name: 'Pounded yam', price: 150_000, available: true };
    const driver = await client.register('DRIVER', 'NG');
    const customer = await client.register('RIDER', 'NG');
    expectProblem(await createItem(driver.token, body), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await createItem(customer.token, body), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await createItem(payoutsAdmin, body), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('PUT', `/api/restaurant/menu-items/${randomUUID()}`, { token: driver.token, body }), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('POST', '/api/restaurant/menu-items', { body }), 401, 'UNAUTHENTICATED');
  });

  it.each([
    ['another restaurant', { restaurantId: randomUUID() }],
    ['a currency', { currency: 'USD' }],
    ['a price as a string', { price: '150000' }],
    ['a fractional price', { price: 1500.5 }],
    ['a zero price', { price: 0 }],
    ['a price above 10^12, as the contract says', { price: 1_000_000_000_001 }],
    ['an empty name', { name: '' }],
    ['a blank name', { name: '   ' }],
    ['a name over 120 characters', { name: 'x'.repeat(121) }],
    ['no availability', { available: undefined }],
  ])('refuses an item with %s with 400', async (_name, change) => {
    expectProblem(await createItem(anyRestaurant.token, { name: 'Moi moi', price: 80_000, available: true, ...change }), 400, 'VALIDATION_FAILED');
  });
});

// ---- placing an order ----

describe('placing a food order', () => {
  const line = { menuItemId: randomUUID(), quantity: 1 };
  // Refused at the edge, so one customer (no funds needed) serves every case.
  let anyCustomer: { token: string };
  beforeAll(async () => {
    anyCustomer = await client.register('RIDER', 'NG');
  });

  it.each([
    ['a price', { price: 100 }],
    ['a subtotal', { subtotal: 100 }],
    ['a fee', { fee: 100 }],
    ['a delivery fee', { deliveryFee: { amount: '1', currency: 'NGN' } }],
    ['a price on a line', { lines: [{ ...line, price: 100 }] }],
    ['a customer id', { riderId: randomUUID() }],
  ])('refuses a body with %s with 400', async (_name, extra) => {
    expectProblem(await placeOrder(anyCustomer.token, { restaurantId: randomUUID(), lines: [line], ...extra }), 400, 'VALIDATION_FAILED');
  });

  it.each([
    ['no lines', { lines: [] }],
    ['51 lines', { lines: Array.from({ length: 51 }, () => ({ menuItemId: randomUUID(), quantity: 1 })) }],
    ['a quantity of 0', { lines: [{ ...line, quantity: 0 }] }],
    ['a quantity of 51', { lines: [{ ...line, quantity: 51 }] }],
    ['a fractional quantity', { lines: [{ ...line, quantity: 1.5 }] }],
    ['a malformed menu item id', { lines: [{ ...line, menuItemId: 'jollof' }] }],
    ['a malformed restaurant id', { restaurantId: 'mama-put' }],
    ['an unknown payment method', { paymentMethod: 'CARD' }],
    ['a distance below 100 m', { distanceMeters: 99 }],
    ['a distance above 50 km', { distanceMeters: 50_001 }],
  ])('refuses %s with 400', async (_name, change) => {
    expectProblem(await placeOrder(anyCustomer.token, { restaurantId: randomUUID(), lines: [line], ...change }), 400, 'VALIDATION_FAILED');
  });

  it('is for customers: a driver, a restaurant or an admin gets 403, no token 401', async () => {
    const body = { restaurantId: randomUUID(), lines: [line] };
    const driver = await client.register('DRIVER', 'NG');
    const restaurant = await client.register('RESTAURANT', 'NG');
    expectProblem(await placeOrder(driver.token, body), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await placeOrder(restaurant.token, body), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await placeOrder(payoutsAdmin, body), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('POST', '/api/food-orders', { body: { ...body, paymentMethod: 'CASH', distanceMeters: 1_000 } }), 401, 'UNAUTHENTICATED');
  });

  it('takes no order for a restaurant that may not earn (no identity profile), and a restaurant whose profile was rejected accepts none', async () => {
    const customer = await fundedCustomer(1_000_000);
    const unprofiled = await client.register('RESTAURANT', 'NG');
    const suya = await createItem(unprofiled.token, { name: 'Suya', price: 150_000, available: true });
    const refused = await placeOrder(customer.token, { restaurantId: unprofiled.id, lines: [{ menuItemId: suya.body.id, quantity: 1 }] });
    expectProblem(refused, 422, 'RESTAURANT_NOT_TAKING_ORDERS');
    expect((await client.call('GET', '/api/trips?kind=FOOD', { token: unprofiled.token })).body.trips).toEqual([]);

    // Its profile rejected after an order came in: accepting it (where the restaurant starts to earn) is refused, and nothing is held.
    const restaurant = await restaurantWithMenu({ Jollof: 250_000 });
    const order = await placeOrder(customer.token, { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items.Jollof!.id, quantity: 1 }] });
    expect(order.status).toBe(201);
    const kyc = await adminToken(stack, ['MANAGE_KYC']);
    const rejected = await client.call('POST', `/api/admin/kyc/profiles/${restaurant.id}/reject`, {
      token: kyc,
      body: { rejectionReason: 'the owner’s name does not match the business registration' },
    });
    expect(rejected.status).toBe(200);
    const accept = await act(restaurant.token, order.body.id, 'accept');
    expectProblem(accept, 422);
    expect(accept.text).toContain('PROFILE_REJECTED');
    expect(await wallet(customer.token)).toMatchObject({ availableBalance: '1000000', lockedBalance: '0' });
  });
});

// ---- who may act ----

describe('food order actions', () => {
  it('are by role at the edge and by order in the service: another restaurant gets 404', async () => {
    const restaurant = await restaurantWithMenu({ Akara: 40_000 });
    const other = await restaurantWithMenu({ Puff: 20_000 });
    const customer = await fundedCustomer(10_000);
    const driver = await client.register('DRIVER', 'NG');
    const placed = await placeOrder(customer.token, {
      restaurantId: restaurant.id,
      lines: [{ menuItemId: restaurant.items.Akara!.id, quantity: 2 }],
      paymentMethod: 'CASH',
    });
    expect(placed).toMatchObject({
      status: 201,
      body: { serviceType: 'FOOD', status: 'PLACED', restaurantId: restaurant.id, riderId: customer.id, driverId: null, paymentMethod: 'CASH' },
    });
    const order = placed.body;

    expectProblem(await act(other.token, order.id, 'accept'), 404);
    expectProblem(await act(other.token, order.id, 'cancel'), 404);
    expectProblem(await client.call('GET', `/api/food-orders/${order.id}`, { token: other.token }), 404);
    // Restaurant actions are not for customers or drivers, driver actions not for restaurants.
    expectProblem(await act(customer.token, order.id, 'accept'), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await act(driver.token, order.id, 'prepare'), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await act(restaurant.token, order.id, 'accept-delivery'), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await act(driver.token, order.id, 'cancel'), 403, 'ROLE_NOT_ALLOWED');
    // Underscores are the service's names, not routes; actions take no input.
    for (const action of ['accept_delivery', 'pick_up', 'fly']) expectProblem(await act(driver.token, order.id, action), 404, 'ROUTE_NOT_FOUND');
    expectProblem(await act(restaurant.token, order.id, 'accept', { status: 'READY_FOR_PICKUP' }), 400, 'VALIDATION_FAILED');
    expectProblem(await act(restaurant.token, 'abc', 'accept'), 400, 'VALIDATION_FAILED');

    expect(await client.call('GET', `/api/food-orders/${order.id}`, { token: restaurant.token })).toMatchObject({
      status: 200,
      body: { id: order.id, status: 'PLACED' },
    });
    expect(await client.call('GET', `/api/trips/${order.id}`, { token: restaurant.token })).toMatchObject({ status: 200, body: { id: order.id } });
    expect(await act(restaurant.token, order.id, 'cancel')).toMatchObject({ status: 200, body: { status: 'CANCELLED_BY_RESTAURANT' } });
  });

  it('shows only food orders under /api/food-orders', async () => {
    const customer = await fundedCustomer(10_000);
    const ride = await client.call('POST', '/api/trips', {
      token: customer.token,
      body: { serviceType: 'RIDE', paymentMethod: 'CASH', distanceMeters: 2_000 },
    });
    expect(ride.status).toBe(201);
    expect(ride.body).toMatchObject({ restaurantId: null, foodSubtotal: null, deliveryFee: null });
    expectProblem(await client.call('GET', `/api/food-orders/${ride.body.id}`, { token: customer.token }), 404);
    // Nor does a food order's step or settlement act on a ride.
    expectProblem(await act(customer.token, ride.body.id, 'cancel'), 404, 'TRIP_NOT_FOUND');
    expectProblem(await settle(payoutsAdmin, ride.body.id), 404, 'TRIP_NOT_FOUND');
    expect((await client.call('GET', `/api/trips/${ride.body.id}`, { token: customer.token })).body).toMatchObject({ status: 'SEARCHING_DRIVER' });
  });
});

// ---- money, end to end through REST ----

describe('an ONLINE food order in Nigeria', () => {
  it('prices from the menu, holds the total at acceptance, and settles three ways once', async () => {
    const restaurant = await restaurantWithMenu({ 'Jollof rice': 250_000, Suya: 120_010 });
    const customer = await fundedCustomer(2_000_000);
    const driver = await onlineDriver();
    const jollof = restaurant.items['Jollof rice']!;
    const suya = restaurant.items.Suya!;

    const placed = await placeOrder(customer.token, {
      restaurantId: restaurant.id,
      lines: [
        { menuItemId: jollof.id, quantity: 2 },
        { menuItemId: suya.id, quantity: 1 },
      ],
    });
    const subtotal = jollof.price * 2n + suya.price; // 620 010 kobo
    expect(placed).toMatchObject({
      status: 201,
      body: {
        serviceType: 'FOOD',
        status: 'PLACED',
        paymentMethod: 'ONLINE',
        countryCode: 'NG',
        restaurantId: restaurant.id,
        riderId: customer.id,
        driverId: null,
        foodSubtotal: { amount: String(subtotal), currency: 'NGN' },
        // What the customer may do now; the restaurant's steps are offered to the restaurant.
        nextActions: ['cancel'],
      },
    });
    const order = placed.body;
    expect((await client.call('GET', `/api/food-orders/${order.id}`, { token: restaurant.token })).body.nextActions).toEqual(['accept', 'cancel']);
    const deliveryFee = BigInt(order.deliveryFee.amount);
    expect(order.deliveryFee.currency).toBe('NGN');
    expect(deliveryFee).toBeGreaterThan(0n);
    const total = subtotal + deliveryFee;
    expect(order.fare).toEqual({ amount: String(total), currency: 'NGN' });
    expect(await wallet(customer.token)).toMatchObject({ availableBalance: '2000000', lockedBalance: '0' });

    // The restaurant accepts: the customer's total is locked.
    expect(await act(restaurant.token, order.id, 'accept')).toMatchObject({ status: 200, body: { status: 'ACCEPTED', nextActions: ['prepare', 'cancel'] } });
    expect(await wallet(customer.token)).toMatchObject({ availableBalance: String(2_000_000n - total), lockedBalance: String(total) });
    expect(await act(restaurant.token, order.id, 'prepare')).toMatchObject({ status: 200, body: { status: 'PREPARING', nextActions: ['ready', 'cancel'] } });
    expect(await act(restaurant.token, order.id, 'ready')).toMatchObject({ status: 200, body: { status: 'READY_FOR_PICKUP', nextActions: ['cancel'] } });

    // The driver's steps, each named as its path segment.
    expect(await act(driver.token, order.id, 'accept-delivery')).toMatchObject({
      status: 200,
      body: { status: 'READY_FOR_PICKUP', driverId: driver.id, nextActions: ['pick-up'] },
    });
    expect(await act(driver.token, order.id, 'pick-up')).toMatchObject({ status: 200, body: { status: 'PICKED_UP', nextActions: ['on-the-way'] } });
    expect(await act(driver.token, order.id, 'on-the-way')).toMatchObject({ status: 200, body: { status: 'ON_THE_WAY', nextActions: ['deliver'] } });
    expect(await act(driver.token, order.id, 'deliver')).toMatchObject({ status: 200, body: { status: 'DELIVERED', nextActions: [] } });
    // Delivery moves no money; settlement is explicit.
    expect((await wallet(restaurant.token)).availableBalance).toBe('0');
    expect((await wallet(driver.token)).availableBalance).toBe('0');
    expect((await wallet(customer.token)).lockedBalance).toBe(String(total));

    expectProblem(await settle(restaurant.token, order.id), 403, 'ADMIN_ONLY');
    expectProblem(await settle(walletsAdmin, order.id), 403, 'PERMISSION_DENIED');
    const settled = await settle(payoutsAdmin, order.id);
    // 15% of the subtotal is 93 001.5 kobo: the platform's share rounds half-up to 93 002.
    const restaurantShare = subtotal - commission(subtotal, 1500n);
    expect(restaurantShare).toBe(527_008n);
    const driverShare = deliveryFee - commission(deliveryFee, 2000n);
    expect(settled).toMatchObject({
      status: 200,
      body: {
        tripId: order.id,
        paymentMethod: 'ONLINE',
        fare: { amount: String(total), currency: 'NGN' },
        restaurantAmount: { amount: String(restaurantShare), currency: 'NGN' },
        restaurantBps: 1500,
        driverAmount: { amount: String(driverShare), currency: 'NGN' },
        commissionBps: 2000,
        platformAmount: { amount: String(total - restaurantShare - driverShare), currency: 'NGN' },
      },
    });
    expect(await wallet(restaurant.token)).toMatchObject({ availableBalance: String(restaurantShare), lockedBalance: '0' });
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(driverShare), lockedBalance: '0' });
    expect(await wallet(customer.token)).toMatchObject({ availableBalance: String(2_000_000n - total), lockedBalance: '0' });
    expect((await client.call('GET', `/api/food-orders/${order.id}`, { token: customer.token })).body).toMatchObject({
      status: 'SETTLED',
      settledAt: expect.any(String),
    });

    expectProblem(await settle(payoutsAdmin, order.id), 409);
    expect((await wallet(restaurant.token)).availableBalance).toBe(String(restaurantShare));
    expect((await wallet(driver.token)).availableBalance).toBe(String(driverShare));
  });
});

it('documents the food endpoints at /docs, with no price in any request', async () => {
  const doc = await client.call('GET', '/docs/json');
  expect(Object.keys(doc.body.paths)).toEqual(
    expect.arrayContaining([
      '/api/restaurant/menu-items',
      '/api/restaurant/menu-items/{itemId}',
      '/api/restaurants/{restaurantId}/menu',
      '/api/food-orders',
      '/api/food-orders/{orderId}',
      '/api/food-orders/{orderId}/accept',
      '/api/food-orders/{orderId}/accept-delivery',
      '/api/food-orders/{orderId}/settle',
    ]),
  );
  const order = doc.body.paths['/api/food-orders'].post.requestBody.content['application/json'].schema;
  expect(Object.keys(order.properties).sort()).toEqual(['distanceMeters', 'lines', 'paymentMethod', 'restaurantId']);
  expect(Object.keys(order.properties.lines.items.properties).sort()).toEqual(['menuItemId', 'quantity']);
});

describe('a customer blocked with a food order open', () => {
  it('is refused at the restaurant’s acceptance, where money would be locked; an order already paid is still delivered', async () => {
    const restaurant = await restaurantWithMenu({ Suya: 120_000 });
    const customer = await fundedCustomer(1_000_000);
    const driver = await onlineDriver();
    const order = (await placeOrder(customer.token, { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items.Suya!.id, quantity: 1 }] })).body;
    const waiting = (await placeOrder(customer.token, { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items.Suya!.id, quantity: 1 }] })).body;
    expect(await act(restaurant.token, order.id, 'accept')).toMatchObject({ status: 200, body: { holdState: 'HELD' } });

    const users = await adminToken(stack, ['MANAGE_USERS']);
    expect((await client.call('POST', `/api/admin/users/${customer.id}/block`, { token: users, body: { reason: 'chargeback fraud' } })).status).toBe(200);
    // Not yet paid: the restaurant cannot take it on.
    expectProblem(await act(restaurant.token, waiting.id, 'accept'), 422, 'CUSTOMER_NOT_ELIGIBLE');
    // Paid already (held at acceptance): it is cooked and delivered as ordered.
    for (const step of ['prepare', 'ready']) expect((await act(restaurant.token, order.id, step)).status).toBe(200);
    for (const step of ['accept-delivery', 'pick-up', 'on-the-way', 'deliver']) expect((await act(driver.token, order.id, step)).status).toBe(200);
  });
});
