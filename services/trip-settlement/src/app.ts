import { loadTripProto } from '@ziba/contracts';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { runExclusive } from '@ziba/persistence';
import { createLogger, runEvery, serve, serviceClientFactory, type Logger } from '@ziba/service-kit';
import { readFileSync } from 'node:fs';
import { recoverHolds } from './application/fare-hold.ts';
import { measureStaleHolds } from './application/stuck-holds.usecase.ts';
import { ensureShippedDefaults, parseDefaults } from './application/shipped-defaults.ts';
import type { TripContext } from './application/trip-context.ts';
import type { TripSettlementConfig } from './config.ts';
import { tripHandlers } from './grpc/trip.handler.ts';
import { openOrm } from './persistence/orm.ts';

export interface TripSettlementApp {
  ctx: TripContext;
  port: number;
  /** Where GET /metrics is served. */
  metricsPort: number;
  stop(): Promise<void>;
}

/** Wires the service: database (migrated, shipped defaults), clients to identity and wallet, outbox, gRPC. */
export async function startTripSettlement(
  config: TripSettlementConfig,
  logger: Logger = createLogger('trip-settlement', config.LOG_LEVEL),
  seams: Partial<Pick<TripContext, 'afterHoldForTests' | 'settleBatches'>> = {},
): Promise<TripSettlementApp> {
  const defaults = parseDefaults(JSON.parse(readFileSync(config.TARIFFS_FILE, 'utf8')));
  const orm = await openOrm(
    config.DATABASE_URL,
    { max: config.DB_POOL_MAX, waitMs: config.DB_POOL_WAIT_MS },
    { mode: config.MIGRATE, waitMs: config.MIGRATE_WAIT_MS },
  );
  await ensureShippedDefaults(orm, defaults);
  const clientOf = serviceClientFactory(config);
  const identity = clientOf.identity(config.IDENTITY_ADDRESS);
  const wallet = clientOf.wallet(config.WALLET_ADDRESS);
  let messaging: MessagingRuntime | null = null;
  const ctx: TripContext = {
    orm,
    logger,
    identity,
    wallet,
    settleBatches: { maxBatch: config.SETTLE_BATCH_MAX, inFlight: config.SETTLE_BATCHES_IN_FLIGHT },
    ...seams,
  };
  messaging = await startMessaging(orm, config, logger);

  const stopRecovery = await runEvery(Math.max(config.HOLD_RECOVERY_AFTER_MS, 1_000), logger, 'hold recovery', async () => {
    // Several replicas: one recovers at a time (the others skip the pass; each hold is also re-read
    // under its row lock), and every replica measures, so its gauge is never stale.
    await runExclusive(orm, 'trip-settlement:hold-recovery', () => recoverHolds(ctx, config.HOLD_RECOVERY_AFTER_MS));
    await measureStaleHolds(ctx, config.STUCK_HOLD_AFTER_MS);
  });

  const serving = await serve('trip-settlement', logger, config, loadTripProto().ziba.trip.v1.TripService.service, tripHandlers(ctx, config));
  return {
    ctx,
    port: serving.port,
    metricsPort: serving.metricsPort,
    async stop() {
      stopRecovery();
      await serving.stop();
      await messaging?.stop();
      identity.close();
      wallet.close();
      await orm.close();
    },
  };
}
