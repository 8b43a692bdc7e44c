import { CommonEnv, loadConfig, databasePoolEnv, grpcClientEnv, metricsEnv, Type } from '@ziba/service-kit';
import { fileURLToPath } from 'node:url';

export const TripSettlementEnv = Type.Object({
  ...CommonEnv,
  ...metricsEnv(9453),
  ...databasePoolEnv(12),
  DATABASE_URL: Type.String({ default: 'postgresql://postgres@127.0.0.1:5432/ziba_trips' }),
  AMQP_URL: Type.String({ default: 'amqp://guest:guest@127.0.0.1:5672' }),
  GRPC_ADDRESS: Type.String({ default: '127.0.0.1:50053' }),
  IDENTITY_ADDRESS: Type.String({ default: '127.0.0.1:50051' }),
  WALLET_ADDRESS: Type.String({ default: '127.0.0.1:50052' }),
  ...grpcClientEnv,
  /** This service's credential towards identity and wallet-ledger; a secret from the environment. */
  SERVICE_TOKEN: Type.String({ minLength: 16 }),
  TARIFFS_FILE: Type.String({ default: fileURLToPath(new URL('../config/tariffs.json', import.meta.url)) }),
  /** Settles written together by one transaction at most (group commit, settle-trip.usecase.ts). */
  SETTLE_BATCH_MAX: Type.Integer({ default: 32, minimum: 1, maximum: 500 }),
  /** Settlement transactions at once; settles asked meanwhile wait and go together in the next. */
  SETTLE_BATCHES_IN_FLIGHT: Type.Integer({ default: 2, minimum: 1, maximum: 32 }),
  /** How old an unfinished hold request must be before recovery resolves it. */
  HOLD_RECOVERY_AFTER_MS: Type.Integer({ default: 10_000, minimum: 0 }),
  /** How old an open hold must be to count as stuck (the metric, the admin list, an admin's release). */
  STUCK_HOLD_AFTER_MS: Type.Integer({ default: 24 * 3_600_000, minimum: 0 }),
});

export type TripSettlementConfig = ReturnType<typeof loadTripSettlementConfig>;
export const loadTripSettlementConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(TripSettlementEnv, env);
