import { deleteQueues, infrastructure, sql } from '@ziba/testing';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { join } from 'node:path';
import {
  auditBrokerOf,
  generateSecrets,
  ROOT,
  startStack,
  walletConsumerOf,
  type RunningStack,
  type StackOptions,
  type StackSecrets,
} from '../../../scripts/stack.ts';
import { createAdmin } from '../../../services/identity/src/application/create-admin.usecase.ts';
import { openAdminAccounts } from '../../../services/identity/src/cli/open-admin-accounts.ts';
import type { Permission } from '../../../services/identity/src/domain/user.ts';

/** A port free right now, for a process we are about to start. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net
      .createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

/**
 * A base for the stack's gRPC ports: base+1 to base+6 and their metrics ports ten above, all free
 * right now (a base next to one free port says nothing of its neighbours).
 */
async function freeGrpcBase(): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 40_000);
    const ports = Array.from({ length: 16 }, (_, i) => base + 1 + i);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return base;
  }
}

export interface E2eStack {
  stack: RunningStack;
  secrets: StackSecrets;
  /** Another admin with these permissions, made as scripts/admin makes one (straight into identity's database). */
  createAdmin(email: string, password: string, permissions: Permission[]): Promise<void>;
  stop(): Promise<void>;
}

/** The whole platform as real processes on free ports and databases of its own, removed at the end. */
export async function startE2eStack(label: string, options: Pick<StackOptions, 'env' | 'telemetry'> = {}): Promise<E2eStack> {
  const infra = await infrastructure();
  const prefix = `ziba_${label}_${randomBytes(4).toString('hex')}`;
  const secrets = await generateSecrets();
  const grpcBase = await freeGrpcBase();
  const stack = await startStack({
    postgresUrl: infra.pgAdminUrl,
    amqpUrl: infra.amqpUrl,
    databasePrefix: prefix,
    gatewayPort: await freePort(),
    grpcPortBase: grpcBase,
    logDir: join(ROOT, '.run', 'e2e-logs', prefix),
    secrets,
    logLevel: 'info',
    ...options,
  });
  return {
    stack,
    secrets,
    async createAdmin(email, password, permissions) {
      const accounts = await openAdminAccounts(stack.databaseUrls.identity!);
      try {
        await createAdmin(accounts, { email, password, permissions, existing: 'refuse' });
      } finally {
        await accounts.close();
      }
    },
    async stop() {
      await stack.stop();
      for (const db of ['identity', 'wallet', 'trips', 'payouts', 'audit']) await sql(infra.pgAdminUrl, `drop database if exists ${prefix}_${db} with (force)`);
      await auditBrokerOf(prefix).remove(infra.amqpUrl);
      await deleteQueues(infra.amqpUrl, [`${walletConsumerOf(prefix)}.events`, `${walletConsumerOf(prefix)}.events.dead`], [`${prefix}.events`]);
    },
  };
}
