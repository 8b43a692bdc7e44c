import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { callOptions, requirePermission, TRIP_READERS } from '../plugins/auth.ts';
import { errorResponses } from '../schemas/common.ts';
import { TripsUnderWayPageSchema, TripsUnderWayQuery } from '../schemas/trip.schemas.ts';
import { operation } from '../openapi/operation.ts';
import { pageOf } from './paging.ts';
import type { RouteDeps } from './route-deps.ts';
import { toTripPageJson, viewerOf } from './trip-views.ts';
import { withPeopleEmails } from './user-lookups.ts';

/**
 * Support's view of the trips under way: the one whose driver vanished, or whose parcel cannot be
 * delivered, is found here and cancelled through POST /api/trips/:id/cancel (or the food order's
 * twin). Which trips are under way is the trip service's rule.
 */
export const adminTripRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.get(
    '/api/admin/trips/under-way',
    {
      // Whoever may read a trip (GET /api/trips/:tripId); cancelling one needs MANAGE_PAYOUTS.
      preHandler: [requirePermission(...TRIP_READERS)],
      schema: {
        ...operation(
          'listTripsUnderWay',
          'Trips under way (VIEW_PAYOUTS, MANAGE_PAYOUTS or VIEW_WALLETS)',
          'Rides, parcels and food orders neither done, settled nor cancelled: waiting for a driver, or on the road. Earliest requested (longest waiting) first, a page at a time, each with the people it charges and pays and the steps an admin may take (`nextActions`: `cancel` while an admin may still cancel it, with MANAGE_PAYOUTS, through POST /api/trips/{tripId}/cancel or /api/food-orders/{orderId}/cancel). Live trips unless `mode=test`; `countryCode` and `kind` narrow the list.',
        ),
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: TripsUnderWayQuery,
        response: { 200: TripsUnderWayPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const asked = { page: pageOf(q), countryCode: q.countryCode ?? '', mode: q.mode ?? '', serviceType: q.kind ?? '' };
      const page = await clients.trip.call('ListTripsUnderWay', asked, callOptions(request));
      return withPeopleEmails(clients, request, toTripPageJson(page, viewerOf(request)));
    },
  );
};
