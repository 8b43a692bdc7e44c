import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deleteQueues, infrastructure, sql } from '@ziba/testing';
import { createApiClient } from '@ziba/api-client';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import net from 'node:net';
import { join } from 'node:path';
import { auditBrokerOf, walletConsumerOf, generateSecrets, ROOT, startStack, type RunningStack, type StackSecrets } from '../../scripts/stack.ts';

/** A port free right now, for a process we are about to start. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

let stack: RunningStack;
let secrets: StackSecrets;
let pgAdminUrl: string;
let amqpUrl: string;
const prefix = `ziba_e2e_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  const infra = await infrastructure();
  pgAdminUrl = infra.pgAdminUrl;
  amqpUrl = infra.amqpUrl;
  secrets = await generateSecrets();
  const grpcBase = (await freePort()) - 1;
  stack = await startStack({
    postgresUrl: pgAdminUrl,
    amqpUrl: infra.amqpUrl,
    databasePrefix: prefix,
    gatewayPort: await freePort(),
    grpcPortBase: grpcBase > 50_000 ? grpcBase : 40_000 + Math.floor(Math.random() * 10_000),
    logDir: join(ROOT, '.run', 'e2e-logs', prefix),
    secrets,
    logLevel: 'info',
  });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  for (const db of ['identity', 'wallet', 'trips', 'payouts', 'audit']) await sql(pgAdminUrl, `drop database if exists ${prefix}_${db} with (force)`);
  await auditBrokerOf(prefix).remove(amqpUrl);
  await deleteQueues(amqpUrl, [`${walletConsumerOf(prefix)}.events`, `${walletConsumerOf(prefix)}.events.dead`]);
});

const api = (token?: string) => createApiClient({ baseUrl: stack.gatewayUrl, token });
const profile = {
  legalFirstName: 'Adaeze', legalLastName: 'Okafor', dateOfBirth: '1990-04-12', countryCode: 'NG',
  residenceAddressLine1: '12 Admiralty Way', residenceCity: 'Lekki', residenceState: 'Lagos', residenceCountryCode: 'NG',
};
const holder = { holderName: 'Adaeze Okafor', holderAddress: { line1: '12 Admiralty Way', city: 'Lekki', state: 'Lagos', countryCode: 'NG' } };
const digits = (n: number) => Array.from({ length: n }, (_, i) => (i === n - 1 ? 1 : randomInt(10))).join('');

/** A new account of this role in NG, signed in, with its identity profile saved. */
async function signedUp(role: 'RIDER' | 'DRIVER') {
  const email = `e2e-${randomUUID()}@example.com`;
  const registered = await api().POST('/api/auth/register', { body: { email, password: 'end to end password', role, countryCode: 'NG' } });
  expect(registered.response.status).toBe(201);
  const login = await api().POST('/api/auth/login', { body: { email, password: 'end to end password' } });
  const token = login.data!.accessToken;
  // No identity profile, no financial action (SPEC section 3).
  expect((await api(token).PUT('/api/me/identity-profile', { body: profile })).response.status).toBe(200);
  return { id: registered.data!.id, email, token };
}

async function adminToken() {
  const login = await api().POST('/api/auth/login', { body: { email: secrets.adminEmail, password: secrets.adminPassword } });
  expect(login.response.status).toBe(200);
  return login.data!.accessToken;
}

/** Polls until `check` passes (the services agree through events, a moment later). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

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
    const page = await fetch(`${stack.gatewayUrl}${link.pathname}`);
    expect(await page.text()).toContain('id="role-not-allowed"');
  });

  it('carries an online ride from request to settlement to the driver’s withdrawal and its approval', async () => {
    const rider = await signedUp('RIDER');
    await api(rider.token).POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': randomUUID() } }, body: { amount: 1_000_000 } });
    const driver = await signedUp('DRIVER');
    for (const doc of [
      { documentType: 'NIN' as const, documentNumber: digits(11), issuingAuthority: 'NIMC', countryCode: 'NG', ...holder },
      { documentType: 'DRIVER_LICENSE' as const, documentNumber: `LAG${digits(9)}`, issuingAuthority: 'FRSC', expiryDate: `${new Date().getUTCFullYear() + 5}-06-30`, countryCode: 'NG', ...holder },
    ]) {
      expect((await api(driver.token).POST('/api/me/identity-documents', { body: doc })).response.status).toBe(201);
    }
    await eventually(
      () => api(driver.token).GET('/api/me/eligibility', { params: { query: { action: 'GO_ONLINE' } } }),
      (r) => expect(r.data).toEqual({ allowed: true, reasons: [] }),
    );
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
