import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, sql } from '@ziba/testing';
import { reconcileWithProviders } from '../src/application/payout.saga.ts';
import { startPayoutHarness, type PayoutHarness } from './harness.ts';

let h: PayoutHarness;
beforeAll(async () => {
  h = await startPayoutHarness();
});
afterAll(async () => {
  await h?.stop();
});

const EARNED = 5_000_000n;
const statusOf = (id: string) => h.pc.call('GetPayout', { payoutId: id }, { actor: h.admin }).then((p) => p.status);

/** A test-mode driver's approved payout: test money only ever goes to the simulated provider. */
async function approvedPayout(mode: 'succeed' | 'fail' | 'timeout' | 'twice' | 'silent') {
  await h.providerBehaves(mode);
  const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
  const p = await h.withdraw(d, 1_000_000n);
  expect(p.provider).toBe('simulated');
  await h.decide(p.id, 'approve');
  return { d, p };
}

const captures = async (payoutId: string) =>
  (await sql<{ n: string }>(h.walletDbUrl, `select count(*)::text n from journal_entry where reference_id = $1 and entry_type = 'CAPTURE'`, [payoutId]))[0]?.n;

describe('the simulated provider, a separate process with signed webhooks', () => {
  it('pays, and its signed callback settles the payout', async () => {
    const { d, p } = await approvedPayout('succeed');
    await eventually(
      () => statusOf(p.id),
      (s) => s === 'PAID',
    );
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '0', availableBalance: (EARNED - 1_000_000n).toString() });
  });

  it('a callback sent twice captures once', async () => {
    const { p } = await approvedPayout('twice');
    await eventually(
      () => statusOf(p.id),
      (s) => s === 'PAID',
    );
    await new Promise((r) => setTimeout(r, 300)); // let the second callback land
    expect(await captures(p.id)).toBe('1');
  });

  it('a failure keeps the funds locked', async () => {
    const { d, p } = await approvedPayout('fail');
    await eventually(
      () => statusOf(p.id),
      (s) => s === 'FAILED',
    );
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '1000000' });
  });

  it('an unknown outcome (no callback, or an answer too late) stays PROCESSING until the reconciler asks', async () => {
    const silent = await approvedPayout('silent');
    const slow = await approvedPayout('timeout');
    await new Promise((r) => setTimeout(r, 600));
    expect([await statusOf(silent.p.id), await statusOf(slow.p.id)]).toEqual(['PROCESSING', 'PROCESSING']);
    await reconcileWithProviders(h.payout.ctx, 0);
    expect([await statusOf(silent.p.id), await statusOf(slow.p.id)]).toEqual(['PAID', 'PAID']);
    expect([await captures(silent.p.id), await captures(slow.p.id)]).toEqual(['1', '1']);
  });
});
