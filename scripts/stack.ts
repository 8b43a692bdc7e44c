// Starts the platform as real processes (identity, wallet-ledger, gateway), each service on its own
// database, and waits until the gateway is ready. Used by scripts/up and the end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditBrokerNames } from '@ziba/testing';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface StackOptions {
  /** A PostgreSQL URL whose server hosts one database per service (the path is replaced). */
  postgresUrl: string;
  amqpUrl: string;
  /** Database names are `<prefix>_identity`, `<prefix>_wallet`. */
  databasePrefix: string;
  gatewayPort: number;
  /** gRPC ports are grpcPortBase + 1 to + 6; each process's metrics port is ten above its own (the gateway's, + 10). */
  grpcPortBase: number;
  logDir: string;
  secrets: StackSecrets;
  logLevel?: string;
  /** Extra environment of a process, by process name (e.g. `{ gateway: { TRUST_PROXY: 'true' } }`). */
  env?: Record<string, Record<string, string>>;
  /** OTEL_* variables of every service and the gateway; by default this process's own (telemetryEnv). */
  telemetry?: Record<string, string>;
}

export interface StackSecrets {
  jwtPrivateJwk: string;
  /** HMAC keys of identity document numbers: `keyId=base64secret`, comma separated, newest first. */
  documentHashKeys: string;
  gatewayToken: string;
  /** trip-settlement's credential towards identity and wallet-ledger. */
  tripToken: string;
  /** payout's credential towards identity and wallet-ledger, and its keys for account numbers. */
  payoutToken: string;
  payoutEncryptionKeys: string;
  accountFingerprintKey: string;
  webhookSecret: string;
  /** The weekly jobs' credential: the gateway's SYSTEM_JOB_TOKEN, as the CronJobs present it. */
  systemJobToken: string;
  adminEmail: string;
  adminPassword: string;
}

export interface RunningStack {
  gatewayUrl: string;
  /** Each service's own database, by service name. */
  databaseUrls: Record<string, string>;
  /** GET /metrics of each process, by name. */
  metricsUrls: Record<string, string>;
  amqpUrl: string;
  /** The stack's consumer queues on the broker (`<consumer>.events`; dead letters in `<queue>.dead`). */
  consumerQueues: string[];
  /** The gateway's Redis and its key prefix: scripts/admin ends an admin's tokens there. */
  redis: { url: string; keyPrefix: string };
  processes: Map<string, ChildProcess>;
  /** Stops the process (with `signal`, SIGKILL for a crash), starts it again with the same environment and waits for its port. */
  restart(name: string, signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

export async function generateSecrets(): Promise<StackSecrets> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    jwtPrivateJwk: JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: `dev-${randomBytes(4).toString('hex')}` }),
    documentHashKeys: `dev-1=${randomBytes(32).toString('base64')}`,
    gatewayToken: randomBytes(24).toString('hex'),
    tripToken: randomBytes(24).toString('hex'),
    payoutToken: randomBytes(24).toString('hex'),
    payoutEncryptionKeys: `dev-1=${randomBytes(32).toString('base64')}`,
    accountFingerprintKey: randomBytes(32).toString('hex'),
    webhookSecret: randomBytes(32).toString('hex'),
    systemJobToken: randomBytes(32).toString('hex'),
    adminEmail: 'admin@ziba.local',
    adminPassword: randomBytes(12).toString('base64url'),
  };
}

function databaseUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * This process's standard OpenTelemetry variables (OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS,
 * OTEL_TRACES_SAMPLER...), which each service's environment, built from scratch, would otherwise
 * drop. Not OTEL_SERVICE_NAME: each process names itself.
 */
export function telemetryEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[0].startsWith('OTEL_') && e[0] !== 'OTEL_SERVICE_NAME' && e[1] !== undefined),
  );
}

const stackName = (databasePrefix: string) => databasePrefix.replace(/[^a-z0-9]+/g, '-');
/** The audit service's names on the broker for a stack: its queue and the finance feed. */
export const auditBrokerOf = (databasePrefix: string) => auditBrokerNames(`audit-${stackName(databasePrefix)}`);
/** The wallet-ledger's consumer (and queue) name for a stack. */
export const walletConsumerOf = (databasePrefix: string) => `wallet-ledger-${stackName(databasePrefix)}`;

