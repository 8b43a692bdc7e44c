import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createLogger, inSpan, SpanKind } from '@ziba/service-kit';
import { Writable } from 'node:stream';
import { captureTraces, type TraceCapture } from '@ziba/testing';
import { eventually, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

let traces: TraceCapture;
let stack: Stack;
let client: ReturnType<typeof api>;
const { adminToken, onlineDriver, fundedRider } = people(() => client);

beforeAll(async () => {
  // Before the services start: they make their spans through the global tracer provider.
  traces = captureTraces();
  stack = await startStack('gwtrace');
  client = api(stack.url);
});
afterAll(async () => {
  await stack?.stop();
  await traces?.stop();
});

it("one settle request is one trace: the gateway, trip-settlement, wallet-ledger over gRPC, and audit consuming both services' events", async () => {
  const payoutsAdmin = await adminToken(stack, ['MANAGE_PAYOUTS']);
  const driver = await onlineDriver();
  const rider = await fundedRider(1_000_000);
  const trip = (await client.call('POST', '/api/trips', { token: rider.token, body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 5_000 } }))
    .body;
  for (const action of ['accept', 'arrive', 'start', 'complete'])
    expect((await client.call('POST', `/api/trips/${trip.id}/${action}`, { token: driver.token })).status).toBe(200);

  const settled = await client.call('POST', `/api/trips/${trip.id}/settle`, { token: payoutsAdmin, headers: { 'x-request-id': `trace-${trip.id}` } });
  expect(settled.status).toBe(200);

  const request = traces.spans().find((s) => s.instrumentationScope.name === 'gateway' && s.attributes['ziba.request_id'] === `trace-${trip.id}`);
  expect(request).toMatchObject({
    name: 'POST /api/trips/:tripId/settle',
    kind: SpanKind.SERVER,
    attributes: expect.objectContaining({ 'http.response.status_code': 200 }),
  });
  const traceId = request!.spanContext().traceId;
  const inTrace = () => traces.spans().filter((s) => s.spanContext().traceId === traceId);

  // The audit service consumes the settlement's events after the response: wait for its spans.
  const spans = await eventually(
    async () => inTrace(),
    (found) => {
      const consumed = found.filter((s) => s.instrumentationScope.name === 'audit' && s.kind === SpanKind.CONSUMER).map((s) => s.attributes['ziba.event_type']);
      expect(consumed).toEqual(expect.arrayContaining(['trip.settled.v1', 'wallet.entry-posted.v1']));
    },
    10_000,
  );
  const servers = spans.filter((s) => s.kind === SpanKind.SERVER).map((s) => s.instrumentationScope.name);
  expect(servers).toEqual(expect.arrayContaining(['gateway', 'trip-settlement', 'wallet-ledger']));
  expect(spans.find((s) => s.instrumentationScope.name === 'trip-settlement' && s.kind === SpanKind.SERVER)?.name).toBe('trip-settlement/SettleTrip');

  // One tree: the request is the root, and every other span's parent is a span of the same trace.
  const ids = new Set(spans.map((s) => s.spanContext().spanId));
  expect(request!.parentSpanContext).toBeUndefined();
  for (const span of spans.filter((s) => s !== request)) expect(ids.has(span.parentSpanContext?.spanId ?? 'none')).toBe(true);

  // A request of another trip is a trace of its own.
  const other = traces
    .spans()
    .filter(
      (s) =>
        s.instrumentationScope.name === 'gateway' && ['/api/trips/:tripId/accept', '/api/trips/:tripId/complete'].includes(String(s.attributes['http.route'])),
    );
  expect(other).toHaveLength(2);
  for (const span of other) expect(span.spanContext().traceId).not.toBe(traceId);
});

it('log lines written inside a span carry its trace and span ids', async () => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
  const logger = createLogger('trip-settlement', 'info', sink);
  const ids = await inSpan('trip-settlement', 'work', { kind: SpanKind.INTERNAL }, async (span) => {
    logger.info('inside');
    return span.spanContext();
  });
  logger.info('outside');
  const [inside, outside] = lines.map((l) => JSON.parse(l));
  expect(inside).toMatchObject({ msg: 'inside', traceId: ids.traceId, spanId: ids.spanId });
  expect(outside.traceId).toBeUndefined();
});
