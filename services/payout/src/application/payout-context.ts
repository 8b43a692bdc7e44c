import type { MikroORM } from '@mikro-orm/postgresql';
import type { IdentityServiceClient, WalletLedgerServiceClient } from '@ziba/contracts';
import type { GrpcClient, Logger } from '@ziba/service-kit';
import type { PayoutProvider } from '../providers/payout-provider.ts';
import type { AccountVault } from './account-vault.ts';

export interface PayoutContext {
  orm: MikroORM;
  logger: Logger;
  identity: GrpcClient<IdentityServiceClient>;
  wallet: GrpcClient<WalletLedgerServiceClient>;
  vault: AccountVault;
  cooldownMs: number;
  /** Webhook secrets by provider name. */
  webhookSecrets: Record<string, string>;
  minimumWithdrawal: (countryCode: string) => bigint;
  autoPayoutThreshold: (countryCode: string) => bigint;
  /** Provider adapters by name: manual always, simulated when configured. */
  providers: Record<string, PayoutProvider>;
  onCommit: () => void;
}

export const SOURCE = 'payout';
