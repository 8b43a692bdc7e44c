// scripts/up: starts the whole platform locally and prints where it is. Ctrl-C stops it.
// scripts/up --demo also fills it with the demo data (scripts/demo).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateSecrets, ROOT, startStack, type StackSecrets } from './stack.ts';
import { removeStackState, runDirectory, writeStackState } from './stack-state.ts';

const runDir = runDirectory();
const shownRunDir = relative(ROOT, runDir).startsWith('..') ? runDir : relative(ROOT, runDir);
mkdirSync(runDir, { recursive: true });

/** Dev secrets are generated once per checkout and kept out of git (.run/ is ignored). */
async function devSecrets(): Promise<StackSecrets> {
  const file = join(runDir, 'dev-secrets.json');
  // A secrets file from an earlier version keeps its values and gains the ones it lacks.
  const secrets = { ...(await generateSecrets()), ...(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<StackSecrets>) : {}) };
  writeFileSync(file, JSON.stringify(secrets, null, 2));
  chmodSync(file, 0o600);
  return secrets;
}

const secrets = await devSecrets();
const stack = await startStack({
  postgresUrl: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  amqpUrl: process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
  databasePrefix: process.env.DATABASE_PREFIX ?? 'ziba',
  gatewayPort: Number(process.env.PORT ?? 8080),
  // Below Linux's ephemeral range (32768 and up): a port there can be taken, as the local end of
  // an outgoing connection (to PostgreSQL, RabbitMQ), just before a service listens on it (EADDRINUSE).
  grpcPortBase: Number(process.env.GRPC_PORT_BASE ?? 20050),
  logDir: join(runDir, 'logs'),
  secrets,
});
// scripts/admin and other commands find this stack (and its databases) through this file.
writeStackState(runDir, {
  pid: process.pid,
  gatewayUrl: stack.gatewayUrl,
  databaseUrls: stack.databaseUrls,
  amqpUrl: stack.amqpUrl,
  consumerQueues: stack.consumerQueues,
  redis: stack.redis,
});

// The services inherit the OTEL_* variables (scripts/stack.ts telemetryEnv).
const otlp = process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
const tracesTo = otlp ? `OTLP to ${otlp}` : 'not exported (set OTEL_EXPORTER_OTLP_ENDPOINT, see README)';
console.log(`
Ziba money platform is up.
  Web UI        ${stack.gatewayUrl}/
  REST API      ${stack.gatewayUrl}/api
  API docs      ${stack.gatewayUrl}/docs
  Health        ${stack.gatewayUrl}/readyz
  Metrics       ${stack.metricsUrls.gateway} (gateway; the services on the next ports, see README)
  Admin login   ${secrets.adminEmail} / ${secrets.adminPassword}   (from ${shownRunDir}/dev-secrets.json)
  Logs          ${shownRunDir}/logs/
  Traces        ${tracesTo}
Platform wallets exist for every configured currency. Press Ctrl-C to stop.`);

// scripts/up --demo: the stack, then the demo data (scripts/demo) in it, logins printed at the end.
if (process.argv.includes('--demo')) {
  const demo = spawn(process.execPath, [join(ROOT, 'scripts', 'demo.ts')], { cwd: ROOT, env: process.env, stdio: 'inherit' });
  demo.once('exit', (code) => {
    if (code !== 0) console.error(`scripts/demo exited (${code}); the stack keeps running`);
  });
}

const shutdown = async () => {
  console.log('stopping...');
  removeStackState(runDir, process.pid);
  await stack.stop();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
for (const [name, child] of stack.processes) {
  child.once('exit', (code) => {
    console.error(`${name} exited (${code}); see ${shownRunDir}/logs/${name}.log`);
    void shutdown();
  });
}
