import { startIdentity } from '@ziba/identity/src/app.ts';
import { generatePrivateJwk } from '@ziba/identity/src/application/token-issuer.ts';
import { loadIdentityConfig } from '@ziba/identity/src/config.ts';
import { loadIdentityProto, loadTripProto, loadWalletProto } from '@ziba/contracts';
import { createLogger, GrpcClient, type Actor } from '@ziba/service-kit';
import { freshDatabase, infrastructure, testServiceTokens } from '@ziba/testing';
import { startWalletLedger } from '@ziba/wallet-ledger/src/app.ts';
import { loadWalletLedgerConfig } from '@ziba/wallet-ledger/src/config.ts';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { startTripSettlement } from '../src/app.ts';
import type { TripContext } from '../src/application/trip-context.ts';
import { loadTripSettlementConfig } from '../src/config.ts';

/** identity, wallet-ledger and trip-settlement in this process, each on a fresh database. */
export async function startTripHarness(seams: Pick<TripContext, 'afterHoldForTests'> = {}) {
  const { amqpUrl } = await infrastructure();
  const [idDb, wDb, tDb] = await Promise.all([freshDatabase('tr_id'), freshDatabase('tr_wl'), freshDatabase('tr_tr')]);
  const tokens = testServiceTokens(['tests', 'trip-settlement']);
  const silent = (n: string) => createLogger(n, process.env.STACK_LOG_LEVEL ?? 'silent');
  const identity = await startIdentity(
    loadIdentityConfig({ DATABASE_URL: idDb.url, AMQP_URL: amqpUrl, GRPC_ADDRESS: '127.0.0.1:0', SERVICE_TOKENS: tokens.spec, JWT_PRIVATE_JWK: await generatePrivateJwk(), DOCUMENT_HMAC_KEYS: `t=${randomBytes(32).toString('base64')}` }),
    silent('identity'),
  );
  const wallet = await startWalletLedger(loadWalletLedgerConfig({ DATABASE_URL: wDb.url, AMQP_URL: amqpUrl, GRPC_ADDRESS: '127.0.0.1:0', SERVICE_TOKENS: tokens.spec, PLATFORM_SHARDS: '4' }), silent('wallet-ledger'));
  const trips = await startTripSettlement(
    loadTripSettlementConfig({
      DATABASE_URL: tDb.url, AMQP_URL: amqpUrl, GRPC_ADDRESS: '127.0.0.1:0', SERVICE_TOKENS: tokens.spec, SERVICE_TOKEN: tokens.tokenOf('trip-settlement'),
      IDENTITY_ADDRESS: `127.0.0.1:${identity.port}`, WALLET_ADDRESS: `127.0.0.1:${wallet.port}`, HOLD_RECOVERY_AFTER_MS: '3600000',
    }),
    silent('trip-settlement'),
    seams,
  );
  const client = <T>(Ctor: T, port: number) => new GrpcClient(Ctor as never, { target: 'x', address: `127.0.0.1:${port}`, token: tokens.tokenOf('tests'), deadlineMs: 20_000, breaker: { volumeThreshold: 1_000_000 } });
  const idc = client(loadIdentityProto().ziba.identity.v1.IdentityService, identity.port) as unknown as GrpcClient<import('@ziba/contracts').IdentityServiceClient>;
  const wc = client(loadWalletProto().ziba.wallet.v1.WalletLedgerService, wallet.port) as unknown as GrpcClient<import('@ziba/contracts').WalletLedgerServiceClient>;
  const tc = client(loadTripProto().ziba.trip.v1.TripService, trips.port) as unknown as GrpcClient<import('@ziba/contracts').TripServiceClient>;

  const residence = { line1: '12 Admiralty Way', city: 'Lagos', state: 'Lagos', postalCode: '101233', countryCode: 'NG' };
  const profile = { legalFirstName: 'Amaka', legalLastName: 'Okafor', dateOfBirth: '1990-04-12', countryCode: 'NG', residence };
  const digits = (n: number) => Array.from({ length: n - 1 }, () => randomInt(10)).join('') + '1';

  async function user(role: 'RIDER' | 'DRIVER', options: { verified?: boolean; online?: boolean; funds?: bigint } = {}) {
    const u = await idc.call('Register', { email: `${role.toLowerCase()}-${randomUUID()}@ziba.test`, password: 'correct horse battery', role, countryCode: 'NG', testMode: false });
    const actor: Actor = { type: 'USER', id: u.id, role };
    await idc.call('PutProfile', { userId: u.id, profile });
    const w = await wc.call('OpenWallet', { ownerId: u.id, ownerType: role, countryCode: 'NG', currency: 'NGN', mode: 'live' });
    if (options.verified) {
      const doc = (documentType: string, documentNumber: string, expiryDate: string) => ({ userId: u.id, documentType, documentNumber, issuingAuthority: 'NG', expiryDate, countryCode: 'NG', holderName: 'Amaka Okafor', holderAddress: residence });
      await idc.call('SubmitDocument', doc('NIN', digits(11), ''));
      await idc.call('SubmitDocument', doc('DRIVER_LICENSE', `LAG${digits(9)}`, `${new Date().getUTCFullYear() + 4}-01-31`));
    }
    if (options.online) await tc.call('SetDriverOnline', { online: true }, { actor });
    if (options.funds) await wc.call('AddFunds', { meta: { idempotencyKey: randomUUID(), serviceType: 'funding', description: 'test top-up' }, walletId: w.id, amount: { amount: options.funds.toString(), currency: 'NGN' } });
    return { id: u.id, actor, walletId: w.id };
  }

  const admin: Actor = { type: 'ADMIN', id: randomUUID(), role: 'ADMIN' };
  return {
    identity, wallet, trips, idc, wc, tc, user, admin, tripDbUrl: tDb.url, walletDbUrl: wDb.url,
    balance: async (walletId: string) => wc.call('GetWallet', { walletId }),
    async stop() {
      for (const c of [idc, wc, tc]) c.close();
      await trips.stop();
      await wallet.stop();
      await identity.stop();
      await Promise.all([idDb.drop(), wDb.drop(), tDb.drop()]);
    },
  };
}

export type TripHarness = Awaited<ReturnType<typeof startTripHarness>>;
