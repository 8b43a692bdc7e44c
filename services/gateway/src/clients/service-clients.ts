import type { AuditServiceClient, IdentityServiceClient, PayoutServiceClient, TripServiceClient, WalletLedgerServiceClient } from '@ziba/contracts';
import { serviceClientFactory, type GrpcClient } from '@ziba/service-kit';
import type { GatewayConfig } from '../config.ts';

export interface ServiceClients {
  identity: GrpcClient<IdentityServiceClient>;
  wallet: GrpcClient<WalletLedgerServiceClient>;
  trip: GrpcClient<TripServiceClient>;
  payout: GrpcClient<PayoutServiceClient>;
  audit: GrpcClient<AuditServiceClient>;
  close(): void;
}

/** One client (deadline, breaker) per downstream service. */
export function createServiceClients(config: GatewayConfig): ServiceClients {
  const clientOf = serviceClientFactory(config);
  const identity = clientOf.identity(config.IDENTITY_ADDRESS);
  const wallet = clientOf.wallet(config.WALLET_ADDRESS);
  const trip = clientOf.trip(config.TRIP_ADDRESS);
  const payout = clientOf.payout(config.PAYOUT_ADDRESS);
  // Audit exports read many rows.
  const audit = clientOf.audit(config.AUDIT_ADDRESS, 30_000);
  return {
    identity,
    wallet,
    trip,
    payout,
    audit,
    close() {
      identity.close();
      wallet.close();
      trip.close();
      payout.close();
      audit.close();
    },
  };
}
