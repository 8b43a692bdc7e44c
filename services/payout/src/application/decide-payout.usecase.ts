import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { ADMIN_ACTIONS, PayoutErrors } from '../domain/payout-state.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { toPayoutMessage } from './payout-mapper.ts';
import { applyMove } from './payout-move.ts';
import { submitToProvider } from './provider-submission.ts';

/**
 * An admin moves a payout (SPEC section 6). The payout row stays locked while its wallet step runs,
 * so twenty concurrent approvals or mark-paids queue and all but the first find it moved; each
 * wallet step is keyed by the payout and the step, so a repeat after a crash is the same entry.
 * With the manual provider an approval is handed to finance at once (PROCESSING); finance then marks
 * it paid (locked funds captured) or failed (funds stay locked until retried or reversed).
 * Approve, mark paid and retry first ask identity again whether the earner may be paid (422
 * EARNER_NOT_ELIGIBLE, the payout keeps its status and gains review flags); at or above the
 * country's four-eyes threshold an approval needs a second, different admin before it moves.
 */
export async function decidePayout(ctx: PayoutContext, actor: Actor | null, payoutId: string, action: string, reasonInput: string, referenceInput: string) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'payouts are decided by admins');
  if (!(ADMIN_ACTIONS as readonly string[]).includes(action)) throw PayoutErrors.unknownAction();
  const result = await applyMove(ctx, actor, payoutId, action, reasonInput, referenceInput);
  if (result.status === 'PROCESSING') {
    // After the commit: the provider is only ever asked about a payout whose state is saved.
    await submitToProvider(ctx, result).catch((err: Error) =>
      ctx.logger.warn({ payoutId, err: err.message }, 'provider submission failed; the reconciler will ask'),
    );
    return toPayoutMessage(ctx.orm.em.fork(), (await PayoutRepository.find(ctx.orm.em.fork(), payoutId))!);
  }
  return toPayoutMessage(ctx.orm.em.fork(), result);
}
