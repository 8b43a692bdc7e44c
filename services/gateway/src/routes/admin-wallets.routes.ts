import { AppError } from '@ziba/service-kit/errors';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { CountryFilterQuery, errorResponses, PageQuery, SequencePageQuery, Uuid } from '../schemas/common.ts';
import { toTransactionJson } from './wallet-views.ts';
import { AdminWalletListSchema, AdminWalletSchema, TransactionPageSchema } from '../schemas/wallet.schemas.ts';
import type { RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { MODES, StringEnum, WALLET_OWNER_TYPES } from '../schemas/enums.ts';
import { requireOrderedAmounts } from './query-ranges.ts';
import { emailsOf } from './user-lookups.ts';
import { countryFilterOf } from './country-filter.ts';
import { nextCursor, pageOf } from './paging.ts';

const SignedAmountQuery = (description: string) => Type.String({ pattern: '^-?(0|[1-9][0-9]{0,15})$', description });

/** Read-only admin views of wallets and their ledgers (VIEW_WALLETS; an admin who adjusts wallets finds them too). */
export const adminWalletRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const guard = { preHandler: [requirePermission('VIEW_WALLETS', 'ADJUST_WALLETS')] };
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  app.get(
    '/api/admin/wallets',
    {
      ...guard,
      schema: {
        ...operation(
          'listWallets',
          'List wallets (VIEW_WALLETS or ADJUST_WALLETS)',
          'Filter by owner (one user’s wallets), owner type, country and mode; a page at a time.',
        ),
        tags,
        security,
        querystring: Type.Object(
          {
            ownerType: Type.Optional(
              StringEnum([...WALLET_OWNER_TYPES, 'USER'], {
                description: 'one kind of owner, or USER: any rider’s, driver’s or restaurant’s wallet (not the platform’s own accounts)',
              }),
            ),
            ownerId: Type.Optional(Type.String({ format: 'uuid', description: 'one user’s wallets, in either mode unless `mode` is given' })),
            ...CountryFilterQuery,
            minAvailable: Type.Optional(
              SignedAmountQuery('available balance at least this, in minor units of the country’s currency (needs country or ownerId)'),
            ),
            maxAvailable: Type.Optional(
              SignedAmountQuery('available balance at most this, in minor units of the country’s currency (needs country or ownerId)'),
            ),
            mode: Type.Optional(StringEnum(MODES, { description: 'live when omitted' })),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: AdminWalletListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      requireOrderedAmounts(q.minAvailable, q.maxAvailable, ['minAvailable', 'maxAvailable']);
      const country = countryFilterOf(q);
      // Minor units are a currency's: kobo, cents and poisha in one comparison would mean nothing.
      if ((q.minAvailable !== undefined || q.maxAvailable !== undefined) && !country && !q.ownerId)
        throw new AppError(
          'INVALID',
          'VALIDATION_FAILED',
          'querystring country must be given with minAvailable or maxAvailable (or ownerId): they are minor units of its currency',
        );
      const r = await clients.wallet.call(
        'ListWallets',
        {
          ownerType: q.ownerType ?? '',
          ownerId: q.ownerId ?? '',
          countryCode: country,
          minAvailable: q.minAvailable ?? '',
          maxAvailable: q.maxAvailable ?? '',
          mode: q.mode ?? '',
          page: pageOf(q),
        },
        callOptions(request),
      );
      const emailOf = await emailsOf(
        clients,
        request,
        r.wallets.map((w) => w.ownerId),
      );
      return { wallets: r.wallets.map((w) => ({ ...w, ownerEmail: emailOf(w.ownerId) })), page: { nextCursor: nextCursor(r.page) } };
    },
  );

  app.get(
    '/api/admin/wallets/:walletId',
    {
      ...guard,
      schema: {
        ...operation('getWalletAsAdmin', 'A wallet (VIEW_WALLETS or ADJUST_WALLETS)', 'Any wallet’s balances.'),
        tags,
        security,
        params: Type.Object({ walletId: Uuid }),
        response: { 200: AdminWalletSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const wallet = await clients.wallet.call('GetWallet', { walletId: request.params.walletId }, callOptions(request));
      const emailOf = await emailsOf(clients, request, [wallet.ownerId]);
      return { ...wallet, ownerEmail: emailOf(wallet.ownerId) };
    },
  );

  app.get(
    '/api/admin/wallets/:walletId/transactions',
    {
      ...guard,
      schema: {
        ...operation(
          'listWalletTransactions',
          'A wallet’s ledger lines (VIEW_WALLETS or ADJUST_WALLETS)',
          'Read-only: newest first, with the balances after each line.',
        ),
        tags,
        security,
        params: Type.Object({ walletId: Uuid }),
        querystring: Type.Object(SequencePageQuery, { additionalProperties: false }),
        response: { 200: TransactionPageSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const r = await clients.wallet.call('ListTransactions', { walletId: request.params.walletId, page: pageOf(request.query) }, callOptions(request));
      return { transactions: r.transactions.map(toTransactionJson), page: { nextCursor: nextCursor(r.page) } };
    },
  );
};
