import { loadAuditProto, loadIdentityProto, loadPayoutProto, loadTripProto, loadWalletProto } from '@ziba/contracts';
import { GrpcClient, type LoadBalancingPolicy } from './grpc-client.ts';

/** What every caller's config says about reaching the other services. */
export interface ServiceClientConfig {
  /** This service's credential, presented to every downstream. */
  SERVICE_TOKEN: string;
  GRPC_LB_POLICY?: LoadBalancingPolicy | undefined;
}

/**
 * The one way a service makes its clients to the others: its own token, the configured load
 * balancing, and a deadline (5 s unless a caller needs longer); GrpcClient adds the credentials,
 * the tracing and metrics metadata and the circuit breaker. Each method takes the downstream's address.
 */
export function serviceClientFactory(config: ServiceClientConfig) {
  const options = (target: string, address: string, deadlineMs: number) => ({
    target,
    address,
    token: config.SERVICE_TOKEN,
    deadlineMs,
    loadBalancing: config.GRPC_LB_POLICY,
  });
  return {
    identity: (address: string, deadlineMs = 5_000) =>
      new GrpcClient(loadIdentityProto().ziba.identity.v1.IdentityService, options('identity', address, deadlineMs)),
    wallet: (address: string, deadlineMs = 5_000) =>
      new GrpcClient(loadWalletProto().ziba.wallet.v1.WalletLedgerService, options('wallet-ledger', address, deadlineMs)),
    trip: (address: string, deadlineMs = 5_000) => new GrpcClient(loadTripProto().ziba.trip.v1.TripService, options('trip-settlement', address, deadlineMs)),
    payout: (address: string, deadlineMs = 5_000) => new GrpcClient(loadPayoutProto().ziba.payout.v1.PayoutService, options('payout', address, deadlineMs)),
    audit: (address: string, deadlineMs = 5_000) => new GrpcClient(loadAuditProto().ziba.audit.v1.AuditService, options('audit', address, deadlineMs)),
  };
}
