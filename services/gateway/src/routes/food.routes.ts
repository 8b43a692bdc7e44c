import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '@ziba/service-kit/errors';
import { adminsNeed, callOptions, requirePermission, requireRole, TRIP_READERS } from '../plugins/auth.ts';
import { EmptyBody, errorResponses, OptionalIdempotencyKeyHeader } from '../schemas/common.ts';
import {
  CancelBody,
  FOOD_ACTIONS,
  FoodOrderHistoryQuery,
  FoodOrderParams,
  MenuItemAvailabilityBody,
  MenuItemBody,
  MenuItemChangeBody,
  MenuItemParams,
  MenuItemSchema,
  MenuSchema,
  PlaceFoodOrderBody,
  RestaurantParams,
  SettlementSchema,
  TripPageSchema,
  TripSchema,
} from '../schemas/trip.schemas.ts';
import { noBodyIsEmpty, type RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { toMenuItemJson, toSettlementJson, toTripJson, toTripPageJson, viewerOf } from './trip-views.ts';
import { pageOf } from './paging.ts';

/**
 * Restaurant menus and food orders. Pure translation, like the trip routes: the trip service prices
 * the order from the menu and the FOOD tariff, decides who may take which action on which order,
 * holds and settles (restaurant, driver and platform). A food order is a trip with serviceType FOOD.
 */
export const foodRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['food'];
  const security = [{ bearer: [] }];
  // Action endpoints take no input; a stray field (a price, a driver id) is refused rather than ignored.
  const noInput = { preValidation: noBodyIsEmpty };

  // ---- menus: a restaurant writes only its own (the restaurant is the signed-in account) ----

  app.post(
    '/api/restaurant/menu-items',
    {
      preHandler: [requireRole('RESTAURANT')],
      schema: {
        ...operation('createMenuItem', 'Add a menu item (restaurants)', 'Prices are in the restaurant’s currency, in minor units.'),
        tags,
        security,
        body: MenuItemBody,
        response: { 201: MenuItemSchema, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { name, price, available } = request.body;
      const item = await clients.trip.call('SetMenuItem', { id: '', name, price: String(price), available }, callOptions(request));
      return reply.code(201).send(toMenuItemJson(item));
    },
  );

  app.put(
    '/api/restaurant/menu-items/:itemId',
    {
      preHandler: [requireRole('RESTAURANT')],
      schema: {
        ...operation(
          'updateMenuItem',
          'Change a menu item (restaurants)',
          'Name, price and availability (left as the server has it when omitted); orders already placed keep the price they were placed at.',
        ),
        tags,
        security,
        params: MenuItemParams,
        body: MenuItemChangeBody,
        response: { 200: MenuItemSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { name, price, available } = request.body;
      return toMenuItemJson(
        await clients.trip.call(
          'SetMenuItem',
          { id: request.params.itemId, name, price: String(price), available: available ?? false, keepAvailability: available === undefined },
          callOptions(request),
        ),
      );
    },
  );

  app.put(
    '/api/restaurant/menu-items/:itemId/availability',
    {
      preHandler: [requireRole('RESTAURANT')],
      schema: {
        ...operation(
          'setMenuItemAvailability',
          'Take a menu item off the menu or put it back (restaurants)',
          'Changes only whether customers can order the item now: its name and price stay as they are on the server, whatever the page that asks last read.',
        ),
        tags,
        security,
        params: MenuItemParams,
        body: MenuItemAvailabilityBody,
        response: { 200: MenuItemSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toMenuItemJson(
        await clients.trip.call('SetMenuItemAvailability', { id: request.params.itemId, available: request.body.available }, callOptions(request)),
      ),
  );

  app.get(
    '/api/restaurants/:restaurantId/menu',
    {
      schema: {
        ...operation('getMenu', 'A restaurant’s menu', 'The items a customer can order now.'),
        tags,
        security,
        params: RestaurantParams,
        response: { 200: MenuSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const r = await clients.trip.call('ListMenu', { restaurantId: request.params.restaurantId }, callOptions(request));
      return { items: r.items.map(toMenuItemJson) };
    },
  );

  // ---- orders ----

  app.post(
    '/api/food-orders',
    {
      preHandler: [requireRole('RIDER'), app.idempotent],
      schema: {
        ...operation(
          'placeFoodOrder',
          'Place a food order (customers)',
          'The server prices the lines from the menu and the delivery fee from the distance. An ONLINE order is taken only while the customer’s available balance covers its total (422 INSUFFICIENT_FUNDS otherwise) and holds the total in the customer’s wallet once the restaurant accepts. A repeat with the same Idempotency-Key answers with the first order and places no other.',
        ),
        tags,
        security,
        headers: OptionalIdempotencyKeyHeader,
        body: PlaceFoodOrderBody,
        response: { 201: TripSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { restaurantId, lines, paymentMethod, distanceMeters } = request.body;
      const order = await clients.trip.call(
        'PlaceFoodOrder',
        { restaurantId, lines: lines.map((l) => ({ menuItemId: l.menuItemId, quantity: l.quantity })), paymentMethod, distanceMeters },
        callOptions(request),
      );
      return reply
        .code(201)
        .header('location', `/api/food-orders/${order.id}`)
        .send(toTripJson(order, viewerOf(request)));
    },
  );

  // The food orders of GET /api/trips?kind=FOOD under the path a food app expects (a restaurant's order list).
  app.get(
    '/api/food-orders',
    {
      preHandler: [requireRole('RIDER', 'DRIVER', 'RESTAURANT')],
      schema: {
        ...operation(
          'listMyFoodOrders',
          'My food orders',
          'GET /api/trips?kind=FOOD under another name: newest first, a page at a time; a customer gets the orders they placed, a restaurant the orders placed with it, a driver the ones they delivered.',
        ),
        tags,
        security,
        querystring: FoodOrderHistoryQuery,
        response: { 200: TripPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      toTripPageJson(await clients.trip.call('ListMyTrips', { page: pageOf(request.query), serviceType: 'FOOD' }, callOptions(request)), viewerOf(request)),
  );

  app.get(
    '/api/food-orders/:orderId',
    {
      // Its customer, restaurant and driver see it (the service answers 404 otherwise); staff need VIEW_PAYOUTS, MANAGE_PAYOUTS or VIEW_WALLETS.
      preHandler: [requireRole('RIDER', 'DRIVER', 'RESTAURANT', 'ADMIN'), adminsNeed(...TRIP_READERS)],
      schema: {
        ...operation('getFoodOrder', 'A food order', 'Its customer, restaurant and driver see it; staff need VIEW_PAYOUTS, MANAGE_PAYOUTS or VIEW_WALLETS.'),
        tags,
        security,
        params: FoodOrderParams,
        response: { 200: TripSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const trip = await clients.trip.call('GetTrip', { tripId: request.params.orderId }, callOptions(request));
      // A ride or parcel is at /api/trips; here it is not a food order.
      if (trip.serviceType !== 'FOOD') throw new AppError('NOT_FOUND', 'TRIP_NOT_FOUND', 'no such food order');
      return toTripJson(trip, viewerOf(request));
    },
  );

  // One route per action, so an unknown action is 404 and each one is documented with who may try it.
  for (const [segment, { action, roles, operationId, summary }] of Object.entries(FOOD_ACTIONS)) {
    app.post(
      `/api/food-orders/:orderId/${segment}`,
      {
        ...noInput,
        // An admin may only cancel (FOOD_ACTIONS), and a cancel moves money: MANAGE_PAYOUTS.
        preHandler: [requireRole(...roles), adminsNeed('MANAGE_PAYOUTS'), app.idempotent],
        schema: {
          ...operation(
            operationId,
            summary,
            'Which party may take this step from which status is the server’s rule (403 or 409 otherwise). A cancel releases any amount held for the order; the customer cancels only until the restaurant accepts, the restaurant until its driver picks it up, an admin until it is delivered (a driver who vanished with the food), saying why in `reason` (required of them, recorded in the audit trail; nobody else sends one). A repeat with the same Idempotency-Key answers with the first result.',
          ),
          tags,
          security,
          headers: OptionalIdempotencyKeyHeader,
          params: FoodOrderParams,
          body: action === 'cancel' ? CancelBody : EmptyBody,
          response: { 200: TripSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => {
        const body: { reason?: string } = request.body;
        const reason = body.reason ?? '';
        const asked = { tripId: request.params.orderId, action, serviceType: 'FOOD', reason };
        return toTripJson(await clients.trip.call('Transition', asked, callOptions(request)), viewerOf(request));
      },
    );
  }

  // Explicit only, as for trips: the service refuses an order that is not delivered or already settled.
  app.post(
    '/api/food-orders/:orderId/settle',
    {
      ...noInput,
      preHandler: [requirePermission('MANAGE_PAYOUTS'), app.idempotent],
      schema: {
        ...operation(
          'settleFoodOrder',
          'Settle a delivered food order (MANAGE_PAYOUTS)',
          'Pays the restaurant its share of the subtotal and the driver the delivery fee, less the platform commission on each, in one ledger entry. Once per order.',
        ),
        tags,
        security,
        headers: OptionalIdempotencyKeyHeader,
        params: FoodOrderParams,
        body: EmptyBody,
        response: { 200: SettlementSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toSettlementJson(await clients.trip.call('SettleTrip', { tripId: request.params.orderId, serviceType: 'FOOD' }, callOptions(request))),
  );
};
