import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** What the services record with everything this request causes (events, ledger entries, audit records). */
    correlationId: string;
  }
}

/**
 * The correlation id is the gateway's own. A client may name its request (`x-request-id`, kept for
 * logs and traces), but not choose what the audit trail links: one user's records could otherwise
 * claim another's request. Without a client's id it is the request id itself; either way the answer
 * says it (`x-correlation-id`).
 */
export function registerCorrelationIds(app: FastifyInstance): void {
  app.decorateRequest('correlationId', '');
  app.addHook('onRequest', async (request, reply) => {
    request.correlationId = request.headers['x-request-id'] === request.id ? randomUUID() : request.id;
    reply.header('x-correlation-id', request.correlationId);
  });
}