export async function startStack(o: StackOptions): Promise<RunningStack> {
  mkdirSync(o.logDir, { recursive: true });
  const serviceTokens = `gateway=${o.secrets.gatewayToken},trip-settlement=${o.secrets.tripToken},payout=${o.secrets.payoutToken}`;
  const telemetry = { OTEL_SDK_DISABLED: 'false', ...(o.telemetry ?? telemetryEnv()) };
  const common = {
    AMQP_URL: o.amqpUrl,
    SERVICE_TOKENS: serviceTokens,
    EVENTS_EXCHANGE: `${o.databasePrefix}.events`,
    LOG_LEVEL: o.logLevel ?? 'info',
    ...telemetry,
  };
  const identityAddress = `127.0.0.1:${o.grpcPortBase + 1}`;
  const walletAddress = `127.0.0.1:${o.grpcPortBase + 2}`;
  const tripAddress = `127.0.0.1:${o.grpcPortBase + 3}`;
  const payoutAddress = `127.0.0.1:${o.grpcPortBase + 4}`;
  const simulatedProviderPort = o.grpcPortBase + 5;
  const auditAddress = `127.0.0.1:${o.grpcPortBase + 6}`;
  const db = (suffix: string) => databaseUrl(o.postgresUrl, `${o.databasePrefix}_${suffix}`);
  // The gateway's own default URL unless REDIS_URL names another; written down so scripts/admin finds it.
  const redis = { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', keyPrefix: `${o.databasePrefix}:` };
  const databaseUrls = { identity: db('identity'), 'wallet-ledger': db('wallet'), 'trip-settlement': db('trips'), payout: db('payouts'), audit: db('audit') };
  // GET /metrics ten above each gRPC port, so one port base still describes the whole stack.
  const metricsPorts: Record<string, number> = {
    gateway: o.grpcPortBase + 10,
    identity: o.grpcPortBase + 11,
    'wallet-ledger': o.grpcPortBase + 12,
    'trip-settlement': o.grpcPortBase + 13,
    payout: o.grpcPortBase + 14,
    audit: o.grpcPortBase + 16,
  };
  // Test-mode payouts go to the simulated provider, which calls back through the gateway.
  const specs: Array<[string, Record<string, string>]> = [
    [
      'simulated-provider',
      {
        PORT: String(simulatedProviderPort),
        WEBHOOK_URL: `http://127.0.0.1:${o.gatewayPort}/api/webhooks/payouts/simulated`,
        WEBHOOK_SECRET: o.secrets.webhookSecret,
      },
    ],
    [
      'identity',
      {
        ...common,
        DATABASE_URL: databaseUrls.identity,
        GRPC_ADDRESS: identityAddress,
        JWT_PRIVATE_JWK: o.secrets.jwtPrivateJwk,
        DOCUMENT_HMAC_KEYS: o.secrets.documentHashKeys,
        BOOTSTRAP_ADMIN_EMAIL: o.secrets.adminEmail,
        BOOTSTRAP_ADMIN_PASSWORD: o.secrets.adminPassword,
      },
    ],
    [
      'wallet-ledger',
      { ...common, DATABASE_URL: databaseUrls['wallet-ledger'], GRPC_ADDRESS: walletAddress, CONSUMER_NAME: walletConsumerOf(o.databasePrefix) },
    ],
    [
      'trip-settlement',
      {
        ...common,
        SERVICE_TOKENS: `gateway=${o.secrets.gatewayToken}`,
        DATABASE_URL: databaseUrls['trip-settlement'],
        GRPC_ADDRESS: tripAddress,
        IDENTITY_ADDRESS: identityAddress,
        WALLET_ADDRESS: walletAddress,
        SERVICE_TOKEN: o.secrets.tripToken,
      },
    ],
    [
      'payout',
      {
        ...common,
        SERVICE_TOKENS: `gateway=${o.secrets.gatewayToken}`,
        DATABASE_URL: databaseUrls.payout,
        GRPC_ADDRESS: payoutAddress,
        IDENTITY_ADDRESS: identityAddress,
        WALLET_ADDRESS: walletAddress,
        SERVICE_TOKEN: o.secrets.payoutToken,
        PAYOUT_ENCRYPTION_KEYS: o.secrets.payoutEncryptionKeys,
        ACCOUNT_FINGERPRINT_KEY: o.secrets.accountFingerprintKey,
        WEBHOOK_SECRET: o.secrets.webhookSecret,
        SIMULATED_PROVIDER_URL: `http://127.0.0.1:${simulatedProviderPort}`,
      },
    ],
    // The audit queues are named after the stack, so a test stack's queues can be removed with it.
    [
      'audit',
      {
        ...common,
        SERVICE_TOKENS: `gateway=${o.secrets.gatewayToken}`,
        DATABASE_URL: databaseUrls.audit,
        GRPC_ADDRESS: auditAddress,
        ...auditBrokerOf(o.databasePrefix).env,
      },
    ],
    [
      'gateway',
      {
        ...telemetry,
        LOG_LEVEL: common.LOG_LEVEL,
        PORT: String(o.gatewayPort),
        IDENTITY_ADDRESS: identityAddress,
        WALLET_ADDRESS: walletAddress,
        TRIP_ADDRESS: tripAddress,
        PAYOUT_ADDRESS: payoutAddress,
        AUDIT_ADDRESS: auditAddress,
        SERVICE_TOKEN: o.secrets.gatewayToken,
        SYSTEM_JOB_TOKEN: o.secrets.systemJobToken,
        REDIS_KEY_PREFIX: redis.keyPrefix,
        REDIS_URL: redis.url,
        // Where browsers reach it: the session cookie's CSRF check accepts changes from these origins only.
        PUBLIC_BASE_URL: `http://127.0.0.1:${o.gatewayPort}`,
        TRUSTED_ORIGINS: `http://localhost:${o.gatewayPort}`,
      },
    ],
  ];
  const processes = new Map<string, ChildProcess>();
  const stop = async () => {
    await Promise.all(
      [...processes.values()].map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            p.once('exit', () => resolve());
            p.kill('SIGTERM');
            setTimeout(() => p.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  };
  const launch = async (name: string, env: Record<string, string>) => {
    const log = createWriteStream(join(o.logDir, `${name}.log`), { flags: 'a' });
    const main =
      name === 'simulated-provider' ? join(ROOT, 'services', 'payout', 'src', 'simulated-provider', 'main.ts') : join(ROOT, 'services', name, 'src', 'main.ts');
    const child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_OPTIONS: '--disable-warning=ExperimentalWarning',
        ...env,
        ...(metricsPorts[name] ? { METRICS_PORT: String(metricsPorts[name]) } : {}),
        ...o.env?.[name],
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    processes.set(name, child);
    const grpcAddress: Record<string, string> = {
      identity: identityAddress,
      'wallet-ledger': walletAddress,
      'trip-settlement': tripAddress,
      payout: payoutAddress,
      audit: auditAddress,
    };
    const port = name === 'gateway' ? o.gatewayPort : name === 'simulated-provider' ? simulatedProviderPort : Number(grpcAddress[name]!.split(':')[1]);
    await waitForPort(port, child, name, o.logDir);
  };
  const restart = async (name: string, signal: NodeJS.Signals = 'SIGTERM') => {
    const spec = specs.find(([n]) => n === name);
    const old = processes.get(name);
    if (!spec || !old) throw new Error(`no process ${name} in this stack`);
    if (old.exitCode === null && old.signalCode === null) await new Promise<void>((resolve) => old.once('exit', () => resolve()).kill(signal));
    await launch(name, spec[1]);
  };
  try {
    for (const [name, env] of specs) await launch(name, env);
    const gatewayUrl = `http://127.0.0.1:${o.gatewayPort}`;
    await waitForReady(`${gatewayUrl}/readyz`);
    const metricsUrls = Object.fromEntries(Object.entries(metricsPorts).map(([name, port]) => [name, `http://127.0.0.1:${port}/metrics`]));
    const consumerQueues = [`${auditBrokerOf(o.databasePrefix).env.CONSUMER_NAME}.events`, `${walletConsumerOf(o.databasePrefix)}.events`];
    return { gatewayUrl, databaseUrls, metricsUrls, amqpUrl: o.amqpUrl, consumerQueues, redis, processes, restart, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function waitForPort(port: number, child: ChildProcess, name: string, logDir: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await new Promise((r) => setTimeout(r, 300)); // its last output is still on its way to the log
      const log = join(logDir, `${name}.log`);
      throw new Error(`${name} exited with ${child.exitCode}; see ${log}${logTail(log)}`);
    }
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not open port ${port} within ${timeoutMs} ms; see ${join(logDir, `${name}.log`)}`);
}

/** The last lines of a process's log, so a failed start says why where the failure is reported (CI keeps no logs). */
function logTail(path: string, lines = 15): string {
  try {
    return `\n${readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')}`;
  } catch {
    return '';
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

async function waitForReady(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms`);
}
