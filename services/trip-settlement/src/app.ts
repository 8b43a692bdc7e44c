import { loadIdentityProto, loadTripProto, loadWalletProto } from '@ziba/contracts';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { createLogger, GrpcClient, GrpcServer, startMetricsServer, type Logger } from '@ziba/service-kit';
import { readFileSync } from 'node:fs';
import { recoverUnfinishedHolds } from './application/fare-hold.ts';
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
export async function startTripSettlement(config: TripSettlementConfig, logger: Logger = createLogger('trip-settlement', config.LOG_LEVEL), seams: Pick<TripContext, 'afterHoldForTests'> = {}): Promise<TripSettlementApp> {
  const defaults = parseDefaults(JSON.parse(readFileSync(config.TARIFFS_FILE, 'utf8')));
  const orm = await openOrm(config.DATABASE_URL);
  await ensureShippedDefaults(orm, defaults);
  const identity = new GrpcClient(loadIdentityProto().ziba.identity.v1.IdentityService, { target: 'identity', address: config.IDENTITY_ADDRESS, token: config.SERVICE_TOKEN, deadlineMs: 5_000 });
  const wallet = new GrpcClient(loadWalletProto().ziba.wallet.v1.WalletLedgerService, { target: 'wallet-ledger', address: config.WALLET_ADDRESS, token: config.SERVICE_TOKEN, deadlineMs: 5_000 });
  let messaging: MessagingRuntime | null = null;
  const ctx: TripContext = { orm, logger, identity, wallet, onCommit: () => messaging?.wake(), ...seams };
  messaging = await startMessaging(orm, config.AMQP_URL, logger);

  const recover = () => recoverUnfinishedHolds(ctx, config.HOLD_RECOVERY_AFTER_MS).catch((err: Error) => logger.warn({ err: err.message }, 'hold recovery failed; retrying later'));
  await recover();
  const recovery = setInterval(() => void recover(), Math.max(config.HOLD_RECOVERY_AFTER_MS, 1_000));
  recovery.unref();

  const server = new GrpcServer({ name: 'trip-settlement', logger, serviceTokens: config.SERVICE_TOKENS });
  server.addService(loadTripProto().ziba.trip.v1.TripService.service, tripHandlers(ctx));
  const port = await server.listen(config.GRPC_ADDRESS);
  const metrics = await startMetricsServer(config.METRICS_PORT, config.METRICS_HOST);
  logger.info({ port }, 'trip-settlement listening');
  return {
    ctx,
    port,
    metricsPort: metrics.port,
    async stop() {
      clearInterval(recovery);
      await server.shutdown();
      await messaging?.stop();
      identity.close();
      wallet.close();
      await orm.close();
      await metrics.stop();
    },
  };
}
