import type { IdentityServiceHandlers } from '@ziba/contracts';
import { requireUuid, type CallContext, type HandlersOf, type RequestOf } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { setDriverSuspended, setUserBlocked } from '../application/account-status.usecase.ts';
import { getUser, getUsers } from '../application/get-user.query.ts';
import type { IdentityContext } from '../application/identity-context.ts';
import { decideDocument, decideProfile } from '../application/kyc-decisions.usecase.ts';
import { eligibilityOf, getVerification, kycQueue, legalNames, matchLegalName, matchLegalNames } from '../application/kyc-queries.ts';
import { login } from '../application/login.usecase.ts';
import { endSession } from '../application/end-session.usecase.ts';
import type { IssuedSession } from '../application/refresh-token.ts';
import { refreshSession } from '../application/refresh-session.usecase.ts';
import { startSession } from '../application/start-session.usecase.ts';
import { putProfile } from '../application/put-profile.usecase.ts';
import { register } from '../application/register.usecase.ts';
import { submitDocument } from '../application/submit-document.usecase.ts';
import { toUserMessage } from '../application/user-mapper.ts';
import { searchUsers } from '../application/user-search.query.ts';

type Req<K extends keyof IdentityServiceHandlers> = RequestOf<IdentityServiceHandlers, K>;

const uuid = requireUuid;

const sessionMessage = (s: IssuedSession) => ({
  accessToken: s.accessToken,
  tokenType: 'Bearer',
  expiresIn: s.expiresIn,
  refreshToken: s.refreshToken,
  refreshExpiresIn: s.refreshExpiresIn,
  user: toUserMessage(s.user),
});

const address = (a: { line1: string; city: string; state: string; postalCode: string; countryCode: string } | null) =>
  a ? { line1: a.line1, city: a.city, state: a.state || null, postalCode: a.postalCode || null, countryCode: a.countryCode } : null;

/** Translates gRPC messages to use cases and back; the rules live in application/ and domain/. */
export function identityHandlers(ctx: IdentityContext): HandlersOf<IdentityServiceHandlers> {
  return {
    Register: async (r: Req<'Register'>) =>
      toUserMessage(await register(ctx, { email: r.email, password: r.password, role: r.role, countryCode: r.countryCode, testMode: r.testMode })),
    Login: async (r: Req<'Login'>) => {
      const { accessToken, expiresIn, user } = await login(ctx, r.email, r.password);
      return { accessToken, tokenType: 'Bearer', expiresIn, user: toUserMessage(user) };
    },
    GetUser: async (r: Req<'GetUser'>) => toUserMessage(await getUser(ctx, uuid('userId', r.userId))),
    GetUsers: async (r: Req<'GetUsers'>) => ({
      users: (
        await getUsers(
          ctx,
          r.userIds.map((id) => uuid('userIds', id)),
        )
      ).map(toUserMessage),
    }),
    GetJwks: async () => ({ jwksJson: JSON.stringify(ctx.tokens.jwks) }),
    StartSession: async (r: Req<'StartSession'>) => sessionMessage(await startSession(ctx, r.email, r.password)),
    RefreshSession: async (r: Req<'RefreshSession'>) => sessionMessage(await refreshSession(ctx, r.refreshToken)),
    EndSession: async (r: Req<'EndSession'>) => {
      const { ended, sessionId } = await endSession(ctx, r.refreshToken);
      return { ended, sessionId: sessionId ?? '' };
    },

    PutProfile: async (r: Req<'PutProfile'>, call: CallContext) => {
      const p = r.profile;
      if (!p) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'profile is required');
      const residence = address(p.residence) ?? { line1: '', city: '', state: null, postalCode: null, countryCode: '' };
      return putProfile(
        ctx,
        uuid('userId', r.userId),
        { legalFirstName: p.legalFirstName, legalLastName: p.legalLastName, dateOfBirth: p.dateOfBirth, countryCode: p.countryCode, residence },
        call.actor,
      );
    },
    SubmitDocument: async (r: Req<'SubmitDocument'>, call: CallContext) =>
      submitDocument(
        ctx,
        uuid('userId', r.userId),
        {
          documentType: r.documentType,
          documentNumber: r.documentNumber,
          issuingAuthority: r.issuingAuthority,
          expiryDate: r.expiryDate,
          countryCode: r.countryCode,
          holderName: r.holderName,
          holderAddress: address(r.holderAddress),
        },
        call.actor,
      ),
    GetVerification: async (r: Req<'GetVerification'>) => getVerification(ctx, uuid('userId', r.userId)),
    CheckEligibility: async (r: Req<'CheckEligibility'>) => eligibilityOf(ctx, uuid('userId', r.userId), r.action, r.mode || 'live'),
    MatchLegalName: async (r: Req<'MatchLegalName'>) => matchLegalName(ctx, uuid('userId', r.userId), r.name),
    MatchLegalNames: async (r: Req<'MatchLegalNames'>) => ({
      results: await matchLegalNames(
        ctx,
        r.names.map((n) => ({ userId: uuid('userId', n.userId), name: n.name })),
      ),
    }),
    GetLegalNames: async (r: Req<'GetLegalNames'>, call: CallContext) => ({
      names: await legalNames(
        ctx,
        call.actor,
        r.userIds.map((id) => uuid('userIds', id)),
      ),
    }),

    ListKycQueue: async (r: Req<'ListKycQueue'>, call: CallContext) =>
      kycQueue(ctx, call.actor, {
        status: r.status,
        countryCode: r.countryCode,
        role: r.role,
        query: r.query,
        pageSize: r.page?.pageSize ?? 20,
        cursor: r.page?.cursor ? uuid('cursor', r.page.cursor) : '',
      }),
    SearchUsers: async (r: Req<'SearchUsers'>, call: CallContext) =>
      searchUsers(ctx, call.actor, {
        query: r.query,
        standing: r.standing,
        pageSize: r.page?.pageSize ?? 20,
        cursor: r.page?.cursor ? uuid('cursor', r.page.cursor) : '',
      }),
    DecideDocument: async (r: Req<'DecideDocument'>, call: CallContext) =>
      decideDocument(ctx, call.actor, uuid('documentId', r.documentId), r.decision, r.reason),
    DecideProfile: async (r: Req<'DecideProfile'>, call: CallContext) => decideProfile(ctx, call.actor, uuid('userId', r.userId), r.decision, r.reason),
    SetUserBlocked: async (r: Req<'SetUserBlocked'>, call: CallContext) =>
      toUserMessage(await setUserBlocked(ctx, call.actor, uuid('userId', r.userId), r.blocked, r.reason)),
    SetDriverSuspended: async (r: Req<'SetDriverSuspended'>, call: CallContext) =>
      toUserMessage(await setDriverSuspended(ctx, call.actor, uuid('userId', r.userId), r.suspended, r.reason)),
  };
}
