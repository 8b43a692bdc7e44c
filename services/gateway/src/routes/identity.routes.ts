import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { callOptions, requireRole } from '../plugins/auth.ts';
import { checkEligibility } from '../plugins/eligibility.ts';
import { errorResponses } from '../schemas/common.ts';
import { DocumentBody, DocumentSchema, EligibilityQuery, EligibilitySchema, ProfileBody, VerificationSchema } from '../schemas/identity.schemas.ts';
import { toAddressMessage, toDocumentJson, toProfileMessage, toVerificationJson } from './identity-views.ts';
import { operation } from '../openapi/operation.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * The caller's own identity profile, documents and verification state. The user id always comes from
 * the access token: there is no path or body field that could name someone else.
 */
export const identityRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  // Admins are staff accounts with no wallet or identity profile of their own here.
  const secured = { preHandler: [requireRole('RIDER', 'DRIVER', 'RESTAURANT')] };
  const tags = ['identity'];
  const security = [{ bearer: [] }];

  app.put(
    '/api/me/identity-profile',
    {
      ...secured,
      schema: {
        ...operation(
          'saveIdentityProfile',
          'Save my identity profile',
          'Legal name, date of birth and residence. No money moves for an account without a profile (422 PROFILE_MISSING).',
        ),
        tags,
        security,
        body: ProfileBody,
        response: { 200: VerificationSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request) => {
      const v = await clients.identity.call('PutProfile', { userId: request.principal!.userId, profile: toProfileMessage(request.body) }, callOptions(request));
      return toVerificationJson(v);
    },
  );

  app.post(
    '/api/me/identity-documents',
    {
      ...secured,
      schema: {
        ...operation(
          'submitIdentityDocument',
          'Submit an identity document',
          'The document number is accepted and kept only as a keyed hash; it is never returned. Verification is automatic where the provider can decide, otherwise it waits for an admin.',
        ),
        tags,
        security,
        body: DocumentBody,
        response: { 201: DocumentSchema, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const doc = await clients.identity.call(
        'SubmitDocument',
        {
          userId: request.principal!.userId,
          documentType: b.documentType,
          documentNumber: b.documentNumber,
          issuingAuthority: b.issuingAuthority,
          expiryDate: b.expiryDate ?? '',
          countryCode: b.countryCode,
          holderName: b.holderName,
          holderAddress: b.holderAddress ? toAddressMessage(b.holderAddress) : null,
        },
        callOptions(request),
      );
      return reply.code(201).send(toDocumentJson(doc));
    },
  );

  app.get(
    '/api/me/verification',
    {
      ...secured,
      schema: {
        ...operation('getMyVerification', 'My verification status', 'Where KYC stands: what is verified, what is missing, review flags and their reasons.'),
        tags,
        security,
        response: { 200: VerificationSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => toVerificationJson(await clients.identity.call('GetVerification', { userId: request.principal!.userId }, callOptions(request))),
  );

  // Lets a client explain a disabled button before the user tries; the actions themselves check again.
  app.get(
    '/api/me/eligibility',
    {
      ...secured,
      schema: {
        ...operation(
          'getMyEligibility',
          'May I do this?',
          'Whether the signed-in user may withdraw, go online, accept a trip or transact now, and every reason why not, so a client can explain a disabled button. The actions check again.',
        ),
        tags,
        security,
        querystring: EligibilityQuery,
        response: { 200: EligibilitySchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { allowed, reasons } = await checkEligibility(clients, request, request.query.action);
      return { allowed, reasons };
    },
  );
};
