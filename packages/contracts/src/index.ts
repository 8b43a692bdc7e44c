export * from './proto-loader.ts';
export type * from './events/envelope.ts';
export type * from './events/identity-events.ts';
export type * from './events/wallet-events.ts';
export type { ProtoGrpcType as WalletProto } from './gen/wallet.ts';
export type { ProtoGrpcType as IdentityProto } from './gen/identity.ts';
export type { WalletLedgerServiceClient, WalletLedgerServiceHandlers } from './gen/ziba/wallet/v1/WalletLedgerService.ts';
export type { IdentityServiceClient, IdentityServiceHandlers } from './gen/ziba/identity/v1/IdentityService.ts';
