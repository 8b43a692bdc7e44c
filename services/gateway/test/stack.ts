import { startIdentity } from '@ziba/identity/src/app.ts';
import { createAdmin } from '@ziba/identity/src/application/create-admin.usecase.ts';
import { generatePrivateJwk } from '@ziba/identity/src/application/token-issuer.ts';
import { loadIdentityConfig } from '@ziba/identity/src/config.ts';
import { createLogger } from '@ziba/service-kit';
import { auditBrokerNames, freshDatabase, stopSteps, testConsumer, infrastructure, testServiceTokens } from '@ziba/testing';
import { startWalletLedger } from '@ziba/wallet-ledger/src/app.ts';
import { loadWalletLedgerConfig } from '@ziba/wallet-ledger/src/config.ts';
import { startTripSettlement } from '@ziba/trip-settlement/src/app.ts';
import { loadTripSettlementConfig } from '@ziba/trip-settlement/src/config.ts';
import { startAudit } from '@ziba/audit/src/app.ts';
import { loadAuditConfig } from '@ziba/audit/src/config.ts';
import { startPayout } from '@ziba/payout/src/app.ts';
import { loadPayoutConfig } from '@ziba/payout/src/config.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { startGateway, type Gateway } from '../src/app.ts';
import { loadGatewayConfig } from '../src/config.ts';

export interface Stack {
  url: string;
  /** The simulated payout provider's webhook secret, to sign callbacks in tests. */
  webhookSecret: string;
  gateway: Gateway;
  /** The audit service's consumer (its queue is `<name>.events`), this stack's own. */
  auditConsumer: string;
  /** Each process's GET /metrics; in this one process they serve the same registry. */
  metricsUrls: Record<'identity' | 'wallet-ledger' | 'trip-settlement' | 'payout' | 'audit' | 'gateway', string>;
  /** Each service's gRPC address, and the gateway's credential, which every service accepts. */
  grpc: { addresses: Record<'identity' | 'wallet-ledger' | 'trip-settlement' | 'payout' | 'audit', string>; gatewayToken: string };
  admin: { email: string; password: string };
  identityDatabaseUrl: string;
  walletDatabaseUrl: string;
  tripDatabaseUrl: string;
  auditDatabaseUrl: string;
  payoutDatabaseUrl: string;
  /** The gateway's Redis and its key prefix (token revocations, Idempotency-Keys, rate limits live there). */
  redis: { url: string; keyPrefix: string };
  /** Another admin with exactly these permissions, made the way the create-admin command makes one. */
  createAdmin(permissions: string[]): Promise<{ email: string; password: string }>;
  /** A second gateway in front of the same services, with these settings changed (stopped with the stack); its own Redis namespace unless `env` names one. */
  startGateway(env: Record<string, string>): Promise<Gateway>;
  stop(): Promise<void>;
}

/**
 * identity, wallet-ledger, trip-settlement, payout and the gateway in this process, each on its own
 * fresh database. `walletEnv` changes the wallet-ledger's settings (a tiny connection pool, say).
 */
