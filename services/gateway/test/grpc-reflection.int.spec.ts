import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadAuditProto, loadIdentityProto, loadPayoutProto, loadTripProto, loadWalletProto } from '@ziba/contracts';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { api, startStack, type Stack } from './stack.ts';

// Each service as an operator reaches it with `buf curl` (the same as `pnpm exec buf`): no .proto
// files on the client's side, everything from the server's reflection, so the imported
// ziba.common.v1 messages must resolve too.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BUF = `${ROOT}node_modules/.bin/buf`;

let stack: Stack;
let adminId: string;
beforeAll(async () => {
  stack = await startStack('grpcreflect');
  const client = api(stack.url);
  adminId = (await client.call('GET', '/api/me', { token: await client.login(stack.admin.email, stack.admin.password) })).body.id;
}, 120_000);
afterAll(async () => stack?.stop());

const services = {
  identity: loadIdentityProto().ziba.identity.v1.IdentityService.service,
  'wallet-ledger': loadWalletProto().ziba.wallet.v1.WalletLedgerService.service,
  'trip-settlement': loadTripProto().ziba.trip.v1.TripService.service,
  payout: loadPayoutProto().ziba.payout.v1.PayoutService.service,
  audit: loadAuditProto().ziba.audit.v1.AuditService.service,
};
type ServiceName = keyof typeof services;
const names = Object.keys(services) as ServiceName[];
/** `ziba.wallet.v1.WalletLedgerService/OpenWallet`, as buf curl lists a method. */
const methodsOf = (name: ServiceName) => Object.values(services[name]).map((m) => m.path.slice(1));
const serviceNameOf = (name: ServiceName) => methodsOf(name)[0]!.split('/')[0]!;

interface Curl {
  code: number;
  stdout: string;
  stderr: string;
}

function bufCurl(args: string[]): Promise<Curl> {
  return new Promise((resolve) => {
    execFile(BUF, ['curl', '--protocol', 'grpc', '--http2-prior-knowledge', ...args], { cwd: ROOT, timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The metadata the gateway sends: its credential and, for admin reads, who acts. */
const asGateway = () => ['-H', `authorization: Bearer ${stack.grpc.gatewayToken}`];
const asAdmin = () => [...asGateway(), '-H', 'x-actor-type: ADMIN', '-H', `x-actor-id: ${adminId}`];

/** One call through reflection; the answer as buf curl prints it (proto3 JSON). */
async function call(name: ServiceName, method: string, body: unknown, headers: string[] = asGateway()): Promise<any> {
  const url = `http://${stack.grpc.addresses[name]}/${method}`;
  const res = await bufCurl([...headers, '-d', JSON.stringify(body), url]);
  if (res.code !== 0) throw new Error(`buf curl ${method}: ${res.stderr}${res.stdout}`);
  return JSON.parse(res.stdout);
}

describe('gRPC server reflection', () => {
  it.each(names)('%s lists every method of its service and of grpc.health.v1, nothing else', async (name) => {
    const listed = await bufCurl(['--list-methods', `http://${stack.grpc.addresses[name]}`]);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const expected = [...methodsOf(name), 'grpc.health.v1.Health/Check', 'grpc.health.v1.Health/List', 'grpc.health.v1.Health/Watch'];
    expect(listed.stdout.trim().split('\n').sort()).toEqual(expected.sort());
  });

  it('calls wallet-ledger methods whose messages come from ziba.common.v1 (Money, PageRequest, PageInfo)', async () => {
    const wallet = await call('wallet-ledger', 'ziba.wallet.v1.WalletLedgerService/OpenWallet', {
      ownerId: randomUUID(),
      ownerType: 'RIDER',
      countryCode: 'NG',
      currency: 'NGN',
      mode: 'live',
    });
    expect(wallet).toMatchObject({ id: expect.any(String), ownerType: 'RIDER', currency: 'NGN' });
    const meta = { idempotencyKey: randomUUID(), serviceType: 'adjustment', description: 'funded through reflection' };
    const funded = await call('wallet-ledger', 'ziba.wallet.v1.WalletLedgerService/AddFunds', {
      meta,
      walletId: wallet.id,
      amount: { amount: '2500', currency: 'NGN' },
    });
    expect(funded).toMatchObject({ entryId: expect.any(String) });
    const statement = await call('wallet-ledger', 'ziba.wallet.v1.WalletLedgerService/ListTransactions', { walletId: wallet.id, page: { pageSize: 5 } });
    expect(statement.transactions).toEqual([
      expect.objectContaining({ entryType: 'ADD_FUNDS', amount: '2500', currency: 'NGN', description: 'funded through reflection' }),
    ]);
    // A page of one platform wallet, then the next one by its PageInfo cursor.
    const first = await call('wallet-ledger', 'ziba.wallet.v1.WalletLedgerService/ListWallets', { ownerType: 'PLATFORM', page: { pageSize: 1 } }, asAdmin());
    expect(first).toEqual({ wallets: [expect.objectContaining({ ownerType: 'PLATFORM' })], page: { nextCursor: expect.any(String) } });
    const next = await call(
      'wallet-ledger',
      'ziba.wallet.v1.WalletLedgerService/ListWallets',
      { ownerType: 'PLATFORM', page: { pageSize: 1, cursor: first.page.nextCursor } },
      asAdmin(),
    );
    expect(next.wallets[0].id).not.toBe(first.wallets[0].id);
  });

  it.each(names)('%s answers an admin read through reflection', async (name) => {
    const reads: Record<ServiceName, [string, unknown]> = {
      identity: ['ziba.identity.v1.IdentityService/ListKycQueue', { page: { pageSize: 1 } }],
      'wallet-ledger': ['ziba.wallet.v1.WalletLedgerService/ListWallets', { ownerType: 'PLATFORM', page: { pageSize: 1 } }],
      'trip-settlement': ['ziba.trip.v1.TripService/ListTariffs', {}],
      payout: ['ziba.payout.v1.PayoutService/ListPayouts', { page: { pageSize: 1 } }],
      audit: ['ziba.audit.v1.AuditService/ListAuditRecords', { page: { pageSize: 1 } }],
    };
    const [method, body] = reads[name];
    await expect(call(name, method, body, asAdmin())).resolves.toEqual(expect.any(Object));
  });

  it('refuses a service method without a credential, reflection or not', async () => {
    const res = await bufCurl(['-d', '{}', `http://${stack.grpc.addresses['wallet-ledger']}/ziba.wallet.v1.WalletLedgerService/ListWallets`]);
    expect(res.code).not.toBe(0);
    expect(res.stdout + res.stderr).toContain('unauthenticated');
  });
});

describe('gRPC health per service name', () => {
  it.each(names)('%s is SERVING overall and under its own service name, and knows no other', async (name) => {
    const check = (service: string) => call(name, 'grpc.health.v1.Health/Check', { service }, []);
    await expect(check('')).resolves.toEqual({ status: 'SERVING' });
    await expect(check(serviceNameOf(name))).resolves.toEqual({ status: 'SERVING' });
    const other = names.find((n) => n !== name)!;
    await expect(check(serviceNameOf(other))).rejects.toThrow(/not_found/);
  });
});
