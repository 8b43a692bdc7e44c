import type { MikroORM } from '@mikro-orm/postgresql';
import type { IdentityServiceClient, WalletLedgerServiceClient } from '@ziba/contracts';
import type { GrpcClient, Logger } from '@ziba/service-kit';

export interface TripContext {
  orm: MikroORM;
  logger: Logger;
  identity: GrpcClient<IdentityServiceClient>;
  wallet: GrpcClient<WalletLedgerServiceClient>;
  /** How settles are batched (settle-trip.usecase.ts): most trips a transaction, transactions at once. */
  settleBatches: { maxBatch: number; inFlight: number };
  /** Test seam: runs right after the wallet accepted a hold, before the trip records it (a crash there). */
  afterHoldForTests?: () => void;
}

export const SOURCE = 'trip-settlement';
