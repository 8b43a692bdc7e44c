import { deleteQueues, freePortBlock, infrastructure, sql } from '@ziba/testing';
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
  // One block for the whole stack: the gateway's port, then the gRPC and metrics ports (the 16 above
  // it). Chosen apart, the gateway's free port could be one of the block's, free until a metrics
  // server took it (EADDRINUSE).
  const base = await freePortBlock(17);
  const stack = await startStack({
    postgresUrl: infra.pgAdminUrl,
    amqpUrl: infra.amqpUrl,
    databasePrefix: prefix,
    gatewayPort: base,
    grpcPortBase: base,
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
        await createAdmin(accounts, { email, password, permissions, operator: 'test', existing: 'refuse' });
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
