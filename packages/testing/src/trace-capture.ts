import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { startTelemetry, stopTelemetry } from '@ziba/service-kit';

export interface TraceCapture {
  /** Every span ended so far. */
  spans(): ReadableSpan[];
  stop(): Promise<void>;
}

/**
 * Starts the services' own telemetry setup with an in-memory exporter instead of OTLP, so a test
 * can read the spans that the services in this process made. Start it before the services.
 */
export function captureTraces(): TraceCapture {
  const exporter = new InMemorySpanExporter();
  startTelemetry('test', { spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  return {
    spans: () => exporter.getFinishedSpans(),
    stop: stopTelemetry,
  };
}
