import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { ServiceClients } from '../clients/service-clients.ts';

export interface RouteDeps {
  clients: ServiceClients;
  authRateLimit: { max: number; timeWindow: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler that requires a valid access token. */
    auth: preHandlerAsyncHookHandler;
  }
}

/** preValidation for bodies that are optional or empty: a POST with no body at all counts as `{}`. */
export const noBodyIsEmpty = async (request: FastifyRequest) => {
  request.body ??= {};
};
