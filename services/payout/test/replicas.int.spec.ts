import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadPayoutProto, type PayoutServiceClient } from '@ziba/contracts';
import { createLogger, GrpcClient, metricsRegistry } from '@ziba/service-kit';
import { eventually, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { startPayout, type PayoutApp } from '../src/app.ts';
import { measureOpenPayouts } from '../src/application/payout-metrics.ts';
import { loadPayoutConfig } from '../src/config.ts';
import { startPayoutHarness, type PayoutHarness } from './harness.ts';

// Several replicas of the payout service on one database, as Kubernetes runs them: the outbox relays
// share the outbox (each event published once), and the recovery loops never act twice on a payout.
let h: PayoutHarness;
const replicas: PayoutApp[] = [];
const replicaLogs: string[] = [];
let viaReplica: GrpcClient<PayoutServiceClient>;

beforeAll(async () => {
  h = await startPayoutHarness();
});
afterAll(async () => {
  viaReplica?.close();
  for (const r of replicas) await r.stop();
  await h?.stop();
});

/** Another replica of payout on the harness's database, recovering every 200 ms; its log lines kept. */
async function startReplica(): Promise<PayoutApp> {
  const sink = new Writable({
    write(chunk, _e, done) {
      replicaLogs.push(String(chunk));
      done();
    },
  });
  const app = await startPayout(
    loadPayoutConfig({ ...h.payoutEnv, RECOVERY_INTERVAL_MS: '200', RECOVERY_AFTER_MS: '60000' }),
    createLogger('payout', 'info', sink),
  );
  replicas.push(app);
  return app;
}

/** A withdrawal stuck in REQUESTED with its hold made, as a crash between the two steps leaves it. */
async function stuckWithdrawal(): Promise<{ id: string; walletId: string }> {
  const d = await h.earner('DRIVER', { verified: true, method: true, earnings: 5_000_000n });
  const id = randomUUID();
  await sql(
    h.payoutDbUrl,
    `insert into payout (id, owner_id, owner_type, country_code, currency, mode, amount, status, idempotency_key, created_at)
    values ($1, $2, 'DRIVER', 'NG', 'NGN', 'live', 1000000, 'REQUESTED', $3, now() - interval '5 minutes')`,
    [id, d.id, `crashed-${id}`],
  );
  await h.payout.ctx.wallet.call('Hold', {
    meta: { idempotencyKey: `payout:${id}:hold`, serviceType: 'payout', reference: { type: 'payout', id }, description: 'withdrawal requested' },
    walletId: d.walletId,
    amount: { amount: '1000000', currency: 'NGN' },
    holdId: `payout-${id}`,
  });
  return { id, walletId: d.walletId };
}

describe('three replicas of payout on one database', () => {
  it('recovery: each stuck withdrawal is resolved once (one transition, one event, one log line), whichever replica gets there', async () => {
    const stuck = [];
    for (let i = 0; i < 4; i++) stuck.push(await stuckWithdrawal());
    // Two more replicas, each starting with a recovery pass and then one every 200 ms: their passes
    // overlap with each other's all the time.
    await Promise.all([startReplica(), startReplica()]);
    const ids = stuck.map((s) => s.id);
    await eventually(
      () => sql<{ n: number }>(h.payoutDbUrl, "select count(*)::int n from payout where id = any($1) and status = 'BLOCKED'", [ids]),
      (r) => r[0]?.n === ids.length,
      20_000,
    );
    // a few more rounds of every replica's loop, which must find nothing left to do
    await new Promise((r) => setTimeout(r, 1_500));

    const steps = await sql<{ payout_id: string; n: number }>(
      h.payoutDbUrl,
      "select payout_id, count(*)::int n from payout_transition where payout_id = any($1) and from_status = 'REQUESTED' and to_status = 'BLOCKED' group by payout_id",
      [ids],
    );
    expect(steps.map((s) => s.n)).toEqual(ids.map(() => 1));
    const resolved = [...replicaLogs, ...h.logLines].filter((l) => l.includes('stuck withdrawal request resolved'));
    expect(resolved).toHaveLength(ids.length);
    for (const s of stuck) expect(await h.balance(s.walletId)).toMatchObject({ availableBalance: '5000000', lockedBalance: '0' });
    const blockedEvents = await eventually(
      () => h.events.events().filter((e) => e.type === 'payout.status-changed.v1' && ids.includes((e.data as { payoutId: string }).payoutId)),
      (es) => es.length >= ids.length,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(h.events.events().filter((e) => e.type === 'payout.status-changed.v1' && ids.includes((e.data as { payoutId: string }).payoutId))).toHaveLength(
      blockedEvents.length,
    );
    expect(blockedEvents).toHaveLength(ids.length);
  }, 60_000);

  it('outbox: withdrawals through two replicas publish every event once, whichever replica relays it', async () => {
    const token = /(?:^|,)tests=([^,]+)/.exec(h.payoutEnv.SERVICE_TOKENS)![1]!;
    viaReplica = new GrpcClient(loadPayoutProto().ziba.payout.v1.PayoutService, {
      target: 'payout',
      address: `127.0.0.1:${replicas[0]!.port}`,
      token,
      deadlineMs: 20_000,
    });
    const payoutIds: string[] = [];
    for (let i = 0; i < 8; i++) {
      const e = await h.earner('DRIVER', { verified: true, method: true, earnings: 5_000_000n });
      const request = { idempotencyKey: randomUUID(), amount: { amount: '1000000', currency: 'NGN' }, clientIp: e.ip };
      // alternate replicas: each commits its own outbox rows, and all three relays compete for them
      const p = i % 2 === 0 ? await h.withdraw(e, 1_000_000n) : await viaReplica.call('RequestWithdrawal', request, { actor: e.actor });
      payoutIds.push(p.id);
    }
    const [{ n: transitions } = { n: 0 }] = await sql<{ n: number }>(h.payoutDbUrl, 'select count(*)::int n from payout_transition where payout_id = any($1)', [
      payoutIds,
    ]);
    expect(transitions).toBeGreaterThanOrEqual(payoutIds.length);
    const ours = () => h.events.events().filter((e) => payoutIds.includes((e.data as { payoutId?: string }).payoutId ?? ''));
    await eventually(
      () => ours().filter((e) => e.type === 'payout.status-changed.v1').length,
      (n) => n >= transitions,
      15_000,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const seen = ours();
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.filter((e) => e.type === 'payout.status-changed.v1')).toHaveLength(transitions);
    const [{ n: left } = { n: -1 }] = await sql<{ n: number }>(h.payoutDbUrl, 'select count(*)::int n from outbox_event');
    expect(left).toBe(0);
  }, 60_000);

  it('every replica reports the open payouts by status (the alert on PROCESSING too long reads the oldest age)', async () => {
    await sql(
      h.payoutDbUrl,
      "update payout set status = 'PROCESSING', provider = 'manual', updated_at = now() - interval '3 hours' where id = (select id from payout where status = 'PENDING' limit 1)",
    );
    const open = await measureOpenPayouts(h.payout.ctx);
    const [{ n } = { n: -1 }] = await sql<{ n: number }>(
      h.payoutDbUrl,
      "select count(*)::int n from payout where status in ('REQUESTED','PENDING','APPROVED','PROCESSING','FAILED')",
    );
    expect([...open.values()].reduce((sum, v) => sum + v.count, 0)).toBe(n);
    expect(open.get('PROCESSING')).toMatchObject({ count: 1 });
    expect(open.get('PROCESSING')!.oldestAgeSeconds).toBeGreaterThan(3 * 3600 - 60);
    expect(open.get('REQUESTED')).toEqual({ count: 0, oldestAgeSeconds: 0 });
    const text = await metricsRegistry.getSingleMetricAsString('payout_oldest_open_age_seconds');
    expect(text).toMatch(/payout_oldest_open_age_seconds\{status="PROCESSING"\} 1[0-9]{4}/);
    expect(await metricsRegistry.getSingleMetricAsString('payout_open_payouts')).toContain('payout_open_payouts{status="PROCESSING"} 1');
  });
});
