import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;

beforeAll(async () => {
  stack = await startStack('gwmetrics');
  client = api(stack.url);
});
afterAll(async () => stack?.stop());

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, as a scraper reads it (comments skipped). */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

async function scrape(url: string): Promise<{ text: string; type: string; value(name: string, labels?: Record<string, string>): number | undefined }> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  const text = await res.text();
  const samples = parse(text);
  return {
    text,
    type: res.headers.get('content-type') ?? '',
    value: (name, labels = {}) => samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value,
  };
}

const registered = { method: 'POST', route: '/api/auth/register', status: '201' };

describe('metrics', () => {
  it('counts REST requests by route pattern, gRPC calls, outbox backlog, consumer lag and breaker state', async () => {
    const before = (await scrape(stack.metricsUrls.gateway)).value('http_requests_total', registered) ?? 0;

    const rider = await client.register('RIDER', 'NG');
    await client.saveProfile(rider.token, 'NG');
    const funded = await client.call('POST', '/api/wallet/add-funds', {
      token: rider.token,
      body: { amount: 150_000 },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(funded.status).toBe(200);
    const stray = `/api/no-such-thing/${randomUUID()}`;
    expect((await client.call('GET', stray)).status).toBe(404);
    const walletId = randomUUID();
    expect((await client.call('GET', `/api/admin/wallets/${walletId}`, { token: rider.token })).status).toBe(403);

    const gateway = await scrape(stack.metricsUrls.gateway);
    expect(gateway.type).toMatch(/^text\/plain; version=0\.0\.4/);
    // REST: by route pattern; the unmatched URL and the user's id never become label values.
    expect(gateway.value('http_requests_total', registered)).toBe(before + 1);
    expect(gateway.value('http_requests_total', { method: 'POST', route: '/api/wallet/add-funds', status: '200' })).toBe(1);
    expect(gateway.value('http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(gateway.value('http_requests_total', { method: 'GET', route: '/api/admin/wallets/:walletId', status: '403' })).toBe(1);
    expect(gateway.value('http_request_duration_seconds_count', { method: 'POST', route: '/api/wallet/add-funds' })).toBe(1);
    expect(gateway.value('http_request_duration_seconds_sum', { method: 'POST', route: '/api/wallet/add-funds' })).toBeGreaterThan(0);
    expect(gateway.text).not.toContain(rider.id);
    expect(gateway.text).not.toContain(stray);
    expect(gateway.text).not.toContain(walletId);

    // gRPC: identity served Register once for this rider; the gateway's client saw the same call.
    const identity = await scrape(stack.metricsUrls.identity);
    expect(identity.value('grpc_server_requests_total', { service: 'identity', method: 'Register', code: 'OK' })).toBe(1);
    expect(identity.value('grpc_server_request_duration_seconds_count', { service: 'identity', method: 'Register' })).toBe(1);
    expect(identity.value('grpc_server_request_duration_seconds_bucket', { service: 'identity', method: 'Register', le: '+Inf' })).toBe(1);
    expect(identity.value('grpc_client_requests_total', { target: 'identity', method: 'Register', code: 'OK' })).toBe(1);
    expect(identity.value('grpc_server_requests_total', { service: 'wallet-ledger', method: 'AddFunds', code: 'OK' })).toBe(1);
    expect(identity.value('circuit_breaker_state', { target: 'identity' })).toBe(0);
    expect(identity.value('circuit_breaker_state', { target: 'wallet-ledger' })).toBe(0);
    expect(identity.value('process_resident_memory_bytes')).toBeGreaterThan(0);

    // Messaging: the events reach this stack's own audit consumer (its queue is not shared with
    // other runs), its lag is observed, and identity's outbox drains to an empty backlog.
    const consumer = stack.auditConsumer;
    const drained = await eventually(
      () => scrape(stack.metricsUrls.audit),
      (m) => (m.value('consumer_event_lag_seconds_count', { consumer }) ?? 0) > 0 && m.value('outbox_backlog', { service: 'identity' }) === 0,
    );
    expect(drained.value('consumer_events_total', { consumer, outcome: 'processed' })).toBe(drained.value('consumer_event_lag_seconds_count', { consumer }));
    expect(drained.value('consumer_events_total', { consumer, outcome: 'failed' }) ?? 0).toBe(0);
    expect(drained.value('consumer_event_lag_seconds_sum', { consumer })).toBeGreaterThanOrEqual(0);
    expect(drained.value('outbox_oldest_unpublished_age_seconds', { service: 'identity' })).toBe(0);
    for (const service of ['wallet-ledger', 'trip-settlement', 'payout', 'audit'])
      expect(drained.value('outbox_backlog', { service })).toBeGreaterThanOrEqual(0);
    expect(drained.value('consumer_queue_depth', { queue: `${consumer}.events` })).toBeGreaterThanOrEqual(0);
    expect(drained.value('consumer_queue_depth', { queue: `${consumer}.events.dead` })).toBe(0);
  });

  it('serves metrics only on the metrics port', async () => {
    expect((await client.call('GET', '/metrics')).status).toBe(404);
    expect((await fetch(stack.metricsUrls.gateway.replace(/\/metrics$/, '/other'))).status).toBe(404);
  });
});
