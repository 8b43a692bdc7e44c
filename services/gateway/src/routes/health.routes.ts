import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from './route-deps.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.get('/healthz', { config: { rateLimit: false }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  /** Ready when the downstream breakers are closed (the services answer). */
  app.get('/readyz', { config: { rateLimit: false }, schema: { hide: true } }, async (_request, reply) => {
    const open = [clients.identity, clients.wallet, clients.trip, clients.payout].filter((c) => c.breaker.opened).map((c) => c.breaker.name);
    return reply.code(open.length ? 503 : 200).send({ status: open.length ? 'degraded' : 'ok', open });
  });
};
