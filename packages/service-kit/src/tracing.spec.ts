import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { startTelemetry, stopTelemetry } from './telemetry.ts';
import { eventTraceHeaders, remoteContext, traceHeaders, withContext } from './tracing.ts';

beforeAll(() => startTelemetry('test', { spanProcessors: [] }));
afterAll(() => stopTelemetry());

// What a public caller may send the gateway, which continues the caller's trace.
const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const tracestate = `a=${'x'.repeat(240)},b=${'y'.repeat(240)}`; // near W3C's 512-character limit
const caller = { traceparent, tracestate, baggage: `note=${'y'.repeat(4_000)}` };

it("passes on a caller's trace context over gRPC, but not its baggage", () => {
  expect(withContext(remoteContext(caller), traceHeaders)).toEqual({ traceparent, tracestate });
});

it('stores only the traceparent with an event, so a pass of 200 events fits in a message', () => {
  const stored = withContext(remoteContext(caller), eventTraceHeaders);
  expect(stored).toEqual({ traceparent });
  expect(JSON.stringify(Array(200).fill(stored)).length).toBeLessThan(16 * 1024);
});

it('stores nothing outside a trace', () => {
  expect(eventTraceHeaders()).toEqual({});
});
