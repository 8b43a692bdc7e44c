import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually, expectProblem, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;
/** Tokens of admins with exactly the named permissions. */
let payoutsAdmin: string;
let viewPayoutsAdmin: string;
let walletsAdmin: string;
let commissionAdmin: string;
let reportsAdmin: string;
const { adminToken, verifiedDriver, onlineDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwtrip');
  client = api(stack.url);
  const tokenOf = (permissions: string[]) => adminToken(stack, permissions);
  [payoutsAdmin, viewPayoutsAdmin, walletsAdmin, commissionAdmin, reportsAdmin] = await Promise.all([
    tokenOf(['MANAGE_PAYOUTS', 'VIEW_PAYOUTS']),
    tokenOf(['VIEW_PAYOUTS']),
    tokenOf(['VIEW_WALLETS']),
    tokenOf(['MANAGE_COMMISSION']),
    tokenOf(['VIEW_EARNINGS_REPORTS']),
  ]);
});
afterAll(async () => stack?.stop());

// ---- helpers ----

const requestRide = (token: string, body: Record<string, unknown> = {}) =>
  client.call('POST', '/api/trips', { token, body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 5_000, ...body } });
const act = (token: string, tripId: string, action: string, body?: unknown) => client.call('POST', `/api/trips/${tripId}/${action}`, { token, body });
const settle = (token: string, tripId: string) => client.call('POST', `/api/trips/${tripId}/settle`, { token });

// ---- the edge ----

