import type { preHandlerAsyncHookHandler } from 'fastify';
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
