import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { eventuallyPasses } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { startE2eStack, type E2eStack } from './support/e2e-stack.ts';
import { startOtlpReceiver, SpanKinds, type OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver.ts';
import { people } from './support/people.ts';

// The stack as scripts/up starts it, exporting to an OTLP receiver as it would to a collector or
// Jaeger: the instrumentations (pg, amqplib, @fastify/otel) patch the real processes' libraries.
let receiver: OtlpReceiver;
let e2e: E2eStack;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  // The standard variables a user sets; a short batch delay so the spans arrive within the test.
  const telemetry = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '200' };
  e2e = await startE2eStack('traces', { telemetry });
}, 120_000);
afterAll(async () => {
  await e2e?.stop();
  await receiver?.close();
});

const { api, signedUp, verifiedDriver, ride, adminToken } = people(
  () => e2e.stack.gatewayUrl,
  () => ({ email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword }),
);

it('one settle request is one trace: the gateway, gRPC, SQL and the broker to its consumers, with no values or tokens', async () => {
  const rider = await signedUp('RIDER');
  const fundingKey = randomUUID();
  expect(
    (await api(rider.token).POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': fundingKey } }, body: { amount: 1_000_000 } })).response
      .status,
  ).toBe(200);
  const driver = await verifiedDriver();
  expect((await api(driver.token).POST('/api/driver/online', { body: {} })).response.status).toBe(200);
  const { id: tripId } = await ride(rider.token, driver.token, 'ONLINE', 'complete');
  const admin = await adminToken();

  const requestId = `settle-${randomUUID()}`;
  const settled = await api(admin).POST('/api/trips/{tripId}/settle', { params: { path: { tripId } }, body: {}, headers: { 'x-request-id': requestId } });
  expect(settled.response.status).toBe(200);

  const request = await eventuallyPasses(
    async () => receiver.spans().find((s) => s.scope === 'gateway' && s.attributes['ziba.request_id'] === requestId),
    (span) => expect(span).toBeDefined(),
    20_000,
  );
  expect(request).toMatchObject({
    service: 'gateway',
    name: 'POST /api/trips/:tripId/settle',
    kind: SpanKinds.SERVER,
    parentSpanId: '',
    attributes: expect.objectContaining({ 'http.response.status_code': 200 }),
  });
  const inTrace = () => receiver.spans().filter((s) => s.traceId === request!.traceId);

  // The consumers take the settlement's events after the response: wait until the whole tree is in.
  const spans = await eventuallyPasses(
    async () => inTrace(),
    (found) => {
      expect(found.filter(consumedBy('audit')).map((s) => s.attributes['ziba.event_type'])).toEqual(
        expect.arrayContaining(['trip.settled.v1', 'wallet.entry-posted.v1']),
      );
      const ids = new Set(found.map((s) => s.spanId));
      for (const span of found.filter((s) => s !== request))
        expect({ span: span.name, parentInTrace: ids.has(span.parentSpanId) }).toEqual({ span: span.name, parentInTrace: true });
    },
    20_000,
  );
  const names = (where: (s: ReceivedSpan) => boolean) => spans.filter(where).map((s) => `${s.service} ${s.name}`);

  // Fastify's lifecycle under the gateway's server span: the request, its hooks and the handler.
  expect(names((s) => s.scope === '@fastify/otel')).toEqual(expect.arrayContaining(['gateway request', expect.stringMatching(/^gateway handler - /)]));
  // gRPC: the gateway's client call and the services' server spans.
  expect(names((s) => s.kind === SpanKinds.CLIENT && s.scope === 'grpc-client')).toEqual(
    expect.arrayContaining([expect.stringMatching(/^gateway .*\/SettleTrip$/)]),
  );
  expect(names((s) => s.kind === SpanKinds.SERVER && s.service !== 'gateway')).toEqual(
    expect.arrayContaining(['trip-settlement trip-settlement/SettleTrip', expect.stringMatching(/^wallet-ledger wallet-ledger\//)]),
  );
  // SQL of both services' databases, statements only.
  const sqlSpans = spans.filter((s) => s.scope === '@opentelemetry/instrumentation-pg' && s.name.startsWith('pg.query'));
  expect([...new Set(sqlSpans.map((s) => s.service))]).toEqual(expect.arrayContaining(['trip-settlement', 'wallet-ledger', 'audit']));
  expect(sqlSpans.filter((s) => String(s.attributes['db.query.text']).includes('?')).length).toBeGreaterThan(0);
  for (const span of sqlSpans) {
    expect(span.attributes['db.query.text']).toEqual(expect.any(String));
    expect(span.attributes['db.query.text']).not.toContain("'");
    expect(span.attributes['db.postgresql.values']).toBeUndefined();
  }
  expect(JSON.stringify(sqlSpans)).not.toContain(tripId);
  // The broker: trip-settlement's relay publishes, and the consumers' deliveries continue from there.
  const published = spans.filter((s) => s.scope === '@opentelemetry/instrumentation-amqplib' && s.kind === SpanKinds.PRODUCER);
  expect(published.map((s) => s.service)).toEqual(expect.arrayContaining(['trip-settlement', 'wallet-ledger']));
  const deliveries = spans.filter((s) => s.scope === '@opentelemetry/instrumentation-amqplib' && s.kind === SpanKinds.CONSUMER);
  expect(deliveries.every((d) => published.some((p) => p.spanId === d.parentSpanId))).toBe(true);
  const auditConsumed = spans.filter(consumedBy('audit'));
  expect(auditConsumed.every((c) => deliveries.some((d) => d.spanId === c.parentSpanId))).toBe(true);

  // Nothing any span of the test carries is a secret or a value written to the databases.
  const everything = JSON.stringify(receiver.spans());
  for (const secret of [admin, rider.token, driver.token, fundingKey, rider.email, e2e.secrets.adminPassword, 'guest:guest'])
    expect(everything).not.toContain(secret);
});

const consumedBy = (service: string) => (s: ReceivedSpan) => s.service === service && s.kind === SpanKinds.CONSUMER && s.scope === service;
