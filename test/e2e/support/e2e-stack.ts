import { deleteQueues, infrastructure, sql } from '@ziba/testing';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { join } from 'node:path';
import { auditBrokerOf, generateSecrets, ROOT, startStack, walletConsumerOf, type RunningStack, type StackOptions, type StackSecrets } from '../../../scripts/stack.ts';

/** A port free right now, for a process we are about to start. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

export interface E2eStack {
  stack: RunningStack;
  secrets: StackSecrets;
  stop(): Promise<void>;
}

/** The whole platform as real processes on free ports and databases of its own, removed at the end. */
export async function startE2eStack(label: string, options: Pick<StackOptions, 'env'> = {}): Promise<E2eStack> {
  const infra = await infrastructure();
  const prefix = `ziba_${label}_${randomBytes(4).toString('hex')}`;
  const secrets = await generateSecrets();
  const grpcBase = (await freePort()) - 1;
  const stack = await startStack({
    postgresUrl: infra.pgAdminUrl,
    amqpUrl: infra.amqpUrl,
    databasePrefix: prefix,
    gatewayPort: await freePort(),
    grpcPortBase: grpcBase > 50_000 ? grpcBase : 40_000 + Math.floor(Math.random() * 10_000),
    logDir: join(ROOT, '.run', 'e2e-logs', prefix),
    secrets,
    logLevel: 'info',
    ...options,
  });
  return {
    stack,
    secrets,
    async stop() {
      await stack.stop();
      for (const db of ['identity', 'wallet', 'trips', 'payouts', 'audit']) await sql(infra.pgAdminUrl, `drop database if exists ${prefix}_${db} with (force)`);
      await auditBrokerOf(prefix).remove(infra.amqpUrl);
      await deleteQueues(infra.amqpUrl, [`${walletConsumerOf(prefix)}.events`, `${walletConsumerOf(prefix)}.events.dead`], [`${prefix}.events`]);
    },
  };
}
