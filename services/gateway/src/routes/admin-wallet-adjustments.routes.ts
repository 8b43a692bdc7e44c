import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { operation } from '../openapi/operation.ts';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { errorResponses, IdempotencyKeyHeader, Uuid } from '../schemas/common.ts';
import { AdjustWalletBody, WalletAdjustmentSchema } from '../schemas/wallet.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * POST /api/admin/wallets/:walletId/adjustments: an admin's refund or correction of a user's wallet
 * (SPEC 4). The ledger decides and records it (with the reason and the admin); a repeat with the same
 * Idempotency-Key answers with the first entry (`replayed: true`).
 */
export const adminWalletAdjustmentRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.post(
    '/api/admin/wallets/:walletId/adjustments',
    {
      preHandler: [requirePermission('ADJUST_WALLETS'), app.idempotent],
      schema: {
        ...operation(
          'adjustWallet',
          'Refund or correct a wallet (ADJUST_WALLETS)',
          'Credits or debits the available balance of a rider’s, driver’s or restaurant’s wallet against the platform’s revenue, in one ledger entry with the reason and the admin. A refund names the trip or food order it gives back (tripId), is at most what that trip took from this rider’s wallet (422 REFUND_EXCEEDS_CHARGE, NOTHING_TO_REFUND) and is made once a trip: any other request to refund it, whoever asks and whatever the amount, is 409 ALREADY_REFUNDED (only the first request’s own retry, under its Idempotency-Key, is answered with it). A debit never takes the balance below zero (422 INSUFFICIENT_FUNDS); the platform’s own wallets are not adjusted (422 WALLET_NOT_ADJUSTABLE).',
        ),
        tags: ['admin'],
        security: [{ bearer: [] }],
        headers: IdempotencyKeyHeader,
        params: Type.Object({ walletId: Uuid }),
        body: AdjustWalletBody,
        response: { 200: WalletAdjustmentSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const b = request.body;
      const r = await clients.wallet.call(
        'AdjustWallet',
        {
          idempotencyKey: request.headers['idempotency-key'],
          walletId: request.params.walletId,
          amount: { amount: String(b.amount), currency: b.currency },
          direction: b.direction,
          kind: b.kind ?? 'ADJUSTMENT',
          reason: b.reason,
          tripId: b.tripId ?? '',
        },
        callOptions(request),
      );
      // Ids arrive in any case; the ledger answers in lower case.
      const mine = r.postings.find((p) => p.walletId === request.params.walletId.toLowerCase())!;
      return {
        entryId: r.entryId,
        entryType: r.entryType,
        amount: { amount: String(b.amount), currency: r.currency },
        availableAfter: mine.availableAfter,
        replayed: r.replayed,
        createdAt: r.createdAt,
      };
    },
  );
};