export async function startStack(label: string, walletEnv: Record<string, string> = {}): Promise<Stack> {
  const { amqpUrl } = await infrastructure();
  const [identityDb, walletDb, tripDb, payoutDb] = await Promise.all([
    freshDatabase(`${label}_id`),
    freshDatabase(`${label}_wl`),
    freshDatabase(`${label}_tr`),
    freshDatabase(`${label}_po`),
  ]);
  // identity and wallet-ledger accept the gateway, trip-settlement and payout; trip-settlement and payout only the gateway.
  const tokens = testServiceTokens(['gateway', 'trip-settlement', 'payout']);
  const walletConsumer = testConsumer('wallet-ledger');
  const gatewayOnly = `gateway=${tokens.tokenOf('gateway')}`;
  // STACK_LOG_LEVEL=info shows the services' logs when a test needs explaining.
  const silent = (name: string) => createLogger(name, process.env.STACK_LOG_LEVEL ?? 'silent');
  const admin = { email: `admin-${randomUUID()}@ziba.test`, password: 'admin-password-123' };
  const identity = await startIdentity(
    loadIdentityConfig({
      DATABASE_URL: identityDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      JWT_PRIVATE_JWK: await generatePrivateJwk(),
      DOCUMENT_HMAC_KEYS: `test=${randomBytes(32).toString('base64')}`,
      BOOTSTRAP_ADMIN_EMAIL: admin.email,
      BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    }),
    silent('identity'),
  );
  const wallet = await startWalletLedger(
    loadWalletLedgerConfig({
      DATABASE_URL: walletDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      PLATFORM_SHARDS: '4',
      CONSUMER_NAME: walletConsumer.name,
      ...walletEnv,
    }),
    silent('wallet-ledger'),
  );
  const identityAddress = `127.0.0.1:${identity.port}`;
  const walletAddress = `127.0.0.1:${wallet.port}`;
  const trips = await startTripSettlement(
    loadTripSettlementConfig({
      DATABASE_URL: tripDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: gatewayOnly,
      SERVICE_TOKEN: tokens.tokenOf('trip-settlement'),
      IDENTITY_ADDRESS: identityAddress,
      WALLET_ADDRESS: walletAddress,
      HOLD_RECOVERY_AFTER_MS: '3000',
    }),
    silent('trip-settlement'),
  );
  const webhookSecret = randomBytes(32).toString('hex');
  const payout = await startPayout(
    loadPayoutConfig({
      DATABASE_URL: payoutDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: gatewayOnly,
      SERVICE_TOKEN: tokens.tokenOf('payout'),
      IDENTITY_ADDRESS: identityAddress,
      WALLET_ADDRESS: walletAddress,
      PAYOUT_ENCRYPTION_KEYS: `test=${randomBytes(32).toString('base64')}`,
      ACCOUNT_FINGERPRINT_KEY: randomBytes(32).toString('hex'),
      WEBHOOK_SECRET: webhookSecret,
    }),
    silent('payout'),
  );
  // The audit log on its own queue, removed with the stack, so test runs leave nothing on the broker.
  const auditDb = await freshDatabase(`${label}_au`);
  const auditBroker = auditBrokerNames(`audit-${label}-${randomBytes(3).toString('hex')}`);
  const audit = await startAudit(
    loadAuditConfig({
      DATABASE_URL: auditDb.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: gatewayOnly,
      ...auditBroker.env,
    }),
    silent('audit'),
  );
  const gatewayEnv = {
    PORT: '0',
    METRICS_PORT: '0',
    IDENTITY_ADDRESS: identityAddress,
    WALLET_ADDRESS: walletAddress,
    TRIP_ADDRESS: `127.0.0.1:${trips.port}`,
    PAYOUT_ADDRESS: `127.0.0.1:${payout.port}`,
    AUDIT_ADDRESS: `127.0.0.1:${audit.port}`,
    SERVICE_TOKEN: tokens.tokenOf('gateway'),
    RATE_LIMIT_PER_MINUTE: '100000',
    // Rate-limit counters and Idempotency-Keys of this stack only (they live in the machine's one Redis).
    REDIS_KEY_PREFIX: `${label}-${randomBytes(3).toString('hex')}:`,
  };
  const gateway = await startGateway(loadGatewayConfig(gatewayEnv), silent('gateway'));
  const extraGateways: Gateway[] = [];
  return {
    webhookSecret,
    url: gateway.url,
    gateway,
    auditConsumer: auditBroker.env.CONSUMER_NAME,
    metricsUrls: Object.fromEntries(
      Object.entries({ identity, 'wallet-ledger': wallet, 'trip-settlement': trips, payout, audit, gateway }).map(([name, app]) => [
        name,
        `http://127.0.0.1:${app.metricsPort}/metrics`,
      ]),
    ) as Stack['metricsUrls'],
    grpc: {
      addresses: {
        identity: identityAddress,
        'wallet-ledger': walletAddress,
        'trip-settlement': gatewayEnv.TRIP_ADDRESS,
        payout: gatewayEnv.PAYOUT_ADDRESS,
        audit: gatewayEnv.AUDIT_ADDRESS,
      },
      gatewayToken: tokens.tokenOf('gateway'),
    },
    admin,
    identityDatabaseUrl: identityDb.url,
    redis: { url: loadGatewayConfig(gatewayEnv).REDIS_URL, keyPrefix: gatewayEnv.REDIS_KEY_PREFIX },
    walletDatabaseUrl: walletDb.url,
    tripDatabaseUrl: tripDb.url,
    auditDatabaseUrl: auditDb.url,
    payoutDatabaseUrl: payoutDb.url,
    async createAdmin(permissions) {
      const credentials = { email: `admin-${randomUUID()}@ziba.test`, password: 'admin-password-123' };
      await createAdmin(identity.ctx, { ...credentials, permissions, operator: 'test' });
      return credentials;
    },
    async startGateway(env) {
      // Its own Redis namespace unless the test names one: its own rate-limit counters and keys.
      const own = { REDIS_KEY_PREFIX: `${label}-${randomBytes(3).toString('hex')}:` };
      const extra = await startGateway(loadGatewayConfig({ ...gatewayEnv, ...own, ...env }), silent('gateway'));
      extraGateways.push(extra);
      return extra;
    },
    async stop() {
      await stopSteps([
        ['gateways', () => Promise.all([gateway, ...extraGateways].map((g) => g.stop()))],
        // payout and trip-settlement before identity and wallet-ledger: they call both while they run.
        ['payout', () => payout.stop()],
        ['trip-settlement', () => trips.stop()],
        ['identity', () => identity.stop()],
        ['wallet-ledger', () => wallet.stop()],
        ['audit', () => audit.stop()],
        ['queues', () => Promise.all([auditBroker.remove(amqpUrl), walletConsumer.remove(amqpUrl)])],
        ['databases', () => Promise.all([identityDb.drop(), walletDb.drop(), tripDb.drop(), payoutDb.drop(), auditDb.drop()])],
      ]);
    },
  };
}

