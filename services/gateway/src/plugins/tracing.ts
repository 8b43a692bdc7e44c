import { remoteContext, SpanKind, SpanStatusCode, startSpan, withContext, type Context, type Span } from '@ziba/service-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const active = new WeakMap<FastifyRequest, { span: Span; context: Context }>();

/**
 * One server span per request, from the first hook to the response, continuing a caller's
 * `traceparent`. The route handler runs inside it, so the gRPC calls it makes carry the trace on.
 * The handler is wrapped rather than the hook chain because a request body is parsed on socket
 * events, outside any context entered in an earlier hook. Call before the routes are registered.
 */
export function registerTracing(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url ?? 'unmatched';
    active.set(request, startSpan('gateway', `${request.method} ${route}`, { kind: SpanKind.SERVER, parent: remoteContext(request.headers), attributes: { 'http.request.method': request.method, 'http.route': route, 'ziba.request_id': request.id } }));
  });
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function traced(this: unknown, request, reply) {
      const traced = active.get(request);
      return traced ? withContext(traced.context, () => handler.call(this as never, request, reply)) : handler.call(this as never, request, reply);
    };
  });
  app.addHook('onResponse', async (request, reply) => {
    const traced = active.get(request);
    if (!traced) return;
    traced.span.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR });
    traced.span.end();
    active.delete(request);
  });
}
