import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type TextMapGetter,
} from '@opentelemetry/api';

export { SpanKind, SpanStatusCode, type Span, type Context };

/** Header values as gRPC metadata and AMQP headers hold them: a string, a list, or a Buffer. */
type Carrier = Record<string, unknown>;

const getter: TextMapGetter<Carrier> = {
  keys: (carrier) => Object.keys(carrier),
  get(carrier, key) {
    const value = carrier[key];
    if (Array.isArray(value)) return value.map(String);
    if (Buffer.isBuffer(value)) return value.toString('utf8');
    return typeof value === 'string' ? value : undefined;
  },
};

/**
 * The active trace context as headers (`traceparent`, `tracestate`), to send with a gRPC call or
 * to store with an outbox event so its consumers continue the same trace.
 */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

/**
 * The trace context stored with an outbox event: its `traceparent` alone, at most 55 characters. A
 * caller's `tracestate` (up to 512 characters of its vendors' data) on each of a relay pass's 200
 * events would outgrow the 64 KB an AMQP message's headers may take, and the pass, refused whole,
 * would hold back every event in it.
 */
export function eventTraceHeaders(): Record<string, string> {
  const { traceparent } = traceHeaders();
  return traceparent ? { traceparent } : {};
}

/** The remote parent carried by incoming headers; a fresh root when they carry none. */
export function remoteContext(headers: Carrier | undefined): Context {
  return headers ? propagation.extract(ROOT_CONTEXT, headers, getter) : ROOT_CONTEXT;
}

/**
 * The parent for a consumer's span of a broker message: the span amqplib's instrumentation opened
 * for this delivery (active in the consume callback, a child of the headers' trace), else the
 * headers' remote parent. Any other active span (a reconnection's, say) is not the message's.
 */
export function deliveryContext(headers: Carrier | undefined): Context {
  const remote = remoteContext(headers);
  const delivery = trace.getSpan(context.active())?.spanContext();
  return delivery && delivery.traceId === trace.getSpanContext(remote)?.traceId ? context.active() : remote;
}

export interface SpanOptions {
  kind: SpanKind;
  attributes?: Attributes;
  /** The parent; the active context when absent. */
  parent?: Context;
}

/**
 * Runs `work` inside a new span of `tracer` (named after the service, so one process hosting
 * several services in tests still tells them apart), active for everything `work` awaits.
 * The span ends when the work settles; a failure is recorded as an error only when `isFault`
 * says so, because refusals such as "insufficient funds" are answers, not faults.
 */
export function inSpan<T>(
  tracer: string,
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
  isFault: (err: unknown) => boolean = () => true,
): Promise<T> {
  const { span, context: active } = startSpan(tracer, name, options);
  return context
    .with(active, () => work(span))
    .then(
      (result) => {
        span.end();
        return result;
      },
      (err: unknown) => {
        if (isFault(err)) recordFault(span, err);
        span.end();
        throw err;
      },
    );
}

/** Marks a span as failed by `err`. */
export function recordFault(span: Span, err: unknown): void {
  span.recordException(err instanceof Error ? err : String(err));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** A span whose end is not one function's return, such as an HTTP request from its first hook to its response. */
export function startSpan(tracer: string, name: string, options: SpanOptions): { span: Span; context: Context } {
  const parent = options.parent ?? context.active();
  const span = trace.getTracer(tracer).startSpan(name, { kind: options.kind, attributes: options.attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `work` with `ctx` active, so the spans and trace headers it makes belong to that trace. */
export function withContext<T>(ctx: Context, work: () => T): T {
  return context.with(ctx, work);
}
