import { startIdentity } from '@ziba/identity/src/app.ts';
import { generatePrivateJwk } from '@ziba/identity/src/application/token-issuer.ts';
import { loadIdentityConfig } from '@ziba/identity/src/config.ts';
import { loadIdentityProto, loadTripProto, loadWalletProto } from '@ziba/contracts';
import { createLogger, GrpcClient, type Actor } from '@ziba/service-kit';
import { freshDatabase, infrastructure, testConsumer, testServiceTokens } from '@ziba/testing';
import { startWalletLedger } from '@ziba/wallet-ledger/src/app.ts';
import { loadWalletLedgerConfig } from '@ziba/wallet-ledger/src/config.ts';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { startTripSettlement } from '../src/app.ts';
import type { TripContext } from '../src/application/trip-context.ts';
import { loadTripSettlementConfig } from '../src/config.ts';

/** The most one top-up adds in each country's currency (the ledger's TOP_UP_LIMIT): the harness tops up in such pieces. */
const TOP_UP_PIECE: Record<string, bigint> = { NG: 100_000_000n, US: 500_000n, BD: 10_000_000n };

/** identity, wallet-ledger and trip-settlement in this process, each on a fresh database. */
export async function startTripHarness(seams: Partial<Pick<TripContext, 'afterHoldForTests' | 'settleBatches'>> = {}) {
  const { amqpUrl } = await infrastructure();
  const [idDb, wDb, tDb] = await Promise.all([freshDatabase('tr_id'), freshDatabase('tr_wl'), freshDatabase('tr_tr')]);
  const tokens = testServiceTokens(['tests', 'trip-settlement']);
  const walletConsumer = testConsumer('wallet-ledger');
  const silent = (n: string) => createLogger(n, process.env.STACK_LOG_LEVEL ?? 'silent');
  const identity = await startIdentity(
    loadIdentityConfig({
      DATABASE_URL: idDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      JWT_PRIVATE_JWK: await generatePrivateJwk(),
      DOCUMENT_HMAC_KEYS: `t=${randomBytes(32).toString('base64')}`,
    }),
    silent('identity'),
  );
  const wallet = await startWalletLedger(
    loadWalletLedgerConfig({
      DATABASE_URL: wDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      PLATFORM_SHARDS: '4',
      CONSUMER_NAME: walletConsumer.name,
    }),
    silent('wallet-ledger'),
  );
  const trips = await startTripSettlement(
    loadTripSettlementConfig({
      DATABASE_URL: tDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      SERVICE_TOKEN: tokens.tokenOf('trip-settlement'),
      IDENTITY_ADDRESS: `127.0.0.1:${identity.port}`,
      WALLET_ADDRESS: `127.0.0.1:${wallet.port}`,
      HOLD_RECOVERY_AFTER_MS: '3600000',
    }),
    silent('trip-settlement'),
    seams,
  );
  const client = <T>(Ctor: T, port: number) =>
    new GrpcClient(Ctor as never, {
      target: 'x',
      address: `127.0.0.1:${port}`,
      token: tokens.tokenOf('tests'),
      deadlineMs: 20_000,
      breaker: { volumeThreshold: 1_000_000 },
    });
  const idc = client(loadIdentityProto().ziba.identity.v1.IdentityService, identity.port) as unknown as GrpcClient<
    import('@ziba/contracts').IdentityServiceClient
  >;
  const wc = client(loadWalletProto().ziba.wallet.v1.WalletLedgerService, wallet.port) as unknown as GrpcClient<
    import('@ziba/contracts').WalletLedgerServiceClient
  >;
  const tc = client(loadTripProto().ziba.trip.v1.TripService, trips.port) as unknown as GrpcClient<import('@ziba/contracts').TripServiceClient>;

  const admin: Actor = { type: 'ADMIN', id: randomUUID(), role: 'ADMIN' };
  const RESIDENCE: Record<string, { line1: string; city: string; state: string; postalCode: string; countryCode: string }> = {
    NG: { line1: '12 Admiralty Way', city: 'Lagos', state: 'Lagos', postalCode: '101233', countryCode: 'NG' },
    BD: { line1: 'House 5, Road 12, Banani', city: 'Dhaka', state: 'Dhaka', postalCode: '1213', countryCode: 'BD' },
    US: { line1: '350 Fifth Avenue', city: 'New York', state: 'NY', postalCode: '10118', countryCode: 'US' },
  };
  const CURRENCY: Record<string, string> = { NG: 'NGN', BD: 'BDT', US: 'USD' };
  /** The country's national ID for drivers, as identity's configuration requires it. */
  const NATIONAL_ID: Record<string, (() => [string, string]) | null> = { NG: () => ['NIN', digits(11)], BD: () => ['NID', digits(13)], US: null };
  const digits = (n: number) => Array.from({ length: n - 1 }, () => randomInt(10)).join('') + '1';

  async function user(
    role: 'RIDER' | 'DRIVER' | 'RESTAURANT',
    options: { verified?: boolean; online?: boolean; funds?: bigint; country?: 'NG' | 'BD' | 'US' } = {},
  ) {
    const country = options.country ?? 'NG';
    const residence = RESIDENCE[country]!;
    const u = await idc.call('Register', {
      email: `${role.toLowerCase()}-${randomUUID()}@ziba.test`,
      password: 'correct horse battery',
      role,
      countryCode: country,
      testMode: false,
    });
    const actor: Actor = { type: 'USER', id: u.id, role };
    await idc.call('PutProfile', {
      userId: u.id,
      profile: { legalFirstName: 'Amaka', legalLastName: 'Okafor', dateOfBirth: '1990-04-12', countryCode: country, residence },
    });
    const w = await wc.call('OpenWallet', { ownerId: u.id, ownerType: role, countryCode: country, currency: CURRENCY[country]!, mode: 'live' });
    if (options.verified) {
      const doc = (documentType: string, documentNumber: string, expiryDate: string) => ({
        userId: u.id,
        documentType,
        documentNumber,
        issuingAuthority: country,
        expiryDate,
        countryCode: country,
        holderName: 'Amaka Okafor',
        holderAddress: residence,
      });
      const national = NATIONAL_ID[country]?.();
      if (national) await idc.call('SubmitDocument', doc(national[0], national[1], ''));
      await idc.call('SubmitDocument', doc('DRIVER_LICENSE', `LAG${digits(9)}`, `${new Date().getUTCFullYear() + 4}-01-31`));
    }
    if (options.online) await tc.call('SetDriverOnline', { online: true }, { actor });
    const piece = TOP_UP_PIECE[country]!;
    for (let left = options.funds ?? 0n; left > 0n; left -= piece)
      await wc.call('AddFunds', {
        meta: { idempotencyKey: randomUUID(), serviceType: 'funding', description: 'test top-up' },
        walletId: w.id,
        amount: { amount: (left < piece ? left : piece).toString(), currency: CURRENCY[country]! },
      });
    return { id: u.id, actor, walletId: w.id };
  }

  /** A restaurant with a profile, a wallet and a menu of the given prices. */
  async function restaurantWithMenu(country: 'NG' | 'BD' | 'US', prices: bigint[]) {
    const r = await user('RESTAURANT', { country });
    const items = [];
    for (const [i, price] of prices.entries())
      items.push(await tc.call('SetMenuItem', { id: '', name: `dish ${i + 1}`, price: price.toString(), available: true }, { actor: r.actor }));
    return { ...r, items };
  }

  /** A ride from request to settlement by staff; returns the settlement summary. */
  async function settledRide(
    rider: Awaited<ReturnType<typeof user>>,
    driver: Awaited<ReturnType<typeof user>>,
    paymentMethod: 'CASH' | 'ONLINE',
    distanceMeters: number,
  ) {
    const trip = await tc.call('RequestTrip', { serviceType: 'RIDE', paymentMethod, distanceMeters }, { actor: rider.actor });
    for (const action of ['accept', 'arrive', 'start', 'complete']) await tc.call('Transition', { tripId: trip.id, action }, { actor: driver.actor });
    return tc.call('SettleTrip', { tripId: trip.id }, { actor: admin });
  }

  return {
    identity,
    wallet,
    trips,
    idc,
    wc,
    tc,
    user,
    settledRide,
    restaurantWithMenu,
    admin,
    tripDbUrl: tDb.url,
    walletDbUrl: wDb.url,
    balance: async (walletId: string) => wc.call('GetWallet', { walletId }),
    async stop() {
      for (const c of [idc, wc, tc]) c.close();
      await trips.stop();
      await wallet.stop();
      await identity.stop();
      await walletConsumer.remove(amqpUrl);
      await Promise.all([idDb.drop(), wDb.drop(), tDb.drop()]);
    },
  };
}

export type TripHarness = Awaited<ReturnType<typeof startTripHarness>>;
