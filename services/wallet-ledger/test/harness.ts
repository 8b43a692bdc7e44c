import { loadWalletProto, type WalletLedgerServiceClient } from '@ziba/contracts';
import { createLogger, GrpcClient } from '@ziba/service-kit';
import { freshDatabase, infrastructure, testConsumer, testServiceTokens } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { startWalletLedger, type WalletLedgerApp } from '../src/app.ts';
import { loadWalletLedgerConfig } from '../src/config.ts';

export interface Harness {
  app: WalletLedgerApp;
  client: GrpcClient<WalletLedgerServiceClient>;
  databaseUrl: string;
  amqpUrl: string;
  stop(): Promise<void>;
}

/** A real wallet-ledger (own fresh database, real RabbitMQ) and a gRPC client to it. */
export async function startHarness(label: string, env: Record<string, string> = {}): Promise<Harness> {
  const { amqpUrl } = await infrastructure();
  const db = await freshDatabase(label);
  const tokens = testServiceTokens(['tests']);
  const consumer = testConsumer('wallet-ledger');
  const config = loadWalletLedgerConfig({
    DATABASE_URL: db.url,
    AMQP_URL: amqpUrl,
    GRPC_ADDRESS: '127.0.0.1:0',
    METRICS_PORT: '0',
    SERVICE_TOKENS: tokens.spec,
    PLATFORM_CURRENCIES: 'NGN,USD,BDT',
    CONSUMER_NAME: consumer.name,
    ...env,
  });
  const app = await startWalletLedger(config, createLogger('wallet-ledger', 'silent'));
  const client = new GrpcClient(loadWalletProto().ziba.wallet.v1.WalletLedgerService, {
    target: 'wallet-ledger',
    address: `127.0.0.1:${app.port}`,
    token: tokens.tokenOf('tests'),
    deadlineMs: 20_000,
    breaker: { volumeThreshold: 1_000_000 },
  });
  return {
    app,
    client,
    databaseUrl: db.url,
    amqpUrl,
    async stop() {
      client.close();
      await app.stop();
      await consumer.remove(amqpUrl);
      await db.drop();
    },
  };
}

export async function openWallet(h: Harness, ownerType: 'RIDER' | 'DRIVER' | 'RESTAURANT' = 'RIDER', currency = 'NGN', countryCode = 'NG') {
  return h.client.call('OpenWallet', { ownerId: randomUUID(), ownerType, countryCode, currency, mode: 'live' });
}

export const meta = (key = randomUUID(), serviceType = 'adjustment') => ({ idempotencyKey: key, serviceType, description: 'test entry' });

export const ngn = (amount: bigint | number | string) => ({ amount: String(amount), currency: 'NGN' });

/** The ledger-wide invariants of DESIGN.md, checked straight in the database. */
export const INVARIANT_QUERIES = {
  unbalancedEntries: `select entry_id from posting group by entry_id having sum(amount) <> 0`,
  nonZeroCurrencies: `select w.currency, sum(b.available + b.held + b.owed)::text as total from wallet_balance b join wallet w on w.id = b.wallet_id group by w.currency having sum(b.available + b.held + b.owed) <> 0`,
  negativeUserBalances: `select b.wallet_id from wallet_balance b join wallet w on w.id = b.wallet_id where w.owner_type in ('RIDER','DRIVER','RESTAURANT') and (b.available < 0 or b.held < 0 or b.owed > 0)`,
  balancesNotEqualToPostings: `
    select b.wallet_id, b.shard from wallet_balance b
    left join (select wallet_id, shard, sum(amount) filter (where bucket = 'AVAILABLE') a, sum(amount) filter (where bucket = 'HELD') h, sum(amount) filter (where bucket = 'OWED') o
               from posting group by wallet_id, shard) p on p.wallet_id = b.wallet_id and p.shard = b.shard
    where b.available <> coalesce(p.a, 0) or b.held <> coalesce(p.h, 0) or b.owed <> coalesce(p.o, 0)`,
  holdsNotEqualToHeld: `
    select b.wallet_id from wallet_balance b left join (select wallet_id, sum(remaining) r from hold group by wallet_id) h on h.wallet_id = b.wallet_id
    where b.held <> coalesce(h.r, 0)`,
};

export const walletId = () => randomUUID();
