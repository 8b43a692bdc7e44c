import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deleteQueues, infrastructure, sql } from '@ziba/testing';
import { randomBytes, randomUUID } from 'node:crypto';
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

async function call(method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${stack.gatewayUrl}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('the platform as real processes', () => {
  it('lets a rider register, log in, add funds and see the balance and the transaction through REST', async () => {
    const email = `e2e-${randomUUID()}@example.com`;
    const registered = await call('POST', '/api/auth/register', undefined, { email, password: 'end to end password', role: 'RIDER', countryCode: 'NG' });
    expect(registered).toMatchObject({ status: 201, body: { email, role: 'RIDER', currency: 'NGN' } });
    const login = await call('POST', '/api/auth/login', undefined, { email, password: 'end to end password' });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    // No identity profile, no financial action (SPEC section 3).
    const profile = {
      legalFirstName: 'Adaeze', legalLastName: 'Okafor', dateOfBirth: '1990-04-12', countryCode: 'NG',
      residenceAddressLine1: '12 Admiralty Way', residenceCity: 'Lekki', residenceState: 'Lagos', residenceCountryCode: 'NG',
    };
    expect((await call('PUT', '/api/me/identity-profile', token, profile)).status).toBe(200);
    const funded = await call('POST', '/api/wallet/add-funds', token, { amount: 500_000 }, { 'idempotency-key': randomUUID() });
    expect(funded).toMatchObject({ status: 200, body: { replayed: false, wallet: { availableBalance: '500000' } } });
    expect(await call('GET', '/api/wallet', token)).toMatchObject({ status: 200, body: { ownerId: registered.body.id, availableBalance: '500000', lockedBalance: '0', currency: 'NGN' } });
    const txs = await call('GET', '/api/wallet/transactions', token);
    expect(txs.body.transactions).toEqual([expect.objectContaining({ entryId: funded.body.entryId, type: 'CREDIT', amount: '500000', availableAfter: '500000' })]);
  });

  it('has the bootstrap admin and a PLATFORM wallet per currency from the start', async () => {
    const login = await call('POST', '/api/auth/login', undefined, { email: secrets.adminEmail, password: secrets.adminPassword });
    expect(login.status).toBe(200);
    const platform = await call('GET', '/api/admin/wallets?ownerType=PLATFORM&limit=50', login.body.accessToken);
    expect(platform.body.wallets.filter((w: { mode: string }) => w.mode === 'live').map((w: { currency: string }) => w.currency).sort()).toEqual(['BDT', 'GHS', 'KES', 'NGN', 'USD']);
  });
});
