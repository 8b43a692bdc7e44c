import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { fileURLToPath } from 'node:url';
import type { ProtoGrpcType as AuditProto } from './gen/audit.ts';
import type { ProtoGrpcType as IdentityProto } from './gen/identity.ts';
import type { ProtoGrpcType as PayoutProto } from './gen/payout.ts';
import type { ProtoGrpcType as TripProto } from './gen/trip.ts';
import type { ProtoGrpcType as WalletProto } from './gen/wallet.ts';

export const PROTO_ROOT = fileURLToPath(new URL('../../../protos', import.meta.url));

/** Must match the flags scripts/gen-protos gives proto-loader-gen-types, or the types lie. */
export const PROTO_LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};

const cache = new Map<string, unknown>();

function load<T>(file: string): T {
  let pkg = cache.get(file);
  if (!pkg) {
    pkg = grpc.loadPackageDefinition(protoLoader.loadSync(file, PROTO_LOADER_OPTIONS));
    cache.set(file, pkg);
  }
  return pkg as T;
}

export const loadWalletProto = (): WalletProto => load<WalletProto>('ziba/wallet/v1/wallet.proto');
export const loadIdentityProto = (): IdentityProto => load<IdentityProto>('ziba/identity/v1/identity.proto');
export const loadTripProto = (): TripProto => load<TripProto>('ziba/trip/v1/trip.proto');
export const loadPayoutProto = (): PayoutProto => load<PayoutProto>('ziba/payout/v1/payout.proto');
export const loadAuditProto = (): AuditProto => load<AuditProto>('ziba/audit/v1/audit.proto');
