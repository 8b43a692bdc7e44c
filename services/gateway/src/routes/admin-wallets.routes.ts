import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { errorResponses, PageQuery, Uuid } from '../schemas/common.ts';
import { TransactionPageSchema, WalletListSchema, WalletSchema } from '../schemas/wallet.schemas.ts';
import type { RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { nextCursor, pageOf } from './wallet.routes.ts';

const SignedAmountQuery = Type.String({ pattern: '^-?(0|[1-9][0-9]{0,15})$' });

/** Read-only admin views of wallets and their ledgers (VIEW_WALLETS). */
export const adminWalletRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const guard = { preHandler: [app.auth, requirePermission('VIEW_WALLETS')] };
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/admin/wallets',
    {
      ...guard,
      schema: {
        ...operation('listWallets', 'List wallets (VIEW_WALLETS)', 'Filter by owner type, country and mode; a page at a time.'),
        tags,
        security,
        querystring: Type.Object(
          {
            ownerType: Type.Optional(Type.Union(['RIDER', 'DRIVER', 'RESTAURANT', 'PLATFORM', 'SYSTEM'].map((t) => Type.Literal(t)))),
            country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
            minAvailable: Type.Optional(SignedAmountQuery),
            maxAvailable: Type.Optional(SignedAmountQuery),
            mode: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('test')], { description: 'live when omitted' })),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: WalletListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const r = await clients.wallet.call(
        'ListWallets',
        {
          ownerType: q.ownerType ?? '',
          countryCode: q.country ?? '',
          minAvailable: q.minAvailable ?? '',
          maxAvailable: q.maxAvailable ?? '',
          mode: q.mode ?? '',
          page: pageOf(q),
        },
        callOptions(request),
      );
      return { wallets: r.wallets, page: { nextCursor: nextCursor(r.page) } };
    },
  );

  app.get(
    '/api/admin/wallets/:walletId',
    {
      ...guard,
      schema: {
        ...operation('getWalletAsAdmin', 'A wallet (VIEW_WALLETS)', 'Any wallet’s balances.'),
        tags,
        security,
        params: Type.Object({ walletId: Uuid }),
        response: { 200: WalletSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => clients.wallet.call('GetWallet', { walletId: request.params.walletId }, callOptions(request)),
  );

  app.get(
    '/api/admin/wallets/:walletId/transactions',
    {
      ...guard,
      schema: {
        ...operation('listWalletTransactions', 'A wallet’s ledger lines (VIEW_WALLETS)', 'Read-only: newest first, with the balances after each line.'),
        tags,
        security,
        params: Type.Object({ walletId: Uuid }),
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: TransactionPageSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const r = await clients.wallet.call('ListTransactions', { walletId: request.params.walletId, page: pageOf(request.query) }, callOptions(request));
      return { transactions: r.transactions, page: { nextCursor: nextCursor(r.page) } };
    },
  );
};
