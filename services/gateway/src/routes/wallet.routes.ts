import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { callOptions, requireRole } from '../plugins/auth.ts';
import { requireEligible } from '../plugins/eligibility.ts';
import { errorResponses, IdempotencyKeyHeader, SequencePageQuery, Uuid } from '../schemas/common.ts';
import { toTransactionJson } from './wallet-views.ts';
import { AddFundsBody, AddFundsResponse, TransactionPageSchema, WalletSchema } from '../schemas/wallet.schemas.ts';
import { operation } from '../openapi/operation.ts';
import { nextCursor, pageOf } from './paging.ts';
import type { RouteDeps } from './route-deps.ts';

export const walletRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const own = (request: FastifyRequest) => {
    const p = request.principal!;
    return clients.wallet.call('GetWallet', { owner: { ownerId: p.userId, currency: p.currency, mode: modeOf(p.testMode) } }, callOptions(request));
  };
  /** A wallet by id, only when it is the caller's: another user's wallet is indistinguishable from none. */
  const ownById = async (request: FastifyRequest, walletId: string) => {
    const w = await clients.wallet.call('GetWallet', { walletId }, callOptions(request)).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'WALLET_NOT_FOUND') return null;
      throw err;
    });
    if (!w || w.ownerId !== request.principal!.userId) throw new AppError('NOT_FOUND', 'WALLET_NOT_FOUND', 'no such wallet');
    return w;
  };
  const tags = ['wallet'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/wallet',
    {
      schema: {
        ...operation(
          'getMyWallet',
          'My wallet',
          'Available, locked (on hold for an active trip or a pending withdrawal), negative (commission owed) and withdrawable balances, as decimal strings of minor units.',
        ),
        tags,
        security,
        response: { 200: WalletSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => own(request),
  );

  app.get(
    '/api/wallet/transactions',
    {
      schema: {
        ...operation(
          'listMyTransactions',
          'My wallet transactions',
          'Newest first, a page at a time; each line says its direction, amount and the balances after it. With `tripId`, only the lines of that trip or food order (its charge or hold, and any refund): what its receipt shows.',
        ),
        tags,
        security,
        querystring: Type.Object(
          { ...SequencePageQuery, tripId: Type.Optional(Type.String({ format: 'uuid', description: 'only the lines of this trip or food order' })) },
          { additionalProperties: false },
        ),
        response: { 200: TransactionPageSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const w = await own(request);
      const r = await clients.wallet.call(
        'ListTransactions',
        { walletId: w.id, page: pageOf(request.query), tripId: request.query.tripId ?? '' },
        callOptions(request),
      );
      // Which admin caused a line is staff's business, as on the earner's own payouts (toEarnerPayoutJson).
      return { transactions: r.transactions.map((t) => ({ ...toTransactionJson(t), createdByAdminId: '' })), page: { nextCursor: nextCursor(r.page) } };
    },
  );

  app.get(
    '/api/wallets/:walletId',
    {
      schema: {
        ...operation('getWallet', 'A wallet of mine by id', 'Another user’s wallet answers 404, exactly as a wallet that does not exist.'),
        tags,
        security,
        params: Type.Object({ walletId: Uuid }),
        response: { 200: WalletSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ownById(request, request.params.walletId),
  );

  app.post(
    '/api/wallet/add-funds',
    {
      // No identity profile, no financial action (SPEC 3): identity says whether this rider may transact.
      preHandler: [requireRole('RIDER'), requireEligible(clients, 'TRANSACT'), app.idempotent],
      schema: {
        ...operation(
          'addFunds',
          'Add funds to my wallet (riders)',
          'Charges the rider’s payment method and credits the wallet. Requires an `Idempotency-Key`: a repeat answers with the first result and moves nothing.',
        ),
        tags,
        security,
        headers: IdempotencyKeyHeader,
        body: AddFundsBody,
        response: { 200: AddFundsResponse, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const p = request.principal!;
      const w = await own(request);
      // The key is scoped to the user, so two riders' keys never collide.
      const key = `add-funds:${p.userId}:${request.headers['idempotency-key']}`;
      const result = await clients.wallet.call(
        'AddFunds',
        {
          meta: { idempotencyKey: key, serviceType: 'funding', description: 'wallet top-up' },
          walletId: w.id,
          amount: { amount: String(request.body.amount), currency: w.currency },
        },
        callOptions(request),
      );
      return { entryId: result.entryId, replayed: result.replayed, wallet: await clients.wallet.call('GetWallet', { walletId: w.id }, callOptions(request)) };
    },
  );
};
