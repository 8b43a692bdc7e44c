import type { EventEnvelope, UserRegisteredV1 } from '@ziba/contracts';
import type { LedgerContext } from '../application/ledger-context.ts';
import { openWallet } from '../application/open-wallet.usecase.ts';

/** Every new rider, driver and restaurant gets a wallet in their country's currency. */
export function onUserRegistered(ctx: LedgerContext) {
  return async (_em: unknown, event: EventEnvelope): Promise<void> => {
    const u = event.data as UserRegisteredV1;
    await openWallet(ctx, { ownerId: u.userId, ownerType: u.role, countryCode: u.countryCode, currency: u.currency, mode: u.testMode ? 'test' : 'live' });
  };
}
