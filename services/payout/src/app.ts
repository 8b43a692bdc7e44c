import { loadPayoutProto } from '@ziba/contracts';
import { startMessaging, type MessagingRuntime } from '@ziba/messaging';
import { parseMinorUnits } from '@ziba/money';
import { runExclusive } from '@ziba/persistence';
import { createLogger, runEvery, serve, serviceClientFactory, type Logger } from '@ziba/service-kit';
import { AccountVault } from './application/account-vault.ts';
import { measureOpenPayouts } from './application/payout-metrics.ts';
import type { PayoutContext } from './application/payout-context.ts';
import { reconcileWithProviders, recoverStuckRequests } from './application/payout.saga.ts';
import { offerOf, parseMethodOffers } from './domain/method-offers.ts';
import { ManualProvider } from './providers/payout-provider.ts';
import { SimulatedProviderClient } from './providers/simulated-provider.client.ts';
import type { PayoutConfig } from './config.ts';
import { payoutHandlers } from './grpc/payout.handler.ts';
import { openOrm } from './persistence/orm.ts';

export interface PayoutApp {
  ctx: PayoutContext;
  port: number;
  /** Where GET /metrics is served. */
  metricsPort: number;
  stop(): Promise<void>;
}

/** `NG=100000,US=1000` as a table of minor units by country. */
const amountsByCountry = (spec: string): Map<string, bigint> =>
  new Map(
    spec
      .split(',')
      .map((p) => p.trim().split('=') as [string, string])
      .map(([c, v]) => [c, parseMinorUnits(v)]),
  );

/** A lookup in such a table; a country not listed gets 1 (any positive amount). */
const minimums = (table: Map<string, bigint>) => (country: string) => table.get(country) ?? 1n;

/** Wires the service: database, vault, clients to identity and wallet, outbox, recovery worker, gRPC. */
export async function startPayout(config: PayoutConfig, logger: Logger = createLogger('payout', config.LOG_LEVEL)): Promise<PayoutApp> {
  const vault = new AccountVault(config.PAYOUT_ENCRYPTION_KEYS, config.ACCOUNT_FINGERPRINT_KEY);
  const orm = await openOrm(
    config.DATABASE_URL,
    { max: config.DB_POOL_MAX, waitMs: config.DB_POOL_WAIT_MS },
    { mode: config.MIGRATE, waitMs: config.MIGRATE_WAIT_MS },
  );
  const clientOf = serviceClientFactory(config);
  const identity = clientOf.identity(config.IDENTITY_ADDRESS);
  const wallet = clientOf.wallet(config.WALLET_ADDRESS);
  let messaging: MessagingRuntime | null = null;
  const minimumWithdrawals = amountsByCountry(config.MINIMUM_WITHDRAWALS);
  const methodOffers = parseMethodOffers(config.PAYOUT_METHODS);
  const ctx: PayoutContext = {
    orm,
    logger,
    identity,
    wallet,
    vault,
    cooldownMs: config.METHOD_COOLDOWN_HOURS * 3_600_000,
    webhookSecrets: config.WEBHOOK_SECRET ? { simulated: config.WEBHOOK_SECRET } : {},
    providers: {
      manual: new ManualProvider(),
      ...(config.SIMULATED_PROVIDER_URL ? { simulated: new SimulatedProviderClient(config.SIMULATED_PROVIDER_URL, config.PROVIDER_TIMEOUT_MS) } : {}),
    },
    minimumWithdrawal: minimums(minimumWithdrawals),
    // The countries paid out in are those with a minimum withdrawal.
    servesCountry: (country) => minimumWithdrawals.has(country),
    methodOffer: (country) => offerOf(methodOffers, country),
    autoPayoutThreshold: minimums(amountsByCountry(config.AUTO_PAYOUT_THRESHOLDS)),
    fourEyesThreshold: minimums(amountsByCountry(config.FOUR_EYES_THRESHOLDS)),
    ...(config.FAILPOINT ? { failpoint: config.FAILPOINT } : {}),
  };
  messaging = await startMessaging(orm, config, logger);
  const stopRecovery = await runEvery(config.RECOVERY_INTERVAL_MS, logger, 'payout recovery', async () => {
    // Several replicas: one recovers and asks the providers at a time (the others skip the pass; each
    // payout is also re-read under its row lock and moved only from the status it had), and every
    // replica measures, so its gauges are never stale.
    await runExclusive(orm, 'payout:recovery', async () => {
      await recoverStuckRequests(ctx, config.RECOVERY_AFTER_MS);
      await reconcileWithProviders(ctx, config.RECONCILE_AFTER_MS);
    });
    await measureOpenPayouts(ctx);
  });

  const serving = await serve('payout', logger, config, loadPayoutProto().ziba.payout.v1.PayoutService.service, payoutHandlers(ctx));
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
