import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadAuditProto, type AuditServiceClient } from '@ziba/contracts';
import { createLogger, GrpcClient, GrpcServer, loadBalancingOptions, type LoadBalancingPolicy } from '../src/index.ts';

const token = 'lb-test-token-0123456789';
const definition = loadAuditProto().ziba.audit.v1.AuditService;
const servers: GrpcServer[] = [];
const ports: number[] = [];
const served = new Map<number, number>();

/** Two replicas of one service; each answers VerifyChain with its own number, and counts. */
beforeAll(async () => {
  for (const replica of [0, 1]) {
    const server = new GrpcServer({ name: `replica-${replica}`, logger: createLogger('lb-test', 'silent'), serviceTokens: `tests=${token}` });
    const answer = async () => {
      served.set(replica, (served.get(replica) ?? 0) + 1);
      return { ok: true, records: String(replica), firstBrokenSeq: '', reason: '' };
    };
    server.addService(definition.service, { VerifyChain: answer, ListAuditRecords: answer, ListNotifications: answer });
    ports.push(await server.listen('127.0.0.1:0'));
    servers.push(server);
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.shutdown(1_000)));
});

async function spread(address: string, loadBalancing?: LoadBalancingPolicy): Promise<Map<string, number>> {
  const client = new GrpcClient<AuditServiceClient>(definition, { target: 'audit', address, token, ...(loadBalancing ? { loadBalancing } : {}) });
  const answeredBy = new Map<string, number>();
  try {
    for (let i = 0; i < 20; i++) {
      const r = await client.call('VerifyChain', {});
      answeredBy.set(r.records, (answeredBy.get(r.records) ?? 0) + 1);
    }
  } finally {
    client.close();
  }
  return answeredBy;
}

describe('gRPC client load balancing across replicas', () => {
  it('round_robin sends each call to the next replica; pick_first (the default for a plain address) keeps to one', async () => {
    // One target listing both replicas, as DNS answers for a headless Service.
    const both = `ipv4:127.0.0.1:${ports[0]},127.0.0.1:${ports[1]}`;
    // The first calls may go out while the second connection is still being made: about half each.
    const rr = await spread(both, 'round_robin');
    expect(rr.get('0')).toBeGreaterThanOrEqual(8);
    expect(rr.get('1')).toBeGreaterThanOrEqual(8);
    const sticky = await spread(both, 'pick_first');
    expect([...sticky.values()]).toEqual([20]);
  });

  it('a dns:/// target gets round_robin unless told otherwise; any other address keeps the grpc-js default', () => {
    const config = (o: Record<string, unknown>) => JSON.parse(String(o['grpc.service_config'])) as unknown;
    expect(config(loadBalancingOptions('dns:///wallet-ledger-headless:50052'))).toEqual({ loadBalancingConfig: [{ round_robin: {} }] });
    expect(config(loadBalancingOptions('dns:///wallet-ledger-headless:50052', 'pick_first'))).toEqual({ loadBalancingConfig: [{ pick_first: {} }] });
    expect(loadBalancingOptions('wallet-ledger:50052')).toEqual({});
    expect(config(loadBalancingOptions('wallet-ledger:50052', 'round_robin'))).toEqual({ loadBalancingConfig: [{ round_robin: {} }] });
  });

  it('a dns:/// name resolves and is served (round_robin by default)', async () => {
    // localhost resolves to 127.0.0.1 (and ::1 where configured); both replicas listen on one port of
    // their own here, so one name with two ports is not possible: check the resolver path with one.
    const r = await spread(`dns:///localhost:${ports[0]}`);
    expect(r.get('0')).toBe(20);
  });
});