/** A plausible identity profile in the REST shape; documents that should match it use the same name and address. */
export const sampleProfile = (countryCode = 'NG') => ({
  legalFirstName: 'Adaeze',
  legalLastName: 'Okafor',
  dateOfBirth: '1990-04-12',
  countryCode,
  residenceAddressLine1: '12 Admiralty Way',
  residenceCity: 'Lekki',
  residenceState: 'Lagos',
  residencePostalCode: '106104',
  residenceCountryCode: countryCode,
});

/** A small REST client, as an app would use it. */
export function api(base: string) {
  const call = async (
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; rawBody?: string | Uint8Array; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if ((opts.body !== undefined || opts.rawBody !== undefined) && !headers['content-type']) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, { method, headers, body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)) });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      replayed: res.headers.get('idempotent-replayed'),
      retryAfter: res.headers.get('retry-after'),
      location: res.headers.get('location'),
      correlationId: res.headers.get('x-correlation-id'),
      text,
      body: text ? JSON.parse(text) : null,
    };
  };
  return {
    call,
    async register(role: 'RIDER' | 'DRIVER' | 'RESTAURANT', countryCode = 'NG', testMode = false) {
      const email = `${role.toLowerCase()}-${randomUUID()}@example.com`;
      const password = 'a strong password';
      const reg = await call('POST', '/api/auth/register', { body: { email, password, role, countryCode, testMode } });
      if (reg.status !== 201) throw new Error(`register failed: ${reg.text}`);
      const login = await call('POST', '/api/auth/login', { body: { email, password } });
      return { id: reg.body.id as string, token: login.body.accessToken as string, email };
    },
    /** Saves an identity profile, which every financial action needs (SPEC section 3). */
    async saveProfile(token: string, countryCode = 'NG', overrides: Record<string, unknown> = {}) {
      const r = await call('PUT', '/api/me/identity-profile', { token, body: { ...sampleProfile(countryCode), ...overrides } });
      if (r.status !== 200) throw new Error(`saving the profile failed: ${r.text}`);
      return r.body;
    },
    async login(email: string, password: string) {
      return (await call('POST', '/api/auth/login', { body: { email, password } })).body.accessToken as string;
    },
  };
}
