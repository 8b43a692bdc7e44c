import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { startPayoutHarness, type PayoutHarness } from './harness.ts';

let h: PayoutHarness;
let earners: Array<Awaited<ReturnType<PayoutHarness['earner']>>>;
beforeAll(async () => {
  h = await startPayoutHarness();
  // Set up with the in-process service, then run payout as a real process that can be SIGKILLed.
  earners = [
    await h.earner('DRIVER', { verified: true, method: true, earnings: 5_000_000n }),
    await h.earner('DRIVER', { verified: true, method: true, earnings: 5_000_000n, testMode: true }),
  ];
  await h.stopInProcessPayout();
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

const request = (c: Awaited<ReturnType<PayoutHarness['spawnPayout']>>['client'], e: (typeof earners)[number]) =>
  c.call('RequestWithdrawal', { idempotencyKey: randomUUID(), amount: { amount: '1000000', currency: 'NGN' }, clientIp: e.ip }, { actor: e.actor });
const payoutsOf = (ownerId: string) => sql<{ id: string; status: string }>(h.payoutDbUrl, 'select id, status from payout where owner_id = $1', [ownerId]);
const unbalanced = () => sql(h.walletDbUrl, 'select entry_id from posting group by entry_id having sum(amount) <> 0');

/** The payout's funds were captured by exactly one ledger entry, and every entry balances. */
async function expectPaidOnce(payoutId: string) {
  const [captures] = await sql<{ n: string }>(h.walletDbUrl, `select count(*)::text n from journal_entry where reference_id = $1 and entry_type = 'CAPTURE'`, [
    payoutId,
  ]);
  expect(captures?.n).toBe('1');
  expect(await unbalanced()).toEqual([]);
}

/** A test-mode withdrawal (the provider pays, never calls back) whose approval the payout process dies in, at `failpoint`. */
async function approvalKilledAt(failpoint: 'before-provider-submit' | 'after-provider-submit', d: (typeof earners)[number]) {
  await h.providerBehaves('silent');
  const first = await h.spawnPayout({});
  const p = await request(first.client, d);
  first.kill();
  await first.exited;
  const dying = await h.spawnPayout({ FAILPOINT: failpoint });
  await expect(
    dying.client.call('DecidePayout', { payoutId: p.id, action: 'approve', reason: '', externalReference: '' }, { actor: h.admin }),
  ).rejects.toBeDefined();
  expect(await dying.exited).toBe('SIGKILL');
  return p;
}

describe('SIGKILL of the payout process', () => {
  it('after the hold and before the state is saved: on restart nothing stays locked and the payout is blocked', async () => {
    const d = earners[0]!;
    const dying = await h.spawnPayout({ FAILPOINT: 'after-hold' });
    await expect(request(dying.client, d)).rejects.toBeDefined();
    expect(await dying.exited).toBe('SIGKILL');
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '1000000' }); // the orphan lock
    expect((await payoutsOf(d.id)).map((p) => p.status)).toEqual(['REQUESTED']);

    const restarted = await h.spawnPayout({ RECOVERY_AFTER_MS: '0' });
    await eventually(
      () => payoutsOf(d.id),
      (rows) => rows[0]?.status === 'BLOCKED',
    );
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '5000000', lockedBalance: '0' });
    expect(await unbalanced()).toEqual([]);
    restarted.kill();
    await restarted.exited;
  }, 60_000);

  it('after the provider call and before its result is saved: on restart the reconciler asks and the payout is paid once', async () => {
    const d = earners[1]!;
    const p = await approvalKilledAt('after-provider-submit', d);
    expect((await payoutsOf(d.id))[0]?.status).toBe('PROCESSING');

    const restarted = await h.spawnPayout({ RECONCILE_AFTER_MS: '0' });
    await eventually(
      () => payoutsOf(d.id),
      (rows) => rows[0]?.status === 'PAID',
    );
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '4000000', lockedBalance: '0' });
    await expectPaidOnce(p.id);
    restarted.kill();
    await restarted.exited;
  }, 60_000);

  it('after the hand-off is saved and before the provider is called: on restart it is failed, nothing having left, and a retry pays it once', async () => {
    const d = earners[1]!;
    const p = await approvalKilledAt('before-provider-submit', d);
    expect((await payoutsOf(d.id)).find((x) => x.id === p.id)?.status).toBe('PROCESSING');
    expect(await h.providerTransfer(p.id)).toBeNull(); // the provider never heard of it

    // A pass every 300 ms, each asking about payouts processing for a second (the retry's own send is
    // not asked about before it is made): the failure, then the provider's payment, are each found by one.
    const restarted = await h.spawnPayout({ RECONCILE_AFTER_MS: '1000', RECOVERY_INTERVAL_MS: '300' });
    const status = async () => (await payoutsOf(d.id)).find((x) => x.id === p.id)?.status;
    await eventually(status, (s) => s === 'FAILED');
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '1000000' }); // still locked, for an admin to decide
    const retried = await restarted.client.call('DecidePayout', { payoutId: p.id, action: 'retry', reason: '', externalReference: '' }, { actor: h.admin });
    expect(retried.status).toBe('PROCESSING');
    await eventually(status, (s) => s === 'PAID');
    await expectPaidOnce(p.id);
    restarted.kill();
    await restarted.exited;
  }, 60_000);
});
