import { counter, histogram } from '@ziba/service-kit';
import type { FastifyInstance } from 'fastify';

const requests = counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by route pattern and status',
  labelNames: ['method', 'route', 'status'],
});
const duration = histogram({ name: 'http_request_duration_seconds', help: 'Time to answer an HTTP request', labelNames: ['method', 'route'] });

/**
 * Counts and times every answered request. The route label is the route's pattern
 * (`/api/admin/wallets/:userId`), never the raw URL: ids would make a series per user.
 * Requests that match no route share one label. Call before the routes are registered.
 */
export function registerHttpMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}
