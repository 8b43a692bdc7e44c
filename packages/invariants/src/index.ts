export * from './check-invariants.ts';
export * from './invariant.ts';
export { auditInvariants } from './audit.invariants.ts';
export { messagingInvariants } from './messaging.invariants.ts';
export { payoutInvariants } from './payout.invariants.ts';
export { tripSettlementInvariants } from './trip-settlement.invariants.ts';
export { walletLedgerInvariants } from './wallet-ledger.invariants.ts';
