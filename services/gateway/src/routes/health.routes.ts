import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from './route-deps.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.get('/healthz', { config: { rateLimit: false }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  /**
   * Ready while this gateway can serve: it is up and not shutting down. A downstream's open breaker is
   * reported, not made a reason to be unready: every replica shares the downstreams, so one failing
   * service would take them all out of rotation, and requests the others can serve would get nothing.
   */
  app.get('/readyz', { config: { rateLimit: false }, schema: { hide: true } }, async (_request, reply) => {
    const open = [clients.identity, clients.wallet, clients.trip, clients.payout].filter((c) => c.breaker.opened).map((c) => c.breaker.name);
    return reply.code(closing ? 503 : 200).send({ status: closing ? 'closing' : open.length ? 'degraded' : 'ok', open });
  });
};
