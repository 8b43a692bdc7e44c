import { CommonEnv, loadConfig, databasePoolEnv, metricsEnv, Type } from '@ziba/service-kit';

export const WalletLedgerEnv = Type.Object({
  ...CommonEnv,
  ...metricsEnv(9452),
  DATABASE_URL: Type.String({ default: 'postgresql://postgres@127.0.0.1:5432/ziba_wallet' }),
  AMQP_URL: Type.String({ default: 'amqp://guest:guest@127.0.0.1:5672' }),
  GRPC_ADDRESS: Type.String({ default: '127.0.0.1:50052' }),
  /** Names the queue (`<name>.events`); test stacks use their own so they do not share one. */
  CONSUMER_NAME: Type.String({ default: 'wallet-ledger', pattern: '^[a-z0-9-]{1,60}$' }),
  /** Twice: the ORM's pool and the ledger's write pool each get this many. */
  ...databasePoolEnv(12),
  /** Group commit: most entries per transaction, and transactions writing at once (entry-writer.ts). */
  LEDGER_BATCH_MAX: Type.Integer({ default: 64, minimum: 1, maximum: 1000 }),
  LEDGER_BATCHES_IN_FLIGHT: Type.Integer({ default: 2, minimum: 1, maximum: 64 }),
  /** Balance rows per platform account: spreads concurrent settlements over several row locks. */
  PLATFORM_SHARDS: Type.Integer({ default: 64, minimum: 1, maximum: 256 }),
  /** Currencies whose platform wallets exist from start. */
  PLATFORM_CURRENCIES: Type.String({ default: 'NGN,USD,BDT,GHS,KES' }),
});

export type WalletLedgerConfig = ReturnType<typeof loadWalletLedgerConfig>;
export const loadWalletLedgerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(WalletLedgerEnv, env);
