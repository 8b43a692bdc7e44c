// A stack started by scripts/up itself, as a developer starts one, but beside any other: its own
// ports, databases, queues and run directory (secrets, logs, stack.json), all removed at the end.
import { deleteQueues, freePortBlock, infrastructure, sql } from '@ziba/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { auditBrokerOf, ROOT, walletConsumerOf, type StackSecrets } from '../../../scripts/stack.ts';
import type { StackState } from '../../../scripts/stack-state.ts';

export interface ScriptsUpStack {
  gatewayUrl: string;
  /** Its ZIBA_RUN_DIR: what scripts/admin is pointed at. */
  runDir: string;
  secrets: StackSecrets;
  stop(): Promise<void>;
}

export async function startScriptsUp(label: string, timeoutMs = 150_000): Promise<ScriptsUpStack> {
  const { pgAdminUrl, amqpUrl } = await infrastructure();
  const prefix = `ziba_${label}_${randomBytes(4).toString('hex')}`;
  const runDir = join(ROOT, '.run', 'e2e-logs', prefix);
  mkdirSync(runDir, { recursive: true });
  // One block: the gateway's port, then the gRPC and metrics ports (the 16 above it), so neither takes the other's.
  const base = await freePortBlock(17);
  const up = spawn('bash', [join(ROOT, 'scripts', 'up')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: pgAdminUrl,
      AMQP_URL: amqpUrl,
      DATABASE_PREFIX: prefix,
      ZIBA_RUN_DIR: runDir,
      PORT: String(base),
      GRPC_PORT_BASE: String(base),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => up.once('exit', () => resolve()));
  const cleanUp = async () => {
    if (up.exitCode === null && up.signalCode === null) {
      up.kill('SIGTERM'); // scripts/up stops its services and removes stack.json
      await exited;
    }
    for (const db of ['identity', 'wallet', 'trips', 'payouts', 'audit']) await sql(pgAdminUrl, `drop database if exists ${prefix}_${db} with (force)`);
    await auditBrokerOf(prefix).remove(amqpUrl);
    await deleteQueues(amqpUrl, [`${walletConsumerOf(prefix)}.events`, `${walletConsumerOf(prefix)}.events.dead`]);
    rmSync(join(runDir, 'dev-secrets.json'), { force: true }); // the logs stay, for a failure's story
  };

  try {
    await untilUp(up, timeoutMs);
  } catch (err) {
    await cleanUp();
    throw new Error(`${(err as Error).message}; see ${join(runDir, 'logs')}`);
  }
  const state = JSON.parse(readFileSync(join(runDir, 'stack.json'), 'utf8')) as StackState;
  const secrets = JSON.parse(readFileSync(join(runDir, 'dev-secrets.json'), 'utf8')) as StackSecrets;
  return { gatewayUrl: state.gatewayUrl, runDir, secrets, stop: cleanUp };
}

/** Until scripts/up says the platform is up; its output is kept only for a failure (it prints the admin login). */
function untilUp(up: ReturnType<typeof spawn>, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`scripts/up not up within ${timeoutMs} ms:\n${output.slice(-2_000)}`)), timeoutMs);
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ziba money platform is up.')) return;
      clearTimeout(timer);
      up.stdout!.off('data', onOutput);
      up.stderr!.off('data', onOutput);
      up.stdout!.resume(); // keep draining what it prints later
      up.stderr!.resume();
      resolve();
    };
    up.stdout!.on('data', onOutput);
    up.stderr!.on('data', onOutput);
    up.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/up exited (${code}) before the platform was up:\n${output.slice(-2_000)}`));
    });
  });
}
