import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { NodeSDK, type NodeSDKConfiguration } from '@opentelemetry/sdk-node';
import { libraryInstrumentations } from './instrumentations.ts';

let sdk: NodeSDK | null = null;

export interface TelemetryOptions {
  /** Span processors instead of the environment's exporters; tests pass one with an in-memory exporter. */
  spanProcessors?: NodeSDKConfiguration['spanProcessors'];
}

/**
 * Starts OpenTelemetry before anything else loads: W3C trace context, an AsyncLocalStorage context
 * manager, and exporters from the standard OTEL_* environment variables (OTEL_EXPORTER_OTLP_ENDPOINT
 * turns on OTLP); with none set, nothing is traced at all. Spans are made by service-kit's gRPC server
 * and client, the gateway and the messaging package (tracing.ts), and by the pg and amqplib
 * instrumentations (instrumentations.ts), which patch those libraries when they load: call this
 * before the modules that import them.
 */
export function startTelemetry(serviceName: string, options: TelemetryOptions = {}): void {
  if (sdk || process.env.OTEL_SDK_DISABLED === 'true') return;
  process.env.OTEL_SERVICE_NAME ??= serviceName;
  process.env.OTEL_TRACES_EXPORTER ??= process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? 'otlp' : 'none';
  // Spans nobody collects still cost every query, publish and delivery their recording (measured by
  // scripts/bench e2e): with no exporter, the libraries stay unpatched.
  if (process.env.OTEL_TRACES_EXPORTER === 'none' && !options.spanProcessors) return;
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  sdk = new NodeSDK({
    serviceName,
    // Trace context only, no W3C baggage: the gateway continues a public caller's trace, and baggage
    // (several KB of whatever the caller sends) would ride on every internal call and stored event.
    textMapPropagator: new W3CTraceContextPropagator(),
    instrumentations: libraryInstrumentations(),
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
  });
  sdk.start();
}

/**
 * Whether spans are recorded in this process (startTelemetry started the SDK). With none, every span
 * is a no-op, so a caller may skip the work of making them (the gateway's per-request hooks).
 */
export function tracingActive(): boolean {
  return sdk !== null;
}

export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown();
  sdk = null;
}
