import { FastifyOtelInstrumentation } from '@fastify/otel';
import { RPCType, setRPCMetadata } from '@opentelemetry/core';
import { remoteContext, SpanKind, SpanStatusCode, startSpan, tracingActive, withContext, type Context, type Span } from '@ziba/service-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const active = new WeakMap<FastifyRequest, { span: Span; context: Context }>();

/**
 * Fastify's own instrumentation: a span for each hook and for the route handler (authentication,
 * idempotency, rate limit...), under the request span below. It records the path without the query
 * string, which may carry what a trace backend should not keep.
 */
const lifecycle = new FastifyOtelInstrumentation({
  requestHook: (span, request) => span.setAttribute('url.path', request.url.split('?', 1)[0]!),
});

/**
 * One server span per request, from the first hook to the response, continuing a caller's
 * `traceparent`. The route handler runs inside it, so the gRPC calls it makes carry the trace on.
 * The handler is wrapped rather than the hook chain because a request body is parsed on socket
 * events, outside any context entered in an earlier hook. Call before the routes are registered:
 * the hooks added afterwards get spans of their own.
 *
 * With no exporter (telemetry not started) every span would be a no-op, but the hooks, @fastify/otel's
 * wrapping of every later hook and the handler, and the contexts they enter still cost each request
 * (bench e2e CPU profile): then nothing is registered. Telemetry starts before the gateway is built.
 */
export async function registerTracing(app: FastifyInstance): Promise<void> {
  if (!tracingActive()) return;
  app.addHook('onRequest', (request, _reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const traced = startSpan('gateway', `${request.method} ${route}`, {
      kind: SpanKind.SERVER,
      parent: remoteContext(request.headers),
      attributes: { 'http.request.method': request.method, 'http.route': route, 'ziba.request_id': request.id },
    });
    active.set(request, traced);
    // The next hook, @fastify/otel's, runs inside done(): its spans become this span's children, and
    // the RPC metadata tells it the HTTP server span exists already (so its own is INTERNAL).
    withContext(setRPCMetadata(traced.context, { type: RPCType.HTTP, span: traced.span }), () => done());
  });
  app.addHook('onResponse', async (request, reply) => {
    const traced = active.get(request);
    if (!traced) return;
    traced.span.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR });
    traced.span.end();
    active.delete(request);
  });
  // Lifecycle hooks added from here on (idempotency, rate limit, routes' own) get spans of their own.
  await app.register(lifecycle.plugin());
  // After @fastify/otel's onRoute, so this wraps its handler span (which names its own parent).
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function traced(this: unknown, request, reply) {
      const traced = active.get(request);
      return traced ? withContext(traced.context, () => handler.call(this as never, request, reply)) : handler.call(this as never, request, reply);
    };
  });
}
