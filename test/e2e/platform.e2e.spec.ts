import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../scripts/stack.ts';
import { startE2eStack, type E2eStack } from './support/e2e-stack.ts';
import { expectInvariantsHold } from './support/invariants.ts';
import { people } from './support/people.ts';

let e2e: E2eStack;
beforeAll(async () => {
  e2e = await startE2eStack('e2e');
}, 120_000);
afterAll(async () => e2e?.stop());

const { api, signedUp, verifiedDriver, adminToken } = people(
  () => e2e.stack.gatewayUrl,
  () => ({ email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword }),
);

// Every call goes through the generated client (packages/api-client): a route that changes shape
// fails this file's typecheck before it fails a user.
describe('the platform as real processes, through the typed client', () => {
  it('lets a rider register, log in, add funds and see the balance and the transaction', async () => {
    const rider = await signedUp('RIDER');
    const key = randomUUID();
    const funded = await api(rider.token).POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': key } }, body: { amount: 500_000 } });
    expect(funded.data).toMatchObject({ replayed: false, wallet: { availableBalance: '500000' } });
    const replay = await api(rider.token).POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': key } }, body: { amount: 500_000 } });
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    const wallet = await api(rider.token).GET('/api/wallet');
    expect(wallet.data).toMatchObject({ ownerId: rider.id, availableBalance: '500000', lockedBalance: '0', currency: 'NGN' });
    const txs = await api(rider.token).GET('/api/wallet/transactions', { params: { query: { limit: 10 } } });
    expect(txs.data!.transactions).toEqual([
      expect.objectContaining({ entryId: funded.data!.entryId, type: 'CREDIT', amount: '500000', availableAfter: '500000' }),
    ]);
  });

  it('answers a refused request with a problem whose code the client can branch on', async () => {
    const rider = await signedUp('RIDER');
    const refused = await api(rider.token).POST('/api/driver/withdraw', {
      params: { header: { 'idempotency-key': randomUUID() } },
      body: { amount: 1000, currency: 'NGN' },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.error).toMatchObject({ status: 403, code: 'ROLE_NOT_ALLOWED' });
    // The problem's type links to the code's explanation in the served docs.
    const link = new URL(refused.error!.type);
    expect(link.hash).toBe('#role-not-allowed');
    const page = await fetch(`${e2e.stack.gatewayUrl}${link.pathname}`);
    expect(await page.text()).toContain('id="role-not-allowed"');
  });

  it('carries an online ride from request to settlement to the driver’s withdrawal and its approval', async () => {
    const rider = await signedUp('RIDER');
    await api(rider.token).POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': randomUUID() } }, body: { amount: 1_000_000 } });
    const driver = await verifiedDriver();
    expect((await api(driver.token).POST('/api/driver/online', { body: {} })).data).toMatchObject({ online: true });

    const trip = await api(rider.token).POST('/api/trips', { body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8_400 } });
    expect(trip.data).toMatchObject({ status: 'SEARCHING_DRIVER', holdState: 'NONE' });
    const tripId = trip.data!.id;
    const fare = trip.data!.fare!;
    const step = (action: 'accept' | 'arrive' | 'start' | 'complete') =>
      api(driver.token).POST(`/api/trips/{tripId}/${action}`, { params: { path: { tripId } }, body: {} });
    expect((await step('accept')).data).toMatchObject({ status: 'ACCEPTED' });
    expect((await step('arrive')).data).toMatchObject({ status: 'DRIVER_ARRIVING' });
    // The fare is locked in the rider's wallet when the ride starts.
    expect((await step('start')).data).toMatchObject({ status: 'IN_PROGRESS', holdState: 'HELD' });
    expect((await api(rider.token).GET('/api/wallet')).data).toMatchObject({ lockedBalance: fare.amount });
    expect((await step('complete')).data).toMatchObject({ status: 'COMPLETED' });
    const admin = await adminToken();
    const settled = await api(admin).POST('/api/trips/{tripId}/settle', { params: { path: { tripId } }, body: {} });
    expect(settled.data).toMatchObject({ tripId, fare });
    const driverShare = BigInt(settled.data!.driverAmount!.amount);
    expect(driverShare + BigInt(settled.data!.platformAmount!.amount)).toBe(BigInt(fare.amount));
    expect((await api(rider.token).GET('/api/wallet')).data).toMatchObject({ lockedBalance: '0', availableBalance: String(1_000_000n - BigInt(fare.amount)) });

    const method = await api(driver.token).POST('/api/driver/bank-account', {
      body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber: '0123456789', accountName: 'Adaeze Okafor' },
    });
    expect(method.data).toMatchObject({ maskedNumber: '****6789', status: 'VERIFIED' });
    expect(JSON.stringify(method.data)).not.toContain('0123456789');
    const withdrawal = await api(driver.token).POST('/api/driver/withdraw', {
      params: { header: { 'idempotency-key': randomUUID() } },
      body: { amount: Number(driverShare), currency: 'NGN' },
    });
    expect(withdrawal.data).toMatchObject({ status: 'PENDING', amount: { amount: String(driverShare), currency: 'NGN' }, maskedAccount: '****6789' });
    expect((await api(driver.token).GET('/api/wallet')).data).toMatchObject({ availableBalance: '0', lockedBalance: String(driverShare) });
    const payoutId = withdrawal.data!.id;
    expect((await api(admin).POST('/api/admin/payouts/{payoutId}/approve', { params: { path: { payoutId } }, body: {} })).data).toMatchObject({
      status: 'PROCESSING',
    });
    const paid = await api(admin).POST('/api/admin/payouts/{payoutId}/mark-paid', {
      params: { path: { payoutId } },
      body: { externalReference: 'NIP-E2E-0001' },
    });
    expect(paid.data).toMatchObject({ status: 'PAID', externalReference: 'NIP-E2E-0001' });
    expect((await api(driver.token).GET('/api/wallet')).data).toMatchObject({ availableBalance: '0', lockedBalance: '0' });
  });

  it('has the bootstrap admin and a PLATFORM wallet per currency from the start', async () => {
    const platform = await api(await adminToken()).GET('/api/admin/wallets', { params: { query: { ownerType: 'PLATFORM', limit: 50 } } });
    expect(
      platform
        .data!.wallets.filter((w) => w.mode === 'live')
        .map((w) => w.currency)
        .sort(),
    ).toEqual(['BDT', 'GHS', 'KES', 'NGN', 'USD']);
  });
});

