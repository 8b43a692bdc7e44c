import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { callOptions, requirePermission } from '../plugins/auth.ts';
import { UserSchema } from '../schemas/auth.schemas.ts';
import { errorResponses, PageQuery, Uuid } from '../schemas/common.ts';
import {
  AdminUserPageSchema,
  AdminUserSearchQuery,
  DocumentSchema,
  KycQueuePageSchema,
  KycQueueQuery,
  OptionalReasonBody,
  ReasonBody,
  RejectionBody,
  VerificationSchema,
} from '../schemas/identity.schemas.ts';
import { toAdminUserJson, toDocumentJson, toKycQueueItemJson, toUserJson, toVerificationJson } from './identity-views.ts';
import { noBodyIsEmpty, type RouteDeps } from './route-deps.ts';
import { operation } from '../openapi/operation.ts';
import { nextCursor, pageOf } from './paging.ts';

/**
 * Admin KYC review (MANAGE_KYC) and account status (MANAGE_USERS). Identity records each decision
 * with the acting admin, taken from the forwarded actor, for the audit trail.
 */
export const adminKycRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients, revocations }) => {
  const kyc = { preHandler: [requirePermission('MANAGE_KYC')] };
  const users = { preHandler: [requirePermission('MANAGE_USERS')] };
  // Where the note is optional, a POST with no body at all means "no note" rather than a 400.
  const noteOptional = { preValidation: noBodyIsEmpty };
  const tags = ['admin'];
  const security = [{ bearer: [] }];
  const decided = errorResponses(400, 401, 403, 404, 409, 422);

  app.get(
    '/api/admin/kyc',
    {
      ...kyc,
      schema: {
        ...operation(
          'listKycQueue',
          'The KYC review queue (MANAGE_KYC)',
          "Users by verification status, country and role, with their documents and open review flags; `q` finds users by id or the start of their email (the admin console's user search).",
        ),
        tags,
        security,
        querystring: Type.Object({ ...KycQueueQuery, ...PageQuery }, { additionalProperties: false }),
        response: { 200: KycQueuePageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const r = await clients.identity.call(
        'ListKycQueue',
        { status: q.status ?? '', countryCode: q.countryCode ?? '', role: q.role ?? '', query: q.q ?? '', page: pageOf(q) },
        callOptions(request),
      );
      return { items: r.items.map(toKycQueueItemJson), page: { nextCursor: nextCursor(r.page) } };
    },
  );

  // Finding an account is part of both jobs: blocking or suspending it (MANAGE_USERS), reviewing it (MANAGE_KYC).
  app.get(
    '/api/admin/users',
    {
      preHandler: [requirePermission('MANAGE_USERS', 'MANAGE_KYC')],
      schema: {
        ...operation(
          'searchUsers',
          'Find accounts (MANAGE_USERS or MANAGE_KYC)',
          'Accounts whose id is `q` or whose email starts with it, or those blocked or suspended now (`standing`; both: those of them `q` matches), with their standing: account status, KYC status, driver status. One of `q` and `standing` is needed. No profile or documents (those are in the KYC queue).',
        ),
        tags,
        security,
        querystring: Type.Object({ ...AdminUserSearchQuery, ...PageQuery }, { additionalProperties: false }),
        response: { 200: AdminUserPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { q, standing } = request.query;
      if (!q && !standing) throw new AppError('INVALID', 'VALIDATION_FAILED', 'querystring q must be given (a user id or the start of an email), or standing');
      const r = await clients.identity.call('SearchUsers', { query: q ?? '', standing: standing ?? '', page: pageOf(request.query) }, callOptions(request));
      const items = r.items.map(toAdminUserJson);
      // An identity replica older than `standing` (a rolling deploy) ignores it: a list said to be of
      // stopped accounts never shows one that is not.
      const stopped = (u: (typeof items)[number]) => (standing === 'BLOCKED' ? u.userStatus === 'BLOCKED' : u.driverStatus === 'SUSPENDED');
      return { items: standing ? items.filter(stopped) : items, page: { nextCursor: nextCursor(r.page) } };
    },
  );

  const DocumentParams = Type.Object({ documentId: Uuid });
  app.post(
    '/api/admin/kyc/documents/:documentId/approve',
    {
      ...kyc,
      ...noteOptional,
      schema: {
        ...operation(
          'approveDocument',
          'Approve a document (MANAGE_KYC)',
          'Marks a document verified by hand; past its open review flags only with a note saying what was checked (`reason`, else 400 NOTE_REQUIRED). Recorded in the audit trail with the admin.',
        ),
        tags,
        security,
        params: DocumentParams,
        body: OptionalReasonBody,
        response: { 200: DocumentSchema, ...decided },
      },
    },
    async (request) =>
      toDocumentJson(
        await clients.identity.call(
          'DecideDocument',
          { documentId: request.params.documentId, decision: 'APPROVE', reason: request.body.reason ?? '' },
          callOptions(request),
        ),
      ),
  );
  app.post(
    '/api/admin/kyc/documents/:documentId/reject',
    {
      ...kyc,
      schema: {
        ...operation('rejectDocument', 'Reject a document (MANAGE_KYC)', 'The user is told the rejection reason and may submit another document.'),
        tags,
        security,
        params: DocumentParams,
        body: RejectionBody,
        response: { 200: DocumentSchema, ...decided },
      },
    },
    async (request) =>
      toDocumentJson(
        await clients.identity.call(
          'DecideDocument',
          { documentId: request.params.documentId, decision: 'REJECT', reason: request.body.rejectionReason },
          callOptions(request),
        ),
      ),
  );

  const UserParams = Type.Object({ userId: Uuid });
  app.post(
    '/api/admin/kyc/profiles/:userId/approve',
    {
      ...kyc,
      ...noteOptional,
      schema: {
        ...operation(
          'approveProfile',
          'Approve a profile under review (MANAGE_KYC)',
          'Clears the profile’s review flags (a name or address mismatch the admin checked by hand), with a note saying what was checked when there are any (`reason`, else 400 NOTE_REQUIRED).',
        ),
        tags,
        security,
        params: UserParams,
        body: OptionalReasonBody,
        response: { 200: VerificationSchema, ...decided },
      },
    },
    async (request) =>
      toVerificationJson(
        await clients.identity.call(
          'DecideProfile',
          { userId: request.params.userId, decision: 'APPROVE', reason: request.body.reason ?? '' },
          callOptions(request),
        ),
      ),
  );
  app.post(
    '/api/admin/kyc/profiles/:userId/reject',
    {
      ...kyc,
      schema: {
        ...operation(
          'rejectProfile',
          'Reject a profile under review (MANAGE_KYC)',
          'The user is told why; nothing that needs verification is allowed until it is fixed.',
        ),
        tags,
        security,
        params: UserParams,
        body: RejectionBody,
        response: { 200: VerificationSchema, ...decided },
      },
    },
    async (request) =>
      toVerificationJson(
        await clients.identity.call(
          'DecideProfile',
          { userId: request.params.userId, decision: 'REJECT', reason: request.body.rejectionReason },
          callOptions(request),
        ),
      ),
  );

  app.post(
    '/api/admin/users/:userId/block',
    {
      ...users,
      schema: {
        ...operation(
          'blockUser',
          'Block an account (MANAGE_USERS)',
          'A blocked account cannot sign in or move money, and the access tokens it holds stop working at once (401 TOKEN_REVOKED), its sessions too (should the gateway’s Redis be away, the block still stands and those tokens end at their expiry, within 15 minutes). The reason is recorded in the audit trail.',
        ),
        tags,
        security,
        params: UserParams,
        body: ReasonBody,
        response: { 200: UserSchema, ...decided },
      },
    },
    async (request) => {
      const { userId } = request.params;
      const user = await clients.identity
        .call('SetUserBlocked', { userId, blocked: true, reason: request.body.reason }, callOptions(request))
        .catch(async (err: unknown) => {
          // Blocked already: perhaps by this admin's own request whose answer was lost before its tokens
          // were cut off. Cutting them off again is harmless, and the retry must not leave them working.
          if (isAppError(err) && err.code === 'USER_ALREADY_BLOCKED') await revocations.cutOffUser(userId, new Date());
          throw err;
        });
      // The block's time on identity's clock, the clock that stamps the tokens' `iat`.
      await revocations.cutOffUser(userId, user.updatedAt ? new Date(user.updatedAt) : new Date());
      return toUserJson(user);
    },
  );
  app.post(
    '/api/admin/users/:userId/unblock',
    {
      ...users,
      ...noteOptional,
      schema: {
        ...operation('unblockUser', 'Unblock an account (MANAGE_USERS)', 'Restores sign-in and money movement.'),
        tags,
        security,
        params: UserParams,
        body: OptionalReasonBody,
        response: { 200: UserSchema, ...decided },
      },
    },
    async (request) =>
      toUserJson(
        await clients.identity.call(
          'SetUserBlocked',
          { userId: request.params.userId, blocked: false, reason: request.body.reason ?? '' },
          callOptions(request),
        ),
      ),
  );
  app.post(
    '/api/admin/drivers/:userId/suspend',
    {
      ...users,
      schema: {
        ...operation(
          'suspendDriver',
          'Suspend a driver (MANAGE_USERS)',
          'A suspended driver cannot go online, accept trips or withdraw. The reason is recorded in the audit trail.',
        ),
        tags,
        security,
        params: UserParams,
        body: ReasonBody,
        response: { 200: UserSchema, ...decided },
      },
    },
    async (request) =>
      toUserJson(
        await clients.identity.call(
          'SetDriverSuspended',
          { userId: request.params.userId, suspended: true, reason: request.body.reason },
          callOptions(request),
        ),
      ),
  );
  app.post(
    '/api/admin/drivers/:userId/reinstate',
    {
      ...users,
      ...noteOptional,
      schema: {
        ...operation('reinstateDriver', 'Reinstate a suspended driver (MANAGE_USERS)', 'The driver is VERIFIED again.'),
        tags,
        security,
        params: UserParams,
        body: OptionalReasonBody,
        response: { 200: UserSchema, ...decided },
      },
    },
    async (request) =>
      toUserJson(
        await clients.identity.call(
          'SetDriverSuspended',
          { userId: request.params.userId, suspended: false, reason: request.body.reason ?? '' },
          callOptions(request),
        ),
      ),
  );
};
