import {
  loadAuditProto,
  loadIdentityProto,
  loadPayoutProto,
  loadTripProto,
  loadWalletProto,
  type AuditServiceClient,
  type IdentityServiceClient,
  type PayoutServiceClient,
  type TripServiceClient,
  type WalletLedgerServiceClient,
} from '@ziba/contracts';
import { GrpcClient } from '@ziba/service-kit';
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
  const identity = new GrpcClient(loadIdentityProto().ziba.identity.v1.IdentityService, {
    target: 'identity',
    address: config.IDENTITY_ADDRESS,
    token: config.SERVICE_TOKEN,
    deadlineMs: 5_000,
    loadBalancing: config.GRPC_LB_POLICY,
  });
  const wallet = new GrpcClient(loadWalletProto().ziba.wallet.v1.WalletLedgerService, {
    target: 'wallet-ledger',
    address: config.WALLET_ADDRESS,
    token: config.SERVICE_TOKEN,
    deadlineMs: 5_000,
    loadBalancing: config.GRPC_LB_POLICY,
  });
  const trip = new GrpcClient(loadTripProto().ziba.trip.v1.TripService, {
    target: 'trip-settlement',
    address: config.TRIP_ADDRESS,
    token: config.SERVICE_TOKEN,
    deadlineMs: 5_000,
    loadBalancing: config.GRPC_LB_POLICY,
  });
  const payout = new GrpcClient(loadPayoutProto().ziba.payout.v1.PayoutService, {
    target: 'payout',
    address: config.PAYOUT_ADDRESS,
    token: config.SERVICE_TOKEN,
    deadlineMs: 5_000,
    loadBalancing: config.GRPC_LB_POLICY,
  });
  const audit = new GrpcClient(loadAuditProto().ziba.audit.v1.AuditService, {
    target: 'audit',
    address: config.AUDIT_ADDRESS,
    token: config.SERVICE_TOKEN,
    deadlineMs: 30_000,
    loadBalancing: config.GRPC_LB_POLICY,
  });
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
