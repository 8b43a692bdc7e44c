import type { MikroORM } from '@mikro-orm/postgresql';
import type { IdentityServiceClient, WalletLedgerServiceClient } from '@ziba/contracts';
import type { GrpcClient, Logger } from '@ziba/service-kit';
import type { MethodOffer } from '../domain/method-offers.ts';
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
  servesCountry: (countryCode: string) => boolean;
  /** The payout methods a country offers. */
  methodOffer: (countryCode: string) => MethodOffer;
  autoPayoutThreshold: (countryCode: string) => bigint;
  /** Payouts at or above this amount need two different admins' approvals (four-eyes). */
  fourEyesThreshold: (countryCode: string) => bigint;
  /** Provider adapters by name: manual always, simulated when configured. */
  providers: Record<string, PayoutProvider>;
  /** Crash tests: where the process dies (see config FAILPOINT). */
  failpoint?: 'after-hold' | 'before-provider-submit' | 'after-provider-submit';
}

export const SOURCE = 'payout';

/** A crash test's kill switch: dies here, with no chance to save anything, when configured to. */
export function failpoint(ctx: PayoutContext, at: NonNullable<PayoutContext['failpoint']>): void {
  if (ctx.failpoint === at) process.kill(process.pid, 'SIGKILL');
}
