import { loadWalletProto } from '@ziba/contracts';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { createLogger, serve, type Logger } from '@ziba/service-kit';
import type { LedgerContext } from './application/ledger-context.ts';
import { entryWriter } from './application/entry-writer.ts';
import { MockPaymentGateway } from './application/payment-gateway.ts';
import { writeBatch } from './application/post-entry.ts';
import type { WalletLedgerConfig } from './config.ts';
import { MODES, SYSTEM_ACCOUNTS } from './domain/ledger-model.ts';
import { walletHandlers } from './grpc/wallet.handler.ts';
import { onUserRegistered } from './messaging/user-registered.consumer.ts';
import { openOrm } from './persistence/orm.ts';
import { closeWritePool, openWritePool } from './persistence/sql-client.ts';
import { WalletDirectory } from './persistence/wallet-directory.ts';

export interface WalletLedgerApp {
  ctx: LedgerContext;
  messaging: MessagingRuntime;
  port: number;
  /** Where GET /metrics is served. */
  metricsPort: number;
  stop(): Promise<void>;
}

/** Wires the service: database (migrated), platform wallets, broker, outbox relay, consumer, gRPC. */
export async function startWalletLedger(
  config: WalletLedgerConfig,
  logger: Logger = createLogger('wallet-ledger', config.LOG_LEVEL),
): Promise<WalletLedgerApp> {
  const pool = { max: config.DB_POOL_MAX, waitMs: config.DB_POOL_WAIT_MS };
  const orm = await openOrm(config.DATABASE_URL, pool, { mode: config.MIGRATE, waitMs: config.MIGRATE_WAIT_MS });
  const directory = new WalletDirectory();
  const em = orm.em.fork();
  for (const currency of config.PLATFORM_CURRENCIES.split(',').map((c) => c.trim())) {
    for (const mode of MODES) {
      for (const account of SYSTEM_ACCOUNTS) await directory.ensureSystemWallet(em, account, currency, mode, config.PLATFORM_SHARDS);
    }
  }

  let messaging: MessagingRuntime | null = null;
  const ctx: LedgerContext = {
    orm,
    pool: openWritePool(config.DATABASE_URL, pool, logger),
    directory,
    payments: new MockPaymentGateway(),
    logger,
    writer: entryWriter((batch) => writeBatch(ctx, batch), { maxBatch: config.LEDGER_BATCH_MAX, inFlight: config.LEDGER_BATCHES_IN_FLIGHT }),
    onCommit: () => messaging?.wake(),
  };
  messaging = await startMessaging(orm, config, logger, [{ consumer: config.CONSUMER_NAME, bindings: { 'identity.user-registered.v1': onUserRegistered() } }]);

  const serving = await serve('wallet-ledger', logger, config, loadWalletProto().ziba.wallet.v1.WalletLedgerService.service, walletHandlers(ctx));

  return {
    ctx,
    messaging,
    port: serving.port,
    metricsPort: serving.metricsPort,
    async stop() {
      await serving.stop();
      await messaging?.stop();
      await closeWritePool(ctx.pool);
      await orm.close();
    },
  };
}
