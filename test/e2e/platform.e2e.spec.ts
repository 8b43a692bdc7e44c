import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startE2eStack, type E2eStack } from './support/e2e-stack.ts';
import { people } from './support/people.ts';

let e2e: E2eStack;
beforeAll(async () => {
  e2e = await startE2eStack('e2e');
}, 120_000);
afterAll(async () => e2e?.stop());

const { api, signedUp, verifiedDriver, adminToken } = people(() => e2e.stack.gatewayUrl, () => ({ email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword }));

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
    expect(txs.data!.transactions).toEqual([expect.objectContaining({ entryId: funded.data!.entryId, type: 'CREDIT', amount: '500000', availableAfter: '500000' })]);
  });

  it('answers a refused request with a problem whose code the client can branch on', async () => {
    const rider = await signedUp('RIDER');
    const refused = await api(rider.token).POST('/api/driver/withdraw', { params: { header: { 'idempotency-key': randomUUID() } }, body: { amount: 1000, currency: 'NGN' } });
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
    const step = (action: 'accept' | 'arrive' | 'start' | 'complete') => api(driver.token).POST(`/api/trips/{tripId}/${action}`, { params: { path: { tripId } }, body: {} });
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
    expect((await api(admin).POST('/api/admin/payouts/{payoutId}/approve', { params: { path: { payoutId } }, body: {} })).data).toMatchObject({ status: 'PROCESSING' });
    const paid = await api(admin).POST('/api/admin/payouts/{payoutId}/mark-paid', { params: { path: { payoutId } }, body: { externalReference: 'NIP-E2E-0001' } });
    expect(paid.data).toMatchObject({ status: 'PAID', externalReference: 'NIP-E2E-0001' });
    expect((await api(driver.token).GET('/api/wallet')).data).toMatchObject({ availableBalance: '0', lockedBalance: '0' });
  });

  it('has the bootstrap admin and a PLATFORM wallet per currency from the start', async () => {
    const platform = await api(await adminToken()).GET('/api/admin/wallets', { params: { query: { ownerType: 'PLATFORM', limit: 50 } } });
    expect(platform.data!.wallets.filter((w) => w.mode === 'live').map((w) => w.currency).sort()).toEqual(['BDT', 'GHS', 'KES', 'NGN', 'USD']);
  });
});
