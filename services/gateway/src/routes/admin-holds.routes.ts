import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { errorResponses, IdempotencyKeyHeader, Uuid } from '../schemas/common.ts';
import { ReleaseHoldBody, StuckHoldsQuery, StuckHoldsSchema, TripSchema, UnsettledTripPageSchema, UnsettledTripsQuery } from '../schemas/trip.schemas.ts';
import type { RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { toStuckHoldJson, toTripJson, toTripPageJson, viewerOf } from './trip-views.ts';
import { emailsForAdmin, withPeopleEmails } from './user-lookups.ts';
import { pageOf } from './paging.ts';

/**
 * What waits for an admin's money decision on trips: the trips done and not yet settled (settlement
 * is explicit, SPEC 5; the settle itself is POST /api/trips/:id/settle or its food-order twin), and
 * the fare holds recovery could not decide on (no hold is left without an owner), with an admin's
 * release and its reason. Which trips wait and which holds count as stuck are the trip service's
 * rules. A release moves money, so like a top-up or a withdrawal it must carry an Idempotency-Key.
 */
export const adminHoldRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/admin/holds/stuck',
    {
      preHandler: [requirePermission('VIEW_WALLETS', 'MANAGE_PAYOUTS')],
      schema: {
        ...operation(
          'listStuckHolds',
          'Fare holds recovery cannot decide (MANAGE_PAYOUTS)',
          'Holds on trips whose outcome the automatic recovery cannot tell, oldest first; an admin releases them after checking. Live trips unless `mode=test`; `countryCode` keeps one country.',
        ),
        tags,
        security,
        querystring: StuckHoldsQuery,
        response: { 200: StuckHoldsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const asked = { limit: q.limit ?? 0, countryCode: q.countryCode ?? '', mode: q.mode ?? '' };
      const holds = (await clients.trip.call('ListStuckHolds', asked, callOptions(request))).holds.map(toStuckHoldJson);
      const emailOf = await emailsForAdmin(
        clients,
        request,
        holds.flatMap((h) => [h.riderId, h.driverId ?? '']),
      );
      return { holds: holds.map((h) => ({ ...h, riderEmail: emailOf(h.riderId), driverEmail: h.driverId ? emailOf(h.driverId) : null })) };
    },
  );

  app.get(
    '/api/admin/trips/unsettled',
    {
      preHandler: [requirePermission('VIEW_WALLETS', 'MANAGE_PAYOUTS')],
      schema: {
        ...operation(
          'listUnsettledTrips',
          'Trips waiting to be settled (VIEW_WALLETS or MANAGE_PAYOUTS)',
          'Rides and parcels completed and food orders delivered that no one has settled yet, in the order they were requested, a page at a time: settlement is an explicit call, and this is the queue an admin settles from (POST /api/trips/{tripId}/settle, or /api/food-orders/{orderId}/settle). Only what a settle would take is listed: cash trips, and online trips whose fare is still held (one whose hold was given back cannot be settled). Live trips unless `mode=test`.',
        ),
        tags,
        security,
        querystring: UnsettledTripsQuery,
        response: { 200: UnsettledTripPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await clients.trip.call(
        'ListUnsettledTrips',
        { page: pageOf(q), countryCode: q.countryCode ?? '', mode: q.mode ?? '' },
        callOptions(request),
      );
      return withPeopleEmails(clients, request, toTripPageJson(page, viewerOf(request)));
    },
  );

  app.post(
    '/api/admin/holds/:tripId/release',
    {
      preHandler: [requirePermission('MANAGE_PAYOUTS'), app.idempotent],
      schema: {
        ...operation(
          'releaseStuckHold',
          'Release a stuck fare hold (MANAGE_PAYOUTS)',
          'Gives the held fare back to the rider; the reason is recorded in the audit trail. Moves money, so it requires an `Idempotency-Key` (400 VALIDATION_FAILED without one): a repeat answers with the first result and moves nothing, and a retry of a release that was done but whose answer was lost gets the trip, not 409 NO_OPEN_HOLD.',
        ),
        tags,
        security,
        headers: IdempotencyKeyHeader,
        params: Type.Object({ tripId: Uuid }),
        body: ReleaseHoldBody,
        response: { 200: TripSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      toTripJson(
        await clients.trip.call('ReleaseStuckHold', { tripId: request.params.tripId, reason: request.body.reason }, callOptions(request)),
        viewerOf(request),
      ),
  );
};
