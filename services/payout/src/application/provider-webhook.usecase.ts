import { inTransaction } from '@ziba/persistence';
import type { SqlExecutor } from '@ziba/messaging';
import { isUuid } from '@ziba/service-kit';
import { maskLongNumbers } from '@ziba/service-kit/free-text';
import { AppError } from '@ziba/service-kit/errors';
import { verifyWebhook } from '../domain/webhook-signature.ts';
import { OPEN_STATUSES, PAID_AFTER_REVERSAL, PayoutErrors, providerOutcomeTiming, type WebhookOutcome } from '../domain/payout-state.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { reportedByProvider } from './payout.saga.ts';

interface WebhookBody {
  eventId: string;
  reference: string;
  status: WebhookOutcome;
  externalReference?: string;
  failureReason?: string;
}

/**
 * A provider's callback, the saga's step 4 (payout.saga.ts). Refused unless its signature and
 * timestamp check out; then applied once: the event id is recorded before its effect (and forgotten
 * if the effect fails, so the provider's retry applies it), and a repeat is acknowledged without
 * effect. Out of order (providerOutcomeTiming): an outcome for a payout that moved on without it is
 * recorded and ignored; one that came before the step it follows (a return before its payment) is
 * refused unrecorded, 409 PAYOUT_OUTCOME_TOO_EARLY, so the provider's retry applies it once it can.
 */
export async function handleProviderWebhook(
  ctx: PayoutContext,
  input: { provider: string; timestamp: string; signature: string; rawBody: Buffer },
  now = new Date(),
) {
  // Own keys only: a provider named `constructor` must not find Object's.
  const secret = Object.hasOwn(ctx.webhookSecrets, input.provider) ? ctx.webhookSecrets[input.provider] : undefined;
  if (!secret) throw new AppError('NOT_FOUND', 'UNKNOWN_PROVIDER', 'no such payout provider');
  const check = verifyWebhook(secret, input.timestamp, input.signature, input.rawBody, Math.floor(now.getTime() / 1000));
  if (check === 'BAD_SIGNATURE') throw new AppError('UNAUTHENTICATED', 'BAD_WEBHOOK_SIGNATURE', 'the webhook signature does not match');
  if (check === 'STALE') throw new AppError('UNAUTHENTICATED', 'STALE_WEBHOOK', 'the webhook is outside the replay window');
  let body: WebhookBody;
  try {
    body = JSON.parse(input.rawBody.toString('utf8')) as WebhookBody;
  } catch {
    throw new AppError('INVALID', 'INVALID_WEBHOOK', 'the webhook body is not JSON');
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof body.eventId !== 'string' ||
    !body.eventId ||
    body.eventId.length > 200 ||
    !isUuid(body.reference) ||
    !['PAID', 'FAILED', 'RETURNED'].includes(body.status)
  ) {
    throw new AppError('INVALID', 'INVALID_WEBHOOK', 'eventId, reference and status (PAID, FAILED or RETURNED) are required');
  }
  const reference = body.reference.toLowerCase(); // ids are stored lower-case
  const em = ctx.orm.em.fork();
  // A provider speaks only for the payouts sent through it.
  const target = await PayoutRepository.find(em, reference);
  if (!target || target.provider !== input.provider) throw new AppError('NOT_FOUND', 'PAYOUT_NOT_FOUND', 'no such payout');
  if (providerOutcomeTiming(target.status, body.status) === 'early') throw PayoutErrors.outcomeTooEarly(target.status, body.status);
  const recorded = await PayoutRepository.recordProviderEvent(em, {
    provider: input.provider,
    eventId: body.eventId,
    payoutId: reference,
    status: body.status,
  });
  const payout = await PayoutRepository.find(em, reference);
  if (!payout) throw new AppError('NOT_FOUND', 'PAYOUT_NOT_FOUND', 'no such payout');
  // Read again after recording; a payout never moves back, so an outcome not early before is not early now.
  if (!recorded || providerOutcomeTiming(payout.status, body.status) !== 'apply') {
    if (recorded) await overtaken(ctx, em, input.provider, body, payout);
    ctx.logger.info(
      { provider: input.provider, eventId: body.eventId, payoutId: payout.id, status: payout.status },
      'provider webhook already applied or out of order; ignored',
    );
    return { accepted: true, duplicate: true, payoutStatus: payout.status };
  }
  const report =
    body.status === 'PAID'
      ? { action: 'mark_paid' as const, reason: '', reference: String(body.externalReference ?? body.eventId).slice(0, 200) }
      : body.status === 'RETURNED'
        ? { action: 'mark_returned' as const, reason: bankWords(body.failureReason, 'returned by the bank'), reference: '' }
        : { action: 'mark_failed' as const, reason: bankWords(body.failureReason, 'reported failed by the provider'), reference: '' };
  try {
    const moved = await reportedByProvider(ctx, input.provider, payout.id, report);
    return { accepted: true, duplicate: false, payoutStatus: moved.status };
  } catch (err) {
    // Another delivery, or an admin, moved the payout first under its lock (a reversal, say): this one is overtaken.
    if (err instanceof AppError && err.code === 'ILLEGAL_PAYOUT_TRANSITION') {
      const now = (await PayoutRepository.find(ctx.orm.em.fork(), payout.id))!;
      await overtaken(ctx, em, input.provider, body, now);
      return { accepted: true, duplicate: true, payoutStatus: now.status };
    }
    await PayoutRepository.forgetProviderEvent(em, input.provider, body.eventId); // let the provider's retry apply it
    throw err;
  }
}

/** What a bank said, as the payout keeps it: a long number in it masked first, then cut to the note's length. */
const bankWords = (said: unknown, otherwise: string) => maskLongNumbers(String(said ?? otherwise)).slice(0, 500);

/**
 * A recorded outcome the payout moved on without changes nothing, except a payment after a
 * reversal, which is flagged; if that fails, the event is forgotten so the provider's retry flags it.
 */
async function overtaken(ctx: PayoutContext, em: SqlExecutor, provider: string, body: WebhookBody, payout: PayoutRow): Promise<void> {
  if (body.status !== 'PAID' || payout.status !== 'REVERSED') return;
  try {
    await flagPaidAfterReversal(ctx, payout);
  } catch (err) {
    await PayoutRepository.forgetProviderEvent(em, provider, body.eventId);
    throw err;
  }
}

/**
 * The provider paid a payout an admin had reversed (PAID_AFTER_REVERSAL): the earner was paid twice.
 * The reversed payout and the earner's open ones carry the flag, later requests too
 * (request-withdrawal), so nobody approves more before finance recovers the money; said loudly.
 */
async function flagPaidAfterReversal(ctx: PayoutContext, payout: PayoutRow): Promise<void> {
  await inTransaction(ctx, async (em) => {
    if (!payout.reviewFlags.includes(PAID_AFTER_REVERSAL)) await PayoutRepository.setReviewFlags(em, payout.id, [...payout.reviewFlags, PAID_AFTER_REVERSAL]);
    await PayoutRepository.flagPayoutsOf(em, payout.ownerId, OPEN_STATUSES, PAID_AFTER_REVERSAL);
  });
  ctx.logger.error(
    { payoutId: payout.id, ownerId: payout.ownerId, provider: payout.provider },
    'provider reported paid a payout that was reversed: the earner has been paid twice; their payouts are flagged for review',
  );
}