// Last, in this order: the scenarios above left the platform consistent; then this throwaway stack's
// ledger is broken on purpose and scripts/check-invariants must say so.
describe('after the scenarios', () => {
  it('every invariant of the platform holds', async () => {
    const report = await expectInvariantsHold(e2e);
    expect(report.results.find((r) => r.name.startsWith('ledger: every journal entry'))!.checked).toBeGreaterThan(3);
  }, 90_000);

  it('scripts/check-invariants finds what breaks the ledger, and exits 1', async () => {
    const ledger = e2e.stack.databaseUrls['wallet-ledger']!;
    const rider = (order: 'asc' | 'desc') => `select b.wallet_id, b.shard from wallet_balance b join wallet w on w.id = b.wallet_id
      where w.owner_type = 'RIDER' and b.available > 0 order by w.created_at ${order} limit 1`;
    // A one-sided posting that makes money out of nothing (its balance row follows it), and another
    // rider's balance changed without any posting. The ledger's triggers refuse the first: only an
    // operator who switches them off gets it in.
    await sql(
      ledger,
      `set session_replication_role = replica;
      with target as (${rider('asc')}), posted as (
        insert into posting (entry_id, wallet_id, shard, bucket, amount, hold_id, available_after, held_after, owed_after)
        select (select p.entry_id from posting p where p.wallet_id = t.wallet_id limit 1), t.wallet_id, t.shard, 'AVAILABLE', 100, null, b.available + 100, b.held, b.owed
          from target t join wallet_balance b on b.wallet_id = t.wallet_id and b.shard = t.shard
      )
      update wallet_balance b set available = b.available + 100 from target t where b.wallet_id = t.wallet_id and b.shard = t.shard;
      update wallet_balance b set available = b.available + 5 from (${rider('desc')}) t where b.wallet_id = t.wallet_id and b.shard = t.shard`,
    );
    const args = [
      '--wait',
      '0',
      ...Object.entries(e2e.stack.databaseUrls).flatMap(([service, url]) => ['--database-url', `${service}=${url}`]),
      '--amqp-url',
      e2e.stack.amqpUrl,
      ...e2e.stack.consumerQueues.flatMap((q) => ['--queue', q]),
    ];
    const run = await promisify(execFile)(join(ROOT, 'scripts', 'check-invariants'), args).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
    );
    expect(run.code).toBe(1);
    const line = (name: string) => run.stdout.split('\n').find((l) => l.endsWith(name)) ?? `no line for ${name}`;
    expect(line("ledger: every journal entry's postings sum to zero, per currency")).toMatch(/^FAIL +1 of +\d+ /);
    expect(line('ledger: every locked balance equals its open holds')).toMatch(/^ok +0 of /);
    expect(line('ledger: all balances per currency sum to zero')).toMatch(/^FAIL +1 of /);
    expect(line('ledger: every balance row equals the snapshot of its last posting')).toMatch(/^FAIL +1 of /);
    expect(line('ledger: every balance row equals the sum of its postings')).toMatch(/^FAIL +1 of /);
    expect(line('payouts: every PAID payout has exactly one capture')).toMatch(/^ok +0 of /);
    expect(run.stdout).toContain('4 invariant(s) violated');
  }, 60_000);
});
