import type { EventEnvelope, UserRegisteredV1 } from '@ziba/contracts';
import type { SqlExecutor } from '@ziba/messaging';
import { modeOf } from '@ziba/service-kit/mode';
import { openWalletIn } from '../application/open-wallet.usecase.ts';

/**
 * Every new rider, driver and restaurant gets a wallet in their country's currency. The wallet
 * opens in the consumer's own transaction: a second connection per message could exhaust the pool
 * while every connection waits inside a consumer transaction. The wallet-opened event it enqueues
 * wakes the outbox relay once that transaction commits.
 */
export function onUserRegistered() {
  return async (em: SqlExecutor, event: EventEnvelope): Promise<void> => {
    const u = event.data as UserRegisteredV1;
    await openWalletIn(em, { ownerId: u.userId, ownerType: u.role, countryCode: u.countryCode, currency: u.currency, mode: modeOf(u.testMode) });
  };
}
