import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError, isFault } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { randomUUID } from 'node:crypto';
import { assertFareWithinLimit, priceTrip } from '../domain/pricing.ts';
import { assertDistance, FOOD_DELIVERY_DISTANCE_METERS } from '../domain/distance.ts';
import { assertFareCovered } from '../domain/fare-cover.ts';
import { partyOf } from '../domain/trip-access.ts';
import { PAYMENT_METHODS, TripErrors, type PaymentMethod } from '../domain/trip-state.ts';
import { MenuRepository } from '../persistence/menu.repository.ts';
import { toMenuMessage } from './menu-items.usecase.ts';
import { TariffRepository } from '../persistence/tariff.repository.ts';
import { TripRepository, type TripRow } from '../persistence/trip.repository.ts';
import { Identity, Wallets } from './collaborators.ts';
import type { TripContext } from './trip-context.ts';
import { toTripMessage } from './trip-mapper.ts';
import { createdOnce, moved } from './trip-transitions.ts';

/** An active restaurant's menu; 404 RESTAURANT_NOT_FOUND for anyone else, as ordering from them would be. */
export async function listMenu(ctx: TripContext, restaurantId: string) {
  if (!(await activeRestaurant(ctx, restaurantId))) throw new AppError('NOT_FOUND', 'RESTAURANT_NOT_FOUND', 'no such restaurant');
  return { items: (await MenuRepository.items(ctx.orm.em.fork(), restaurantId)).map(toMenuMessage) };
}

/**
 * The restaurant as identity knows it, when it is one taking orders. Only identity's "no such user"
 * means no such restaurant: an identity that cannot answer now is a retryable 503, not a 404 the
 * customer's app would believe (found by the fault-injection run).
 */
async function activeRestaurant(ctx: TripContext, id: string) {
  const user = await Identity.user(ctx, id).catch((err: unknown) => {
    if (isFault(err)) throw err;
    return null;
  });
  return user && user.role === 'RESTAURANT' && user.status === 'ACTIVE' ? user : null;
}

/**
 * A customer orders from one restaurant's menu. The subtotal is the menu's prices times the
 * quantities, the delivery fee comes from the FOOD tariff; nothing priced comes from the client.
 */
export async function placeFoodOrder(
  ctx: TripContext,
  actor: Actor | null,
  input: { restaurantId: string; lines: Array<{ menuItemId: string; quantity: number }>; paymentMethod: string; distanceMeters: number },
  requestKey: string | null = null,
) {
  const { party, id: customerId } = partyOf(actor);
  if (party !== 'RIDER') throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'only customers place food orders');
  if (!PAYMENT_METHODS.includes(input.paymentMethod as PaymentMethod)) throw TripErrors.invalid('paymentMethod', 'must be CASH or ONLINE');
  assertDistance(input.distanceMeters, FOOD_DELIVERY_DISTANCE_METERS);
  if (!input.lines?.length || input.lines.length > 50) throw TripErrors.invalid('lines', 'must list 1 to 50 menu items');
  const ids = new Set(input.lines.map((l) => l.menuItemId));
  if (ids.size !== input.lines.length) throw TripErrors.invalid('lines', 'must name each menu item once');
  if (input.lines.some((l) => !Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > 50))
    throw TripErrors.invalid('quantity', 'must be a whole number from 1 to 50');
  const sameRequest = (t: TripRow) =>
    t.serviceType === 'FOOD' && t.restaurantId === input.restaurantId && t.paymentMethod === input.paymentMethod && t.distanceMeters === input.distanceMeters;
  return createdOnce(ctx, customerId, requestKey, sameRequest, () => createOrder(ctx, actor, customerId, input, requestKey));
}

type OrderInput = Parameters<typeof placeFoodOrder>[2];

/** Identity's checks of the customer and the restaurant, then the order, its lines and first step in one transaction. */
async function createOrder(ctx: TripContext, actor: Actor | null, customerId: string, input: OrderInput, requestKey: string | null) {
  const customer = await Identity.user(ctx, customerId);
  const restaurant = await activeRestaurant(ctx, input.restaurantId);
  if (!restaurant) throw new AppError('NOT_FOUND', 'RESTAURANT_NOT_FOUND', 'no such restaurant');
  if (restaurant.countryCode !== customer.countryCode || restaurant.testMode !== customer.testMode)
    throw new AppError('REFUSED', 'RESTAURANT_NOT_SERVED', 'this restaurant does not deliver to your account');
  const mode = modeOf(customer.testMode);
  await Identity.requireEligible(ctx, customerId, 'TRANSACT', mode, actor);
  // A restaurant earns from every order: one that may not (no identity profile yet, SPEC 3) takes none.
  if (!(await Identity.eligibility(ctx, restaurant.id, 'TRANSACT', mode, actor)).allowed)
    throw new AppError('REFUSED', 'RESTAURANT_NOT_TAKING_ORDERS', 'this restaurant cannot take orders now; try another');
  // Priced before the transaction, so no transaction stays open while the wallet is asked.
  const reads = ctx.orm.em.fork();
  const menu = new Map((await MenuRepository.items(reads, input.restaurantId)).map((m) => [m.id, m]));
  const lines = input.lines.map((l, i) => {
    const item = menu.get(l.menuItemId);
    // Which line, so the customer's basket can mark it (the number as the customer counts, from 1).
    if (!item || !item.available)
      throw new AppError('REFUSED', 'MENU_ITEM_UNAVAILABLE', `line ${i + 1} (${item ? item.name : `menu item ${l.menuItemId}`}) is not on the menu now`);
    return { menuItemId: item.id, name: item.name, unitPrice: item.price, quantity: l.quantity };
  });
  const tariff = await TariffRepository.forService(reads, customer.countryCode, 'FOOD');
  if (!tariff) throw new AppError('REFUSED', 'SERVICE_NOT_OFFERED', `food delivery is not offered in ${customer.countryCode}`);
  const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * BigInt(l.quantity), 0n);
  const deliveryFee = priceTrip(tariff, input.distanceMeters);
  const fare = assertFareWithinLimit(subtotal + deliveryFee);
  const paymentMethod = input.paymentMethod as PaymentMethod;
  if (paymentMethod === 'ONLINE') assertFareCovered(paymentMethod, fare, await Wallets.available(ctx, customerId, { currency: tariff.currency, mode }));
  return inTransaction(ctx, async (em) => {
    const id = randomUUID();
    await TripRepository.insert(em, {
      id,
      serviceType: 'FOOD',
      status: 'PLACED',
      countryCode: customer.countryCode,
      currency: tariff.currency,
      mode,
      paymentMethod,
      riderId: customerId,
      distanceMeters: input.distanceMeters,
      fare,
      restaurantId: input.restaurantId,
      foodSubtotal: subtotal,
      deliveryFee,
    });
    await TripRepository.insertLines(em, id, lines);
    await moved(em, { tripId: id, serviceType: 'FOOD', from: null, to: 'PLACED', actor: { type: 'USER', id: customerId }, requestKey });
    return toTripMessage(em, (await TripRepository.find(em, id))!, actor);
  });
}
