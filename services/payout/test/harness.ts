import type * as grpc from '@grpc/grpc-js';
import { startIdentity } from '@ziba/identity/src/app.ts';
import { generatePrivateJwk } from '@ziba/identity/src/application/token-issuer.ts';
import { loadIdentityConfig } from '@ziba/identity/src/config.ts';
import {
  loadIdentityProto,
  loadPayoutProto,
  loadWalletProto,
  type IdentityServiceClient,
  type PayoutServiceClient,
  type WalletLedgerServiceClient,
} from '@ziba/contracts';
import { createLogger, GrpcClient, type Actor } from '@ziba/service-kit';
import { modeOf } from '@ziba/service-kit/mode';
import { freePort, freshDatabase, infrastructure, testConsumer, testServiceTokens, watchEvents } from '@ziba/testing';
import { startWalletLedger } from '@ziba/wallet-ledger/src/app.ts';
import { loadWalletLedgerConfig } from '@ziba/wallet-ledger/src/config.ts';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { startPayout } from '../src/app.ts';
import { loadPayoutConfig } from '../src/config.ts';

/** identity, wallet-ledger and payout in this process on fresh databases; payout's log lines captured. */
export async function startPayoutHarness() {
  const { amqpUrl } = await infrastructure();
  const [idDb, wDb, pDb] = await Promise.all([freshDatabase('po_id'), freshDatabase('po_wl'), freshDatabase('po_po')]);
  const tokens = testServiceTokens(['tests', 'payout']);
  const walletConsumer = testConsumer('wallet-ledger');
  const silent = (n: string) => createLogger(n, process.env.STACK_LOG_LEVEL ?? 'silent');
  const webhookSecret = randomBytes(32).toString('hex');
  const events = await watchEvents(amqpUrl, 'payout.#');
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _e, done) {
      logLines.push(String(chunk));
      done();
    },
  });
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
  const walletConfig = (address: string) =>
    loadWalletLedgerConfig({
      DATABASE_URL: wDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: address,
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      PLATFORM_SHARDS: '4',
      CONSUMER_NAME: walletConsumer.name,
    });
  let wallet = await startWalletLedger(walletConfig('127.0.0.1:0'), silent('wallet-ledger'));
  const walletPort = wallet.port;
  // The simulated provider runs as its own process; its webhooks reach payout through a stand-in for
  // the gateway's webhook route (raw body and headers forwarded as they are).
  let forwardTo: GrpcClient<PayoutServiceClient> | null = null;
  const spawned: ReturnType<typeof spawn>[] = [];
  const bridge: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      forwardTo!
        .call('HandleProviderWebhook', {
          provider: 'simulated',
          timestamp: String(req.headers['x-ziba-timestamp'] ?? ''),
          signature: String(req.headers['x-ziba-signature'] ?? ''),
          rawBody: Buffer.concat(chunks),
        })
        .then(
          (ack) => res.writeHead(200).end(JSON.stringify(ack)),
          () => res.writeHead(400).end(),
        );
    });
  });
  await new Promise<void>((r) => bridge.listen(0, '127.0.0.1', () => r()));
  // The provider takes any free port and says which: a port picked here at random could be taken
  // (the ephemeral range is shared with every connection of the run) and the provider would exit.
  const provider = spawn(process.execPath, [fileURLToPath(new URL('../src/simulated-provider/main.ts', import.meta.url))], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      WEBHOOK_URL: `http://127.0.0.1:${(bridge.address() as AddressInfo).port}/`,
      WEBHOOK_SECRET: webhookSecret,
      NODE_OPTIONS: '--disable-warning=ExperimentalWarning',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const providerUrl = `http://127.0.0.1:${await listeningPort(provider)}`;

  const payoutEnv = {
    DATABASE_URL: pDb.url,
    AMQP_URL: amqpUrl,
    GRPC_ADDRESS: '127.0.0.1:0',
    METRICS_PORT: '0',
    SERVICE_TOKENS: tokens.spec,
    SERVICE_TOKEN: tokens.tokenOf('payout'),
    IDENTITY_ADDRESS: `127.0.0.1:${identity.port}`,
    WALLET_ADDRESS: `127.0.0.1:${wallet.port}`,
    PAYOUT_ENCRYPTION_KEYS: `k1=${randomBytes(32).toString('base64')}`,
    ACCOUNT_FINGERPRINT_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'debug',
    WEBHOOK_SECRET: webhookSecret,
    SIMULATED_PROVIDER_URL: providerUrl,
    PROVIDER_TIMEOUT_MS: '500',
    RECONCILE_AFTER_MS: '3600000',
  };
  const payout = await startPayout(loadPayoutConfig(payoutEnv), createLogger('payout', 'debug', sink));
  let payoutInProcess = true;
  const client = <C extends grpc.Client>(ctor: unknown, port: number) =>
    new GrpcClient(ctor as never, {
      target: 'x',
      address: `127.0.0.1:${port}`,
      token: tokens.tokenOf('tests'),
      deadlineMs: 20_000,
      breaker: { volumeThreshold: 1_000_000 },
    }) as unknown as GrpcClient<C>;
  const idc = client<IdentityServiceClient>(loadIdentityProto().ziba.identity.v1.IdentityService, identity.port);
  const wc = client<WalletLedgerServiceClient>(loadWalletProto().ziba.wallet.v1.WalletLedgerService, wallet.port);
  const pc = client<PayoutServiceClient>(loadPayoutProto().ziba.payout.v1.PayoutService, payout.port);
  forwardTo = pc;
  const digits = (n: number) => Array.from({ length: n - 1 }, () => randomInt(10)).join('') + '1';
  const residence = { line1: '12 Admiralty Way', city: 'Lagos', state: 'Lagos', postalCode: '101233', countryCode: 'NG' };
  const admin: Actor = { type: 'ADMIN', id: randomUUID(), role: 'ADMIN' };

  /** An NG earner: profile, wallet, optionally verified documents, a payout method and earnings. */
  async function earner(
    role: 'DRIVER' | 'RESTAURANT' | 'RIDER',
    o: { verified?: boolean; method?: boolean | string; earnings?: bigint; testMode?: boolean; addressOnDocument?: typeof residence } = {},
  ) {
    const u = await idc.call('Register', {
      email: `${role.toLowerCase()}-${randomUUID()}@ziba.test`,
      password: 'correct horse battery',
      role,
      countryCode: 'NG',
      testMode: o.testMode ?? false,
    });
    const actor: Actor = { type: 'USER', id: u.id, role };
    await idc.call('PutProfile', {
      userId: u.id,
      profile: { legalFirstName: 'Amaka', legalLastName: 'Okafor', dateOfBirth: '1990-04-12', countryCode: 'NG', residence },
    });
    const mode = modeOf(o.testMode ?? false);
    const w = await wc.call('OpenWallet', { ownerId: u.id, ownerType: role, countryCode: 'NG', currency: 'NGN', mode });
    if (o.verified) {
      const doc = (documentType: string, documentNumber: string, expiryDate: string) => ({
        userId: u.id,
        documentType,
        documentNumber,
        issuingAuthority: 'NG',
        expiryDate,
        countryCode: 'NG',
        holderName: 'Amaka Okafor',
        holderAddress: o.addressOnDocument ?? residence,
      });
      await idc.call('SubmitDocument', doc('NIN', digits(11), ''));
      if (role === 'DRIVER') await idc.call('SubmitDocument', doc('DRIVER_LICENSE', `LAG${digits(9)}`, `${new Date().getUTCFullYear() + 4}-01-31`));
    }
    const accountNumber = `0${digits(9)}`;
    if (o.method)
      await pc.call(
        'SetPayoutMethod',
        {
          type: 'BANK',
          bankName: 'Zenith Bank',
          bankCode: '057',
          provider: '',
          accountNumber,
          accountName: typeof o.method === 'string' ? o.method : 'Amaka Okafor',
        },
        { actor },
      );
    if (o.earnings) {
      await wc.call('Credit', {
        meta: { idempotencyKey: randomUUID(), serviceType: 'earning', description: 'test earnings' },
        walletId: w.id,
        amount: { amount: o.earnings.toString(), currency: 'NGN' },
        counterAccount: 'FUNDING',
      });
    }
    // Each earner calls from an address of their own, so the per-address velocity limit only meets the tests that aim at it.
    const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    return { id: u.id, actor, walletId: w.id, accountNumber, ip };
  }

  const withdraw = (e: { actor: Actor; ip: string }, amount: bigint | string, key: string = randomUUID(), currency = 'NGN') =>
    pc.call('RequestWithdrawal', { idempotencyKey: key, amount: { amount: String(amount), currency }, clientIp: e.ip }, { actor: e.actor });
  const decide = (payoutId: string, action: string, reason = '', externalReference = '') =>
    pc.call('DecidePayout', { payoutId, action, reason, externalReference }, { actor: admin });

  return {
    identity,
    payout,
    idc,
    residence,
    wc,
    pc,
    admin,
    earner,
    webhookSecret,
    events,
    get wallet() {
      return wallet;
    },
    /** Takes the wallet-ledger service down (the payout service's calls then fail) and back up on the same port. */
    stopWallet: () => wallet.stop(),
    startWallet: async () => {
      wallet = await startWalletLedger(walletConfig(`127.0.0.1:${walletPort}`), silent('wallet-ledger'));
    },
    /** Stops the in-process payout service; the crash tests run it as a process of its own instead. */
    async stopInProcessPayout() {
      payoutInProcess = false;
      await payout.stop();
    },
    /**
     * The payout service as a real process on the same database (with extra env such as FAILPOINT);
     * provider webhooks are forwarded to it. `exited` resolves with the signal that ended it.
     */
    async spawnPayout(extra: Record<string, string>) {
      const port = await freePort();
      const child = spawn(process.execPath, [fileURLToPath(new URL('../src/main.ts', import.meta.url))], {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_OPTIONS: '--disable-warning=ExperimentalWarning',
          OTEL_SDK_DISABLED: 'true',
          ...payoutEnv,
          LOG_LEVEL: 'warn',
          GRPC_ADDRESS: `127.0.0.1:${port}`,
          ...extra,
        },
        stdio: 'ignore',
      });
      spawned.push(child);
      const exited = new Promise<string | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
      const c = client<PayoutServiceClient>(loadPayoutProto().ziba.payout.v1.PayoutService, port);
      for (let i = 0; i < 200; i++) {
        if (
          await c.call('GetPayout', { payoutId: randomUUID() }, { actor: admin }).then(
            () => true,
            (e: { code?: string }) => e.code === 'PAYOUT_NOT_FOUND',
          )
        )
          break;
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      forwardTo = c;
      return { client: c, exited, kill: () => child.kill('SIGKILL') };
    },
    /** Tells the simulated provider what the next transfers do. */
    providerBehaves: (mode: 'succeed' | 'fail' | 'timeout' | 'twice' | 'silent' | 'pending') =>
      fetch(`${providerUrl}/behaviour`, { method: 'POST', body: JSON.stringify({ mode }) }),
    /** Where the simulated provider's own transfer of a payout stands (PROCESSING, PAID, FAILED), or null when it has none. */
    providerTransfer: async (payoutId: string) => {
      const res = await fetch(`${providerUrl}/transfers/${payoutId}`);
      return res.ok ? ((await res.json()) as { status: string }).status : null;
    },
    withdraw,
    decide,
    logLines,
    payoutDbUrl: pDb.url,
    walletDbUrl: wDb.url,
    /** The in-process payout's environment: more replicas on the same database start from it. */
    payoutEnv,
    balance: (walletId: string) => wc.call('GetWallet', { walletId }),
    async stop() {
      for (const c of [idc, wc, pc]) c.close();
      if (payoutInProcess) await payout.stop();
      for (const c of spawned) c.kill('SIGKILL');
      provider.kill('SIGTERM');
      bridge.close();
      await events.close();
      await wallet.stop();
      await identity.stop();
      await walletConsumer.remove(amqpUrl);
      await Promise.all([idDb.drop(), wDb.drop(), pDb.drop()]);
    },
  };
}

export type PayoutHarness = Awaited<ReturnType<typeof startPayoutHarness>>;

/** The port a spawned simulated provider listens on, from its first line on stdout. */
async function listeningPort(child: ReturnType<typeof spawn>): Promise<number> {
  const [line] = (await Promise.race([
    once(createInterface({ input: child.stdout! }), 'line'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`the simulated provider exited (${String(code)}) before listening`))),
  ])) as [string];
  return (JSON.parse(line) as { port: number }).port;
}