describe('requesting a trip', () => {
  it.each([
    ['a fare', { fare: 100 }],
    ['a price', { price: 100 }],
    ['an amount', { amount: { amount: '100', currency: 'NGN' } }],
    ['a rider id', { riderId: randomUUID() }],
    ['a status', { status: 'COMPLETED' }],
  ])('refuses a body with %s with 400', async (_name, extra) => {
    const rider = await fundedRider(10_000);
    expectProblem(await requestRide(rider.token, extra), 400, 'VALIDATION_FAILED');
  });

  it.each([
    ['an unknown service type', { serviceType: 'HELICOPTER' }],
    ['food through the trip endpoint', { serviceType: 'FOOD_DELIVERY' }],
    ['an unknown payment method', { paymentMethod: 'CARD' }],
    ['a distance below 100 m', { distanceMeters: 99 }],
    ['a distance above 500 km', { distanceMeters: 500_001 }],
    ['a fractional distance', { distanceMeters: 1500.5 }],
    ['a distance as a string', { distanceMeters: '5000' }],
  ])('refuses %s with 400', async (_name, change) => {
    const rider = await fundedRider(10_000);
    expectProblem(await requestRide(rider.token, change), 400, 'VALIDATION_FAILED');
  });

  it('is for riders: a driver or an admin gets 403, no token 401', async () => {
    const driver = await client.register('DRIVER', 'NG');
    expectProblem(await requestRide(driver.token), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await requestRide(payoutsAdmin), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(
      await client.call('POST', '/api/trips', { body: { serviceType: 'RIDE', paymentMethod: 'CASH', distanceMeters: 5_000 } }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('prices the trip on the server', async () => {
    const rider = await fundedRider(10_000);
    const r = await requestRide(rider.token, { paymentMethod: 'CASH' });
    expect(r.status).toBe(201);
    // NG ride tariff: 50 000 base + 15 000 per km, so 5 km is 125 000 kobo.
    expect(r.body).toMatchObject({
      serviceType: 'RIDE',
      paymentMethod: 'CASH',
      riderId: rider.id,
      driverId: null,
      countryCode: 'NG',
      fare: { amount: '125000', currency: 'NGN' },
      settledAt: null,
    });
  });
});

describe('trip ids and actions', () => {
  it('refuses malformed ids with 400 and unknown actions with 404, as problem+json', async () => {
    const rider = await fundedRider(10_000);
    const someId = randomUUID();
    expectProblem(await client.call('GET', '/api/trips/not-a-uuid', { token: rider.token }), 400, 'VALIDATION_FAILED');
    expectProblem(await act(rider.token, '123', 'cancel'), 400, 'VALIDATION_FAILED');
    expectProblem(await settle(payoutsAdmin, 'abc'), 400, 'VALIDATION_FAILED');
    for (const action of ['fly', 'pick_up', 'on_the_way', 'settle-now', 'SETTLE'])
      expectProblem(await act(rider.token, someId, action), 404, 'ROUTE_NOT_FOUND');
    expectProblem(await client.call('GET', `/api/trips/${someId}`, { token: rider.token }), 404);
    expectProblem(await act(rider.token, someId, 'cancel'), 404);
  });

  it('refuses a transition that carries input (a driver id, a fare) with 400', async () => {
    const rider = await fundedRider(10_000);
    const trip = (await requestRide(rider.token, { paymentMethod: 'CASH' })).body;
    expectProblem(await act(rider.token, trip.id, 'cancel', { driverId: randomUUID() }), 400, 'VALIDATION_FAILED');
    expectProblem(await act(rider.token, trip.id, 'cancel', { fare: 1 }), 400, 'VALIDATION_FAILED');
    expect((await client.call('GET', `/api/trips/${trip.id}`, { token: rider.token })).body.status).toBe('SEARCHING_DRIVER');
  });

  it('shows a trip to its rider and to admins who pay, settle or look into wallets; another rider gets 404, other staff 403', async () => {
    const rider = await fundedRider(10_000);
    const other = await client.register('RIDER', 'NG');
    const trip = (await requestRide(rider.token, { paymentMethod: 'CASH' })).body;
    expect(await client.call('GET', `/api/trips/${trip.id}`, { token: rider.token })).toMatchObject({ status: 200, body: { id: trip.id } });
    // The admin who settles or cancels it reads it too, with MANAGE_PAYOUTS alone.
    for (const staff of [viewPayoutsAdmin, walletsAdmin, await adminToken(stack, ['MANAGE_PAYOUTS'])])
      expect(await client.call('GET', `/api/trips/${trip.id}`, { token: staff })).toMatchObject({ status: 200, body: { id: trip.id } });
    expectProblem(await client.call('GET', `/api/trips/${trip.id}`, { token: other.token }), 404);
    expectProblem(await client.call('GET', `/api/trips/${trip.id}`, { token: commissionAdmin }), 403, 'PERMISSION_DENIED');
  });
});

describe('settling', () => {
  it('is for admins with MANAGE_PAYOUTS: a rider or driver gets 403 ADMIN_ONLY, other admins PERMISSION_DENIED', async () => {
    const rider = await fundedRider(10_000);
    const driver = await client.register('DRIVER', 'NG');
    const trip = (await requestRide(rider.token, { paymentMethod: 'CASH' })).body;
    expectProblem(await settle(rider.token, trip.id), 403, 'ADMIN_ONLY');
    expectProblem(await settle(driver.token, trip.id), 403, 'ADMIN_ONLY');
    for (const token of [viewPayoutsAdmin, walletsAdmin]) {
      const r = await settle(token, trip.id);
      expectProblem(r, 403, 'PERMISSION_DENIED');
      expect(r.body.detail).toContain('MANAGE_PAYOUTS');
    }
    expectProblem(await settle(payoutsAdmin, trip.id), 409, 'TRIP_NOT_COMPLETED');
  });
});

describe('going online', () => {
  it('is refused to an unverified driver with 422 and the reasons', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    const r = await client.call('POST', '/api/driver/online', { token: driver.token });
    expectProblem(r, 422, 'NOT_ELIGIBLE');
    expect(r.body.reasons).toEqual(expect.arrayContaining(['DRIVER_NOT_VERIFIED']));
  });

  it('is for drivers only', async () => {
    const rider = await client.register('RIDER', 'NG');
    expectProblem(await client.call('POST', '/api/driver/online', { token: rider.token }), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('POST', '/api/driver/online', {}), 401, 'UNAUTHENTICATED');
    expectProblem(await client.call('GET', '/api/driver/presence', { token: rider.token }), 403, 'ROLE_NOT_ALLOWED');
    expectProblem(await client.call('GET', '/api/driver/presence', {}), 401, 'UNAUTHENTICATED');
  });

  it('is read back as the server has it, so an app shows it after a reload', async () => {
    const driver = await verifiedDriver();
    const presence = () => client.call('GET', '/api/driver/presence', { token: driver.token });
    expect(await presence()).toMatchObject({ status: 200, body: { driverId: driver.id, online: false, updatedAt: null } });
    const on = await client.call('POST', '/api/driver/online', { token: driver.token });
    expect(await presence()).toMatchObject({ status: 200, body: { online: true, updatedAt: on.body.updatedAt } });
    await client.call('POST', '/api/driver/offline', { token: driver.token });
    expect(await presence()).toMatchObject({ status: 200, body: { online: false } });
  });

  it('ends when the driver is suspended: the switch reads offline, and going online again is refused until reinstated', async () => {
    const driver = await verifiedDriver();
    const users = await adminToken(stack, ['MANAGE_USERS']);
    const presence = () => client.call('GET', '/api/driver/presence', { token: driver.token });
    expect((await client.call('POST', '/api/driver/online', { token: driver.token })).status).toBe(200);
    const suspend = (action: string, reason: string) => client.call('POST', `/api/admin/drivers/${driver.id}/${action}`, { token: users, body: { reason } });
    expect((await suspend('suspend', 'unsafe driving reported')).status).toBe(200);
    expect(await presence()).toMatchObject({ status: 200, body: { online: false } });
    expectProblem(await client.call('POST', '/api/driver/online', { token: driver.token }), 422, 'NOT_ELIGIBLE');
    expect((await suspend('reinstate', 'reviewed: no fault')).status).toBe(200);
    // Reinstated, the driver chooses when to take trips again.
    expect(await presence()).toMatchObject({ status: 200, body: { online: false } });
    expect((await client.call('POST', '/api/driver/online', { token: driver.token })).status).toBe(200);
    expect(await presence()).toMatchObject({ status: 200, body: { online: true } });
  });
});

// ---- money, end to end through REST ----

describe('an ONLINE ride in Nigeria', () => {
  it('refuses an ONLINE ride the rider cannot cover: to the rider when asked, to the driver at start, each told whose wallet falls short', async () => {
    const short = await fundedRider(10_000);
    const asked = await requestRide(short.token);
    expectProblem(asked, 422, 'INSUFFICIENT_FUNDS');
    expect(asked.body.detail).toMatch(/^your wallet’s available balance does not cover this price; add funds, or pay in cash/);
    expect((await client.call('GET', '/api/trips', { token: short.token })).body.trips).toEqual([]);

    // Covered when asked, short at start: the rider's first ride locked what the second needs.
    const rider = await fundedRider(150_000);
    const [driver, other] = [await verifiedDriver(), await verifiedDriver()];
    for (const d of [driver, other]) expect((await client.call('POST', '/api/driver/online', { token: d.token })).status).toBe(200);
    const first = (await requestRide(rider.token)).body;
    const second = (await requestRide(rider.token)).body;
    const fare = BigInt(first.fare.amount);
    expect(fare * 2n).toBeGreaterThan(150_000n);
    for (const action of ['accept', 'arrive', 'start']) expect((await act(driver.token, first.id, action)).status).toBe(200);
    for (const action of ['accept', 'arrive']) expect((await act(other.token, second.id, action)).status).toBe(200);
    const refused = await act(other.token, second.id, 'start');
    expectProblem(refused, 422, 'INSUFFICIENT_FUNDS');
    // Whose funds fall short: the customer's, not the driver's own balance.
    expect(refused.body.detail).toMatch(/^the customer’s wallet does not cover the fare/);
    const riderWallet = await wallet(rider.token);
    expect(refused.text).not.toContain(riderWallet.id);
    expect(riderWallet).toMatchObject({ availableBalance: String(150_000n - fare), lockedBalance: String(fare) });
  });

  it('holds the fare at start, pays the driver exactly 80% only at settlement, and settles once', async () => {
    const driver = await verifiedDriver();
    const rider = await fundedRider(500_000);
    expect(await client.call('POST', '/api/driver/online', { token: driver.token })).toMatchObject({
      status: 200,
      body: { driverId: driver.id, online: true },
    });

    const requested = await requestRide(rider.token);
    expect(requested).toMatchObject({ status: 201, body: { status: 'SEARCHING_DRIVER', paymentMethod: 'ONLINE', holdState: 'NONE' } });
    const trip = requested.body;
    const fare = BigInt(trip.fare.amount);
    expect(trip.fare.currency).toBe('NGN');

    // A rider cannot drive their own trip; a restaurant is told a trip's steps are a driver's.
    expectProblem(await act(rider.token, trip.id, 'accept'), 403, 'ROLE_NOT_ALLOWED');
    const restaurant = await client.register('RESTAURANT', 'NG');
    expect((await act(restaurant.token, trip.id, 'start')).body.detail).toBe('this action is for driver accounts');
    expect(await act(driver.token, trip.id, 'accept')).toMatchObject({ status: 200, body: { status: 'ACCEPTED', driverId: driver.id } });
    expect(await act(driver.token, trip.id, 'arrive')).toMatchObject({ status: 200, body: { status: 'DRIVER_ARRIVING' } });
    expect((await wallet(rider.token)).lockedBalance).toBe('0');
    expect(await act(driver.token, trip.id, 'start')).toMatchObject({ status: 200, body: { status: 'IN_PROGRESS', holdState: 'HELD' } });
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: String(500_000n - fare), lockedBalance: String(fare) });

    // Completion moves no money; settling before completion was refused, settling now is not automatic.
    expect(await act(driver.token, trip.id, 'complete')).toMatchObject({ status: 200, body: { status: 'COMPLETED' } });
    expect((await wallet(driver.token)).availableBalance).toBe('0');
    expect((await wallet(rider.token)).lockedBalance).toBe(String(fare));

    const settled = await settle(payoutsAdmin, trip.id);
    const driverShare = (fare * 80n) / 100n;
    expect(settled).toMatchObject({
      status: 200,
      body: {
        tripId: trip.id,
        paymentMethod: 'ONLINE',
        commissionBps: 2000,
        fare: { amount: String(fare) },
        driverAmount: { amount: String(driverShare), currency: 'NGN' },
        platformAmount: { amount: String(fare - driverShare), currency: 'NGN' },
      },
    });
    // A ride has no restaurant share.
    expect(settled.body).toMatchObject({ restaurantAmount: null, restaurantRuleId: null, restaurantBps: null });
    expect((await client.call('GET', `/api/trips/${trip.id}`, { token: rider.token })).body).toMatchObject({
      restaurantId: null,
      foodSubtotal: null,
      deliveryFee: null,
    });
    expect(await wallet(driver.token)).toMatchObject({ availableBalance: String(driverShare), lockedBalance: '0' });
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: String(500_000n - fare), lockedBalance: '0' });
    expect((await client.call('GET', `/api/trips/${trip.id}`, { token: rider.token })).body).toMatchObject({
      status: 'SETTLED',
      settledAt: expect.any(String),
    });

    expectProblem(await settle(payoutsAdmin, trip.id), 409);
    expect((await wallet(driver.token)).availableBalance).toBe(String(driverShare));
  });

  it('settles a trip once under concurrent calls', async () => {
    const driver = await verifiedDriver();
    const rider = await fundedRider(500_000);
    await client.call('POST', '/api/driver/online', { token: driver.token });
    const trip = (await requestRide(rider.token)).body;
    for (const action of ['accept', 'arrive', 'start', 'complete']) expect((await act(driver.token, trip.id, action)).status).toBe(200);

    const results = await Promise.all([settle(payoutsAdmin, trip.id), settle(payoutsAdmin, trip.id), settle(payoutsAdmin, trip.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect((await wallet(driver.token)).availableBalance).toBe(String((BigInt(trip.fare.amount) * 80n) / 100n));
  });
});

// ---- commission rules ----

describe('admin commission rules', () => {
  it('lists the shipped defaults to MANAGE_COMMISSION and VIEW_EARNINGS_REPORTS', async () => {
    for (const token of [commissionAdmin, reportsAdmin]) {
      const r = await client.call('GET', '/api/admin/commission-rules?serviceType=RIDE&countryCode=NG', { token });
      expect(r.status).toBe(200);
      expect(r.body.rules).toEqual(
        expect.arrayContaining([expect.objectContaining({ serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'ONLINE', bps: 2000 })]),
      );
      for (const rule of r.body.rules) expect(rule).toMatchObject({ serviceType: 'RIDE', countryCode: 'NG' });
    }
  });

  it('lets MANAGE_COMMISSION add a versioned rule; the admin is recorded', async () => {
    const body = { serviceType: 'PARCEL', countryCode: 'KE', paymentMethod: 'CASH', bps: 1750, effectiveFrom: new Date(Date.now() + 86_400_000).toISOString() };
    const r = await client.call('POST', '/api/admin/commission-rules', { token: commissionAdmin, body });
    expect(r).toMatchObject({
      status: 201,
      body: {
        serviceType: 'PARCEL',
        countryCode: 'KE',
        paymentMethod: 'CASH',
        bps: 1750,
        createdBy: expect.any(String),
        createdByEmail: expect.stringMatching(/@/),
      },
    });
    const list = await client.call('GET', '/api/admin/commission-rules?serviceType=PARCEL&countryCode=KE', { token: commissionAdmin });
    // Named by email as elsewhere in the console.
    const listed = list.body.rules as Array<{ id: string; createdBy: string | null; createdByEmail: string | null }>;
    expect(listed.find((x) => x.id === r.body.id)).toMatchObject({ createdByEmail: r.body.createdByEmail });
    // The trail says which rule the version is for, the rate it replaces, the new one and from when.
    const trail = await eventually(
      async () => (await client.call('GET', `/api/admin/audit?entityType=commission_rule&entityId=${r.body.id}`, { token: walletsAdmin })).body,
      (b: { records: unknown[] }) => expect(b.records).toHaveLength(1),
    );
    expect(trail.records[0]).toMatchObject({
      action: 'COMMISSION_RULE_UPDATED',
      changes: [
        { field: 'serviceType', from: null, to: 'PARCEL', currency: null },
        { field: 'countryCode', from: null, to: 'KE', currency: null },
        { field: 'paymentMethod', from: null, to: 'CASH', currency: null },
        { field: 'bps', from: expect.stringMatching(/^\d+$/), to: '1750', currency: null },
        { field: 'effectiveFrom', from: null, to: body.effectiveFrom, currency: null },
      ],
    });
    // The shipped defaults were set by no admin (createdBy names the seed, not a user).
    const defaults = (await client.call('GET', '/api/admin/commission-rules?serviceType=RIDE&countryCode=NG', { token: commissionAdmin })).body.rules.filter(
      (x: { createdBy: string | null }) => !/^[0-9a-f-]{36}$/.test(x.createdBy ?? ''),
    );
    expect(defaults.length).toBeGreaterThan(0);
    expect(defaults.map((x: { createdByEmail: string | null }) => x.createdByEmail)).toEqual(defaults.map(() => null));
  });

  it('refuses writes without MANAGE_COMMISSION and anyone but admins', async () => {
    const body = { serviceType: 'RIDE', countryCode: 'NG', paymentMethod: 'ONLINE', bps: 0 };
    expectProblem(await client.call('POST', '/api/admin/commission-rules', { token: reportsAdmin, body }), 403, 'PERMISSION_DENIED');
    expectProblem(await client.call('POST', '/api/admin/commission-rules', { token: payoutsAdmin, body }), 403, 'PERMISSION_DENIED');
    const driver = await client.register('DRIVER', 'NG');
    expectProblem(await client.call('POST', '/api/admin/commission-rules', { token: driver.token, body }), 403, 'ADMIN_ONLY');
    expectProblem(await client.call('GET', '/api/admin/commission-rules', { token: driver.token }), 403, 'ADMIN_ONLY');
    expectProblem(await client.call('GET', '/api/admin/commission-rules', { token: walletsAdmin }), 403, 'PERMISSION_DENIED');
  });

  it('refuses a rule for a country the platform does not serve, naming the field', async () => {
    const body = { serviceType: 'RIDE', countryCode: 'ZZ', paymentMethod: 'ONLINE', bps: 2000 };
    const refused = await client.call('POST', '/api/admin/commission-rules', { token: commissionAdmin, body });
    expectProblem(refused, 400, 'INVALID_ARGUMENT');
    expect(refused.body.errors).toEqual([{ field: 'countryCode', message: 'must be a country the platform serves (ZZ is not)' }]);
  });

  it.each([
    ['bps above 10000', { bps: 10_001 }],
    ['negative bps', { bps: -1 }],
    ['fractional bps', { bps: 1500.5 }],
    ['a percentage', { bps: 1500, percent: 15 }],
    ['a lower-case country', { countryCode: 'ng' }],
    ['an unknown service type', { serviceType: 'TAXI' }],
    ['an unknown payment method', { paymentMethod: 'CARD' }],
    ['a date that is not ISO', { effectiveFrom: 'tomorrow' }],
  ])('refuses a rule with %s with 400', async (_name, change) => {
    const body = { serviceType: 'RIDE', countryCode: 'GH', paymentMethod: 'ONLINE', bps: 1500, ...change };
    expectProblem(await client.call('POST', '/api/admin/commission-rules', { token: commissionAdmin, body }), 400, 'VALIDATION_FAILED');
  });

  it('refuses unknown filters with 400', async () => {
    for (const q of ['?serviceType=TAXI', '?countryCode=nga', '?bps=2000']) {
      expectProblem(await client.call('GET', `/api/admin/commission-rules${q}`, { token: commissionAdmin }), 400, 'VALIDATION_FAILED');
    }
  });
});

it('documents the trip and commission endpoints at /docs', async () => {
  const doc = await client.call('GET', '/docs/json');
  expect(Object.keys(doc.body.paths)).toEqual(
    expect.arrayContaining([
      '/api/trips',
      '/api/trips/{tripId}',
      '/api/trips/{tripId}/accept',
      '/api/trips/{tripId}/pick-up',
      '/api/trips/{tripId}/settle',
      '/api/driver/online',
      '/api/driver/offline',
      '/api/admin/commission-rules',
    ]),
  );
  // The request names a route length and how to pay; nothing that could set a price.
  expect(Object.keys(doc.body.paths['/api/trips'].post.requestBody.content['application/json'].schema.properties).sort()).toEqual([
    'distanceMeters',
    'paymentMethod',
    'serviceType',
  ]);
});

describe('a block or a suspension while a trip is open', () => {
  const usersAdmin = () => adminToken(stack, ['MANAGE_USERS']);
  const lockedOf = async (walletId: string) => (await client.call('GET', `/api/admin/wallets/${walletId}`, { token: walletsAdmin })).body.lockedBalance;

  it('a blocked rider’s trip is taken by no driver, and one already taken does not begin: nothing is held', async () => {
    const rider = await fundedRider(500_000);
    const riderWallet = (await wallet(rider.token)).id as string;
    const [first, second] = [await onlineDriver(), await onlineDriver()];
    const taken = (await requestRide(rider.token)).body;
    const waiting = (await requestRide(rider.token, { paymentMethod: 'CASH' })).body;
    expect((await act(first.token, taken.id, 'accept')).status).toBe(200);
    expect((await act(first.token, taken.id, 'arrive')).status).toBe(200);

    const users = await usersAdmin();
    expect((await client.call('POST', `/api/admin/users/${rider.id}/block`, { token: users, body: { reason: 'card fraud reported' } })).status).toBe(200);
    expectProblem(await act(second.token, waiting.id, 'accept'), 422, 'CUSTOMER_NOT_ELIGIBLE');
    expectProblem(await act(first.token, taken.id, 'start'), 422, 'CUSTOMER_NOT_ELIGIBLE');
    expect(await lockedOf(riderWallet)).toBe('0');
    // The driver is not left with it: they cancel, and nothing was ever held.
    expect(await act(first.token, taken.id, 'cancel')).toMatchObject({ status: 200, body: { status: 'CANCELLED_BY_DRIVER', holdState: 'NONE' } });
  });

  it('a parcel’s driver cannot cancel it once the goods are picked up; support cancels it, the fare goes back and the driver is free', async () => {
    const rider = await fundedRider(500_000);
    const riderWallet = (await wallet(rider.token)).id as string;
    const driver = await onlineDriver();
    const parcel = (await requestRide(rider.token, { serviceType: 'PARCEL' })).body;
    expect(await act(driver.token, parcel.id, 'accept')).toMatchObject({ status: 200, body: { nextActions: expect.arrayContaining(['cancel']) } });
    const picked = await act(driver.token, parcel.id, 'pick-up');
    expect(picked).toMatchObject({ status: 200, body: { status: 'PICKED_UP', holdState: 'HELD' } });
    expect(picked.body.nextActions).not.toContain('cancel');
    const refused = await act(driver.token, parcel.id, 'cancel');
    expectProblem(refused, 409, 'ILLEGAL_TRANSITION');
    expect(refused.body.detail).toContain('deliver it, or contact support to return it');
    expect(await lockedOf(riderWallet)).toBe(parcel.fare.amount);
    // Until support acts the driver is on it, and takes nothing else.
    const nextRider = await fundedRider(500_000);
    const next = (await requestRide(nextRider.token)).body;
    expectProblem(await act(driver.token, next.id, 'accept'), 409, 'DRIVER_ON_ANOTHER_TRIP');

    expect(await act(payoutsAdmin, parcel.id, 'cancel', { reason: 'the recipient moved away; the goods go back to the sender' })).toMatchObject({
      status: 200,
      body: { status: 'CANCELLED_BY_SYSTEM', holdState: 'RELEASED' },
    });
    expect(await lockedOf(riderWallet)).toBe('0');
    expect((await act(driver.token, next.id, 'accept')).status).toBe(200);
    // The driver holding the goods and the rider are told support cancelled it, each once, naming the parcel.
    for (const person of [driver, rider]) {
      const told = await eventually(
        async () => (await client.call('GET', '/api/notifications', { token: person.token })).body.notifications as Array<{ kind: string; reference: string }>,
        (n: Array<{ kind: string }>) => expect(n.filter((x) => x.kind === 'TRIP_CANCELLED_BY_SUPPORT')).toHaveLength(1),
      );
      expect(told.find((x) => x.kind === 'TRIP_CANCELLED_BY_SUPPORT')).toMatchObject({ reference: parcel.id, amount: null });
    }
    // The driver drops the next ride before setting off: its rider is told, the driver who did it is not.
    expect((await act(driver.token, next.id, 'cancel')).status).toBe(200);
    await eventually(
      async () => (await client.call('GET', '/api/notifications', { token: nextRider.token })).body.notifications as Array<{ kind: string; reference: string }>,
      (n: Array<{ kind: string; reference: string }>) =>
        expect(n.filter((x) => x.kind === 'TRIP_CANCELLED_BY_DRIVER')).toEqual([expect.objectContaining({ reference: next.id })]),
    );
    const driverTold = (await client.call('GET', '/api/notifications', { token: driver.token })).body.notifications as Array<{ kind: string }>;
    expect(driverTold.filter((x) => x.kind === 'TRIP_CANCELLED_BY_DRIVER')).toEqual([]);
  });

  it('a driver suspended after accepting does not set off, but finishes a ride already under way', async () => {
    const rider = await fundedRider(500_000);
    const driver = await onlineDriver();
    const users = await usersAdmin();
    const suspension = (action: 'suspend' | 'reinstate') =>
      client.call('POST', `/api/admin/drivers/${driver.id}/${action}`, { token: users, body: { reason: 'safety report under review' } });
    const trip = (await requestRide(rider.token)).body;
    expect((await act(driver.token, trip.id, 'accept')).status).toBe(200);
    expect((await suspension('suspend')).status).toBe(200);
    expectProblem(await act(driver.token, trip.id, 'arrive'), 422, 'NOT_ELIGIBLE');
    expect((await suspension('reinstate')).status).toBe(200);
    expect((await act(driver.token, trip.id, 'arrive')).status).toBe(200);
    expect(await act(driver.token, trip.id, 'start')).toMatchObject({ status: 200, body: { holdState: 'HELD' } });
    // Suspended mid-ride: the rider is taken to the end, and the held fare is settled as usual.
    expect((await suspension('suspend')).status).toBe(200);
    expect(await act(driver.token, trip.id, 'complete')).toMatchObject({ status: 200, body: { status: 'COMPLETED' } });
    expect((await settle(payoutsAdmin, trip.id)).status).toBe(200);
  });
});

describe('an admin’s refund or correction of a wallet', () => {
  it('refunds a rider’s settled ride once under concurrent retries, names the reason on the statement, and refuses what it must without moving money', async () => {
    const adjuster = await adminToken(stack, ['VIEW_WALLETS', 'ADJUST_WALLETS']);
    const rider = await fundedRider(500_000);
    const driver = await onlineDriver();
    const trip = (await requestRide(rider.token, { paymentMethod: 'ONLINE' })).body;
    for (const step of ['accept', 'arrive', 'start', 'complete']) expect((await act(driver.token, trip.id, step)).status).toBe(200);
    expect((await settle(payoutsAdmin, trip.id)).status).toBe(200);
    const riderWallet = await wallet(rider.token);
    const after = (added: bigint) => String(BigInt(riderWallet.availableBalance) + added);
    const adjust = (token: string, body: Record<string, unknown>, key = randomUUID(), walletId = riderWallet.id) =>
      client.call('POST', `/api/admin/wallets/${walletId}/adjustments`, { token, body, headers: { 'idempotency-key': key } });
    const refund = {
      direction: 'CREDIT',
      kind: 'REFUND',
      amount: 5_000,
      currency: 'NGN',
      tripId: trip.id,
      reason: 'the driver came late; part of the fare back',
    };

    // A double-clicked button and retries: five at once under one key, one refund.
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => adjust(adjuster, refund, key)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.entryId)).size).toBe(1);
    expect(answers[0]!.body).toMatchObject({ entryType: 'CREDIT', amount: { amount: '5000', currency: 'NGN' }, availableAfter: after(5_000n) });
    // The audit trail keeps the admin's reason with the entry.
    const refundTrail = await eventually(
      async () => (await client.call('GET', `/api/admin/audit?entityType=journal_entry&entityId=${answers[0]!.body.entryId}`, { token: adjuster })).body,
      (b: { records: unknown[] }) => expect(b.records).toHaveLength(1),
    );
    expect(refundTrail.records[0]).toMatchObject({ action: 'WALLET_TRANSACTION_CREATED', reason: refund.reason });
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: after(5_000n) });
    const [line] = (await client.call('GET', '/api/wallet/transactions', { token: rider.token })).body.transactions;
    expect(line).toMatchObject({
      serviceType: 'refund',
      referenceType: 'ride',
      referenceId: trip.id,
      description: refund.reason,
      amount: '5000',
      createdByAdminId: '',
    });
    // The ride's receipt reads its own lines: the charge and the refund, nothing of another trip or a top-up.
    const receiptLines = async (tripId: string) => client.call('GET', `/api/wallet/transactions?tripId=${tripId}`, { token: rider.token });
    const ofTrip = (await receiptLines(trip.id)).body.transactions as Array<{ type: string; serviceType: string; referenceId: string; amount: string }>;
    expect(ofTrip.map((l) => [l.type, l.serviceType])).toEqual([
      ['CREDIT', 'refund'],
      ['DEBIT', 'ride'],
      ['HOLD', 'ride'],
    ]);
    expect(ofTrip.every((l) => l.referenceId === trip.id)).toBe(true);
    expect((await receiptLines(randomUUID())).body.transactions).toEqual([]);
    expectProblem(await receiptLines('not-a-trip'), 400, 'VALIDATION_FAILED');
    // The rider is told, once.
    const told = await eventually(
      async () => (await client.call('GET', '/api/notifications', { token: rider.token })).body.notifications,
      (n: Array<{ kind: string }>) => expect(n.filter((x) => x.kind === 'REFUND_CREDITED')).toHaveLength(1),
    );
    expect(told.find((x: { kind: string }) => x.kind === 'REFUND_CREDITED')).toMatchObject({ amount: { amount: '5000', currency: 'NGN' } });
    const [asAdmin] = (await client.call('GET', `/api/admin/wallets/${riderWallet.id}/transactions`, { token: adjuster })).body.transactions;
    expect(asAdmin.createdByAdminId).toMatch(/^[0-9a-f-]{36}$/);

    // Refused, and nothing moves: without the permission, as the rider, a bad body, a second refund of the ride, a refund that debits,
    // more than the ride took, more than is there, the wrong currency, the platform's own wallet.
    expectProblem(await adjust(walletsAdmin, refund), 403, 'PERMISSION_DENIED');
    // The permission alone finds the wallet it adjusts.
    const adjustOnly = await adminToken(stack, ['ADJUST_WALLETS']);
    expect((await client.call('GET', `/api/admin/wallets/${riderWallet.id}`, { token: adjustOnly })).body).toMatchObject({ availableBalance: after(5_000n) });
    expectProblem(await adjust(rider.token, refund), 403);
    expectProblem(await adjust(adjuster, { ...refund, reason: '' }), 400, 'VALIDATION_FAILED');
    expectProblem(await adjust(adjuster, { ...refund, amount: 0 }), 400, 'VALIDATION_FAILED');
    expectProblem(await adjust(adjuster, { ...refund, amount: 1 }, key), 409, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(await adjust(adjustOnly, { ...refund, amount: 1_000, reason: 'another part' }), 409, 'ALREADY_REFUNDED');
    // Each names the field a form marks.
    const debit = await adjust(adjuster, { ...refund, direction: 'DEBIT' });
    expectProblem(debit, 400, 'INVALID_ARGUMENT');
    expect(debit.body.errors).toEqual([{ field: 'direction', message: 'must be CREDIT for a refund (a refund credits the wallet)' }]);
    const noTrip = await adjust(adjuster, { ...refund, tripId: undefined });
    expectProblem(noTrip, 400, 'INVALID_ARGUMENT');
    expect(noTrip.body.errors).toEqual([{ field: 'tripId', message: 'must be given for a refund: it names the trip or order it gives back' }]);
    expectProblem(await adjust(adjuster, { ...refund, tripId: randomUUID() }), 422, 'NOTHING_TO_REFUND');
    const correction = { direction: 'DEBIT', kind: 'ADJUSTMENT', currency: 'NGN', reason: 'refund made twice' };
    expectProblem(await adjust(adjuster, { ...correction, amount: Number(after(5_001n)) }), 422, 'INSUFFICIENT_FUNDS');
    expectProblem(await adjust(adjuster, { ...correction, amount: 100, currency: 'USD' }), 422, 'CURRENCY_MISMATCH');
    // Said before any limit: a credit larger than a USD correction may be is still the wrong currency first.
    expectProblem(await adjust(adjuster, { ...correction, direction: 'CREDIT', amount: 1_000_000_000_000, currency: 'USD' }), 422, 'CURRENCY_MISMATCH');
    // A correction is tied to no trip: naming one is refused, not dropped unchecked.
    expectProblem(await adjust(adjuster, { ...correction, amount: 100, tripId: trip.id }), 400, 'INVALID_ARGUMENT');
    const platform = (await client.call('GET', '/api/admin/wallets?ownerType=PLATFORM', { token: adjuster })).body.wallets[0];
    expectProblem(await adjust(adjuster, { ...correction, direction: 'CREDIT', amount: 100 }, randomUUID(), platform.id), 422, 'WALLET_NOT_ADJUSTABLE');
    expect(await wallet(rider.token)).toMatchObject({ availableBalance: after(5_000n) });
    // A correction the other way, with its own key (the wallet's id in capitals, as some clients send it).
    const corrected = await adjust(
      adjuster,
      { ...correction, amount: 1_000, reason: 'refund was 40.00, not 50.00' },
      randomUUID(),
      riderWallet.id.toUpperCase(),
    );
    expect(corrected).toMatchObject({ status: 200, body: { entryType: 'DEBIT', availableAfter: after(4_000n) } });
    expectProblem(await client.call('POST', `/api/admin/wallets/${riderWallet.id}/adjustments`, { token: adjuster, body: refund }), 400);
  });
});
