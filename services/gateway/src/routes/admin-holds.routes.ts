import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { errorResponses, IdempotencyKeyHeader, Uuid } from '../schemas/common.ts';
import { ReleaseHoldBody, StuckHoldsQuery, StuckHoldsSchema, TripSchema } from '../schemas/trip.schemas.ts';
import type { RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { toStuckHoldJson, toTripJson, viewerOf } from './trip-views.ts';

/**
 * Fare holds that recovery could not decide on (SPEC 5: no hold is left without an owner): the list,
 * and an admin's release with a reason. Which holds count as stuck is the trip service's rule. A
 * release moves money, so like a top-up or a withdrawal it must carry an Idempotency-Key.
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
          'Holds on trips whose outcome the automatic recovery cannot tell; an admin releases them after checking.',
        ),
        tags,
        security,
        querystring: StuckHoldsQuery,
        response: { 200: StuckHoldsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const r = await clients.trip.call('ListStuckHolds', { limit: request.query.limit ?? 0 }, callOptions(request));
      return { holds: r.holds.map(toStuckHoldJson) };
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
