import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../schemas/common.ts';
import { operation } from '../openapi/operation.ts';
import { contentEncodingRefusal } from '../plugins/strict-json.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * Provider callbacks (SPEC 6). No user token: the payout service checks the provider's HMAC over the
 * timestamp and the body exactly as received, so this plugin keeps JSON bodies as raw bytes (its own
 * content-type parser, encapsulated to these routes) and forwards them untouched.
 */
export const payoutWebhookRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.removeContentTypeParser('application/json');
  // As on every other route, a content-coded body is 415: nothing here decodes it.
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (request, body, done) => {
    const encoded = contentEncodingRefusal(request);
    if (encoded) return done(encoded, undefined);
    done(null, body);
  });

  app.post(
    '/api/webhooks/payouts/:provider',
    {
      schema: {
        ...operation(
          'receivePayoutWebhook',
          'A payout provider’s callback',
          'Signed with HMAC-SHA256 over `<timestamp>.<raw body>`; stale or unsigned callbacks are refused. A repeat of a callback is accepted once and reported as a duplicate, as is an outcome the payout moved on without. One that came before the step it follows (a RETURNED before the payout is PAID) is refused unrecorded, 409 PAYOUT_OUTCOME_TOO_EARLY: send it again later. PAID after FAILED captures the funds still locked (the payout becomes PAID, so it can no longer be retried or reversed); PAID after an admin reversed it moves nothing and flags the earner’s payouts PROVIDER_PAID_AFTER_REVERSAL.',
        ),
        tags: ['webhooks'],
        security: [{ providerSignature: [] }],
        params: Type.Object({ provider: Type.String({ maxLength: 64 }) }),
        // Checked by the payout service, not here: a callback unsigned or signed wrongly is 401
        // BAD_WEBHOOK_SIGNATURE whatever its headers look like, and an unknown provider 404 first.
        headers: Type.Object(
          {
            'x-ziba-timestamp': Type.Optional(Type.String({ maxLength: 1024, description: 'Unix seconds, within 5 minutes of now' })),
            'x-ziba-signature': Type.Optional(Type.String({ maxLength: 1024, description: 'hex HMAC-SHA256 over `<timestamp>.<raw body>`' })),
          },
          { additionalProperties: true },
        ),
        response: {
          200: Type.Object({ accepted: Type.Boolean(), duplicate: Type.Boolean(), payoutStatus: Type.String() }),
          ...errorResponses(400, 401, 404, 409),
        },
      },
    },
    async (request) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return clients.payout.call('HandleProviderWebhook', {
        provider: request.params.provider,
        timestamp: request.headers['x-ziba-timestamp'] ?? '',
        signature: request.headers['x-ziba-signature'] ?? '',
        rawBody: raw,
      });
    },
  );
};
