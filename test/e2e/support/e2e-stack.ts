import { deleteQueues, freePort, freePortBlock, infrastructure, sql } from '@ziba/testing';
import { randomBytes } from 'node:crypto';
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
  const grpcBase = (await freePortBlock(16)) - 1; // gRPC and metrics ports are the 16 above it
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
