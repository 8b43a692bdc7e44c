import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminsNeed, callOptions, requirePermission, requireRole, TRIP_READERS } from '../plugins/auth.ts';
import { EmptyBody, errorResponses, OptionalIdempotencyKeyHeader } from '../schemas/common.ts';
import {
  DriverPresenceSchema,
  CancelBody,
  RequestTripBody,
  SettlementSchema,
  TRIP_ACTIONS,
  TripHistoryQuery,
  TripPageSchema,
  TripParams,
  TripSchema,
} from '../schemas/trip.schemas.ts';
import { noBodyIsEmpty, type RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { toPresenceJson, toSettlementJson, toTripJson, toTripPageJson, viewerOf } from './trip-views.ts';
import { pageOf } from './paging.ts';

/**
 * Trips and their money. Pure translation: the trip service prices the trip, decides who may make
 * which transition, holds and settles; the acting user reaches it only as the forwarded actor.
 */
/** What every transition route says in the API document. */
const TRANSITION_DESCRIPTION =
  'Which party may take this step from which status is the server’s rule (403 or 409 otherwise). A cancel releases any fare held for the trip; the rider cancels only until the ride starts or the parcel is picked up; the driver until the ride is done or the parcel picked up (then they hold the goods), an admin until it is done, saying why in `reason` (required of an admin, recorded in the audit trail; nobody else sends one). A repeat with the same Idempotency-Key answers with the first result.';

export const tripRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['trips'];
  const security = [{ bearer: [] }];
  // Action endpoints take no input; a stray field (a driver id, a price) is refused rather than ignored.
  const noInput = { preValidation: noBodyIsEmpty };

  app.post(
    '/api/trips',
    {
      preHandler: [requireRole('RIDER'), app.idempotent],
      schema: {
        ...operation(
          'requestTrip',
          'Request a ride or a parcel delivery (riders)',
          'The server prices the trip from the distance and the country’s tariff. An ONLINE trip is taken only while the rider’s available balance covers the fare (422 INSUFFICIENT_FUNDS otherwise) and holds the fare in the rider’s wallet while it runs; the hold is settled or released at the end. A repeat with the same Idempotency-Key answers with the first trip and requests no other.',
        ),
        tags,
        security,
        headers: OptionalIdempotencyKeyHeader,
        body: RequestTripBody,
        response: { 201: TripSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { serviceType, paymentMethod, distanceMeters } = request.body;
      const trip = await clients.trip.call('RequestTrip', { serviceType, paymentMethod, distanceMeters }, callOptions(request));
      return reply
        .code(201)
        .header('location', `/api/trips/${trip.id}`)
        .send(toTripJson(trip, viewerOf(request)));
    },
  );

  app.get(
    '/api/trips',
    {
      // Staff read trips one by one (GET /api/trips/:tripId) and through the admin lists; a history is a user's own.
      preHandler: [requireRole('RIDER', 'DRIVER', 'RESTAURANT')],
      schema: {
        ...operation(
          'listMyTrips',
          'My trips and food orders',
          'Newest first, a page at a time. A rider gets the rides, parcels and food orders they asked for, a driver the ones they drove, a restaurant the orders placed with it; whose is decided by the server from the account. Each item is the trip as GET /api/trips/{tripId} gives it (fare, distance, driver, steps, and the lines of a food order).',
        ),
        tags,
        security,
        querystring: TripHistoryQuery,
        response: { 200: TripPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      toTripPageJson(
        await clients.trip.call('ListMyTrips', { page: pageOf(request.query), serviceType: request.query.kind ?? '' }, callOptions(request)),
        viewerOf(request),
      ),
  );

  app.get(
    '/api/trips/:tripId',
    {
      // Riders, drivers and restaurants see their own (the service answers 404 otherwise); staff need VIEW_PAYOUTS, MANAGE_PAYOUTS or VIEW_WALLETS.
      preHandler: [requireRole('RIDER', 'DRIVER', 'RESTAURANT', 'ADMIN'), adminsNeed(...TRIP_READERS)],
      schema: {
        ...operation('getTrip', 'A trip', 'Its rider, driver and staff with VIEW_PAYOUTS, MANAGE_PAYOUTS or VIEW_WALLETS see it; anyone else gets 404.'),
        tags,
        security,
        params: TripParams,
        response: { 200: TripSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => toTripJson(await clients.trip.call('GetTrip', { tripId: request.params.tripId }, callOptions(request)), viewerOf(request)),
  );

  // One route per action, so an unknown action is 404 and each one is documented. The gateway lets
  // only the roles that can ever take an action try it (403 ROLE_NOT_ALLOWED); which of them may take
  // it on which trip from which status is the service's rule.
  for (const [segment, { action, roles, operationId, summary }] of Object.entries(TRIP_ACTIONS)) {
    app.post(
      `/api/trips/:tripId/${segment}`,
      {
        ...noInput,
        // An admin's cancel moves money (the held fare goes back), so MANAGE_PAYOUTS.
        preHandler: [requireRole(...roles), adminsNeed('MANAGE_PAYOUTS'), app.idempotent],
        schema: {
          ...operation(operationId, summary, TRANSITION_DESCRIPTION),
          tags,
          security,
          headers: OptionalIdempotencyKeyHeader,
          params: TripParams,
          body: action === 'cancel' ? CancelBody : EmptyBody,
          response: { 200: TripSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => {
        const body: { reason?: string } = request.body;
        const reason = body.reason ?? '';
        return toTripJson(await clients.trip.call('Transition', { tripId: request.params.tripId, action, reason }, callOptions(request)), viewerOf(request));
      },
    );
  }

  // Explicit only (SPEC 5): the service refuses a trip that is not completed or already settled.
  app.post(
    '/api/trips/:tripId/settle',
    {
      ...noInput,
      preHandler: [requirePermission('MANAGE_PAYOUTS'), app.idempotent],
      schema: {
        ...operation(
          'settleTrip',
          'Settle a completed trip (MANAGE_PAYOUTS)',
          'Splits the fare between the driver and the platform’s commission (the rule in force when the trip was completed, whenever it is settled; recorded on it) in one ledger entry. Once per trip: a repeat is 409 TRIP_ALREADY_SETTLED.',
        ),
        tags,
        security,
        headers: OptionalIdempotencyKeyHeader,
        params: TripParams,
        body: EmptyBody,
        response: { 200: SettlementSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toSettlementJson(await clients.trip.call('SettleTrip', { tripId: request.params.tripId }, callOptions(request))),
  );

  app.get(
    '/api/driver/presence',
    {
      preHandler: [requireRole('DRIVER')],
      schema: {
        ...operation('getDriverPresence', 'Whether the driver is online', 'As the server has it, so an app shows the online switch right after a reload.'),
        tags,
        security,
        response: { 200: DriverPresenceSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => toPresenceJson(await clients.trip.call('GetDriverPresence', {}, callOptions(request))),
  );

  // Only VERIFIED drivers may go online: the service asks identity and refuses otherwise.
  for (const [segment, online] of [
    ['online', true],
    ['offline', false],
  ] as const) {
    app.post(
      `/api/driver/${segment}`,
      {
        ...noInput,
        preHandler: [requireRole('DRIVER')],
        schema: {
          ...operation(
            online ? 'goOnline' : 'goOffline',
            online ? 'Go online (verified drivers)' : 'Go offline (drivers)',
            online
              ? 'Only a VERIFIED driver whose documents are valid may go online and receive trips.'
              : 'Stops receiving trips; trips already accepted go on.',
          ),
          tags,
          security,
          body: EmptyBody,
          response: { 200: DriverPresenceSchema, ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (request) => toPresenceJson(await clients.trip.call('SetDriverOnline', { online }, callOptions(request))),
    );
  }
};
