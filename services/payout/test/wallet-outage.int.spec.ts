import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { recoverStuckRequests } from '../src/application/payout.saga.ts';
import { startPayoutHarness, type PayoutHarness } from './harness.ts';

let h: PayoutHarness;
beforeAll(async () => {
  h = await startPayoutHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('the wallet-ledger service down', () => {
  it('withdrawals fail cleanly with nothing written or locked; the breaker opens, then recovers once the wallet is back', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: 5_000_000n });
    await h.stopWallet();
    const codes = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        await h.withdraw(d, 1_000_000n).then(
          () => 'OK',
          (e: { code: string }) => e.code,
        ),
      );
    expect(codes.every((c) => c !== 'OK')).toBe(true);
    expect(h.payout.ctx.wallet.breaker.opened).toBe(true);
    const [rows] = await sql<{ n: string }>(h.payoutDbUrl, 'select count(*)::text n from payout where owner_id = $1', [d.id]);
    expect(rows?.n).toBe('0');

    await h.startWallet();
    // After the breaker's reset timeout a trial call goes through and closes it.
    const p = await eventually(
      () => h.withdraw(d, 1_000_000n).catch(() => null),
      (r) => r !== null,
      15_000,
    );
    expect(p).toMatchObject({ status: 'PENDING' });
    expect(h.payout.ctx.wallet.breaker.opened).toBe(false);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '4000000', lockedBalance: '1000000' });
  }, 30_000);
});

describe('a crash after the hold and before the state is saved', () => {
  it('recovery makes the hold certain, releases it and blocks the payout: nothing stays locked', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: 5_000_000n });
    const id = randomUUID();
    // The payout row as the first step wrote it, and the hold the wallet made before the process died.
    await sql(
      h.payoutDbUrl,
      `insert into payout (id, owner_id, owner_type, country_code, currency, mode, amount, status, idempotency_key, created_at)
      values ($1, $2, 'DRIVER', 'NG', 'NGN', 'live', 1000000, 'REQUESTED', 'crashed-request', now() - interval '5 minutes')`,
      [id, d.id],
    );
    await h.payout.ctx.wallet.call('Hold', {
      meta: { idempotencyKey: `payout:${id}:hold`, serviceType: 'payout', reference: { type: 'payout', id }, description: 'withdrawal requested' },
      walletId: d.walletId,
      amount: { amount: '1000000', currency: 'NGN' },
      holdId: `payout-${id}`,
    });
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '1000000' });

    expect(await recoverStuckRequests(h.payout.ctx, 60_000)).toBe(1);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '5000000', lockedBalance: '0' });
    const [row] = await sql<{ status: string; reasons: string[] }>(h.payoutDbUrl, 'select status, reasons from payout where id = $1', [id]);
    expect(row).toMatchObject({ status: 'BLOCKED', reasons: ['WALLET_UNAVAILABLE'] });
    expect(await recoverStuckRequests(h.payout.ctx, 60_000)).toBe(0);
  });
});
