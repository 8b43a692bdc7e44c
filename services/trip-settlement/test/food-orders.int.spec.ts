import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { startTripHarness, type TripHarness } from './harness.ts';
import { codeOf, endedWeek } from '@ziba/testing';

let h: TripHarness;
beforeAll(async () => {
  h = await startTripHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function deliveredOrder(country: 'NG' | 'BD', paymentMethod: 'CASH' | 'ONLINE', customerFunds = 0n) {
  const restaurant = await h.restaurantWithMenu(country, country === 'NG' ? [250_000n, 120_000n] : [35_000n, 12_500n]);
  const customer = await h.user('RIDER', { country, funds: customerFunds });
  const driver = await h.user('DRIVER', { country, verified: true, online: true });
  const order = await h.tc.call(
    'PlaceFoodOrder',
    {
      restaurantId: restaurant.id,
      lines: [
        { menuItemId: restaurant.items[0]!.id, quantity: 2 },
        { menuItemId: restaurant.items[1]!.id, quantity: 1 },
      ],
      paymentMethod,
      distanceMeters: 3_000,
    },
    { actor: customer.actor },
  );
  const step = (action: string, actor: Actor) => h.tc.call('Transition', { tripId: order.id, action }, { actor });
  return { restaurant, customer, driver, order, step };
}

describe('food orders', () => {
  it('online order: priced from the menu, held when the restaurant accepts, split three ways at settlement', async () => {
    const { restaurant, customer, driver, order, step } = await deliveredOrder('NG', 'ONLINE', 10_000_000n);
    // Subtotal 2 x 250,000 + 120,000 = 620,000; delivery fee 30,000 + 10,000 x 3 km = 60,000.
    expect(order).toMatchObject({
      serviceType: 'FOOD',
      status: 'PLACED',
      foodSubtotal: { amount: '620000' },
      deliveryFee: { amount: '60000' },
      fare: { amount: '680000' },
    });
    await step('accept', restaurant.actor);
    expect(await h.balance(customer.walletId)).toMatchObject({ lockedBalance: '680000' });
    await step('prepare', restaurant.actor);
    await step('accept_delivery', driver.actor);
    await step('ready', restaurant.actor);
    for (const a of ['pick_up', 'on_the_way', 'deliver']) await step(a, driver.actor);
    expect(await h.balance(restaurant.walletId)).toMatchObject({ availableBalance: '0' });

    const s = await h.tc.call('SettleTrip', { tripId: order.id }, { actor: h.admin });
    // Restaurant: 620,000 less 15% (93,000); driver: 60,000 less 20% (12,000); platform: 105,000.
    expect(s).toMatchObject({
      restaurantAmount: { amount: '527000' },
      restaurantBps: 1500,
      driverAmount: { amount: '48000' },
      commissionBps: 2000,
      platformAmount: { amount: '105000' },
    });
    expect(await h.balance(restaurant.walletId)).toMatchObject({ availableBalance: '527000', totalEarned: '527000' });
    expect(await h.balance(driver.walletId)).toMatchObject({ availableBalance: '48000' });
    expect(await h.balance(customer.walletId)).toMatchObject({ availableBalance: (10_000_000n - 680_000n).toString(), lockedBalance: '0' });
    expect(await codeOf(h.tc.call('SettleTrip', { tripId: order.id }, { actor: h.admin }))).toBe('TRIP_ALREADY_SETTLED');
  });

  it('each step answers the trip as it now stands: a cancel after the hold shows the fare released, as a fresh read does', async () => {
    const restaurant = await h.restaurantWithMenu('NG', [250_000n]);
    const customer = await h.user('RIDER', { country: 'NG', funds: 1_000_000n });
    const order = await h.tc.call(
      'PlaceFoodOrder',
      { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items[0]!.id, quantity: 1 }], paymentMethod: 'ONLINE', distanceMeters: 1_000 },
      { actor: customer.actor },
    );
    // Each read by the one who took the step: a trip answers for its reader (the steps it offers them).
    const read = (actor = customer.actor) => h.tc.call('GetTrip', { tripId: order.id }, { actor });
    const accepted = await h.tc.call('Transition', { tripId: order.id, action: 'accept' }, { actor: restaurant.actor });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', holdState: 'HELD', nextActions: ['prepare', 'cancel'] });
    expect(accepted).toEqual(await read(restaurant.actor));
    // Accepted, the order is the restaurant's work: only the restaurant (or support) may cancel it now.
    expect(await codeOf(h.tc.call('Transition', { tripId: order.id, action: 'cancel' }, { actor: customer.actor }))).toBe('ILLEGAL_TRANSITION');
    expect(await read()).toMatchObject({ status: 'ACCEPTED', holdState: 'HELD', nextActions: [] });
    const cancelled = await h.tc.call('Transition', { tripId: order.id, action: 'cancel' }, { actor: restaurant.actor });
    expect(cancelled).toMatchObject({ status: 'CANCELLED_BY_RESTAURANT', holdState: 'RELEASED' });
    expect(cancelled).toEqual(await read(restaurant.actor));
    expect(await h.balance(customer.walletId)).toMatchObject({ availableBalance: '1000000', lockedBalance: '0' });
  });

  it('seed 003 scenario 3: a Bangladesh cash order puts each commission on its earner, and netting collects them', async () => {
    const { restaurant, driver, order, step } = await deliveredOrder('BD', 'CASH');
    for (const a of ['accept', 'prepare']) await step(a, restaurant.actor);
    await step('accept_delivery', driver.actor);
    await step('ready', restaurant.actor);
    for (const a of ['pick_up', 'on_the_way', 'deliver']) await step(a, driver.actor);
    // Subtotal 82,500: restaurant commission 15% = 12,375; fee 3,000 + 1,500 x 3 = 7,500: driver commission 1,500.
    const s = await h.tc.call('SettleTrip', { tripId: order.id }, { actor: h.admin });
    expect(s).toMatchObject({
      paymentMethod: 'CASH',
      restaurantAmount: { amount: '70125' },
      driverAmount: { amount: '6000' },
      platformAmount: { amount: '13875' },
    });
    expect(await h.balance(restaurant.walletId)).toMatchObject({ availableBalance: '0', negativeBalance: '12375' });
    expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '1500' });

    // Later earnings of the restaurant are netted against what it owes.
    await h.wc.call('Transfer', {
      meta: { idempotencyKey: `test-earning-${restaurant.id}`, serviceType: 'earning', description: 'earlier online sales' },
      currency: 'BDT',
      mode: 'live',
      legs: [
        { systemAccount: 'FUNDING', bucket: 'AVAILABLE', amount: '-20000' },
        { walletId: restaurant.walletId, bucket: 'AVAILABLE', amount: '20000', earning: true },
      ],
    });
    const run = await h.tc.call('RunWeeklyNetting', { weekOf: endedWeek(1), countryCode: 'BD' }, { actor: h.admin });
    expect(run.runs[0]!.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ownerId: restaurant.id, netted: { amount: '12375', currency: 'BDT' }, owedAfter: { amount: '0', currency: 'BDT' } }),
      ]),
    );
    expect(await h.balance(restaurant.walletId)).toMatchObject({ availableBalance: (20_000n - 12_375n).toString(), negativeBalance: '0' });
  });

  it('each party acts only on its own orders, and only in order', async () => {
    const { restaurant, customer, driver, order, step } = await deliveredOrder('NG', 'CASH');
    const other = await h.restaurantWithMenu('NG', [1_000n]);
    expect(await codeOf(step('accept', other.actor))).toBe('TRIP_NOT_FOUND');
    expect(await codeOf(step('accept', customer.actor))).toBe('ACTION_NOT_ALLOWED');
    expect(await codeOf(step('ready', restaurant.actor))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(step('pick_up', driver.actor))).toBe('TRIP_NOT_FOUND'); // not their delivery yet
    await step('accept', restaurant.actor);
    await step('accept_delivery', driver.actor);
    const second = await h.user('DRIVER', { verified: true, online: true });
    await expect(step('accept_delivery', second.actor)).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: expect.stringContaining('another driver has already taken this delivery'),
    });
    // Taking it again is refused too, so the order's history gets no second "driver assigned".
    await expect(step('accept_delivery', driver.actor)).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: expect.stringContaining('you have already taken this delivery'),
    });
    await step('prepare', restaurant.actor);
    const history = await h.tc.call('GetTrip', { tripId: order.id }, { actor: restaurant.actor });
    expect(history.transitions.map((t) => `${t.fromStatus}>${t.toStatus}`)).toEqual(['>PLACED', 'PLACED>ACCEPTED', 'ACCEPTED>ACCEPTED', 'ACCEPTED>PREPARING']);
    expect(await codeOf(h.tc.call('SetMenuItem', { id: restaurant.items[0]!.id, name: 'stolen', price: '1', available: true }, { actor: other.actor }))).toBe(
      'MENU_ITEM_NOT_FOUND',
    );
    expect(await codeOf(h.tc.call('SetMenuItem', { id: '', name: 'dish', price: '10', available: true }, { actor: customer.actor }))).toBe(
      'ACTION_NOT_ALLOWED',
    );
  });

  it('refuses an ONLINE order its customer cannot cover when it is placed, and places it in cash', async () => {
    const restaurant = await h.restaurantWithMenu('NG', [250_000n]);
    const customer = await h.user('RIDER', { funds: 100_000n });
    const place = (paymentMethod: 'CASH' | 'ONLINE') =>
      h.tc.call(
        'PlaceFoodOrder',
        { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items[0]!.id, quantity: 1 }], paymentMethod, distanceMeters: 1_000 },
        { actor: customer.actor },
      );
    // 250,000 + a delivery fee against 100,000 available: the customer is told now, not after the restaurant accepts.
    await expect(place('ONLINE')).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS', message: expect.stringMatching(/^your wallet’s available balance/) });
    expect((await h.tc.call('ListMyTrips', { serviceType: 'FOOD', page: { pageSize: 10, cursor: '' } }, { actor: customer.actor })).trips).toEqual([]);
    expect(await place('CASH')).toMatchObject({ status: 'PLACED', paymentMethod: 'CASH' });
  });

  it('refuses items not on the menu now, and lines that are not menu items of this restaurant', async () => {
    const restaurant = await h.restaurantWithMenu('NG', [5_000n, 7_000n]);
    const other = await h.restaurantWithMenu('NG', [9_000n]);
    const customer = await h.user('RIDER', { funds: 100_000n });
    await h.tc.call('SetMenuItem', { id: restaurant.items[1]!.id, name: 'dish 2', price: '7000', available: false }, { actor: restaurant.actor });
    const order = (menuItemId: string) =>
      codeOf(
        h.tc.call(
          'PlaceFoodOrder',
          { restaurantId: restaurant.id, lines: [{ menuItemId, quantity: 1 }], paymentMethod: 'ONLINE', distanceMeters: 1_000 },
          { actor: customer.actor },
        ),
      );
    expect(await order(restaurant.items[1]!.id)).toBe('MENU_ITEM_UNAVAILABLE');
    expect(await order(other.items[0]!.id)).toBe('MENU_ITEM_UNAVAILABLE');
    // The refusal says which line, so the basket can mark it.
    await expect(
      h.tc.call(
        'PlaceFoodOrder',
        {
          restaurantId: restaurant.id,
          lines: [
            { menuItemId: restaurant.items[0]!.id, quantity: 1 },
            { menuItemId: restaurant.items[1]!.id, quantity: 2 },
          ],
          paymentMethod: 'ONLINE',
          distanceMeters: 1_000,
        },
        { actor: customer.actor },
      ),
    ).rejects.toMatchObject({ code: 'MENU_ITEM_UNAVAILABLE', message: expect.stringContaining('line 2 (dish 2) is not on the menu now') });
    expect(await order(restaurant.items[0]!.id)).toBe('OK');
  });
});
