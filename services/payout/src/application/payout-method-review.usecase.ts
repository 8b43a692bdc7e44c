import type { PayoutMethodChangedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import { downstreamOf, type Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { maskAccountNumber, methodReviewFlags } from '../domain/account-number.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { SOURCE, type PayoutContext } from './payout-context.ts';
import { toMethodMessage } from './payout-methods.usecase.ts';
import { maskLongNumbers } from '@ziba/service-kit/free-text';

const adminOnly = (actor: Actor | null): Actor => {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'payout methods are reviewed by admins');
  return actor;
};

export async function listPayoutMethods(ctx: PayoutContext, actor: Actor | null, status: string) {
  adminOnly(actor);
  if (status && !['VERIFIED', 'PENDING_REVIEW', 'REJECTED'].includes(status))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', 'status must be VERIFIED, PENDING_REVIEW or REJECTED');
  const em = ctx.orm.em.fork();
  const methods = await MethodRepository.listActive(em, status);
  // Why each one in review waits, asked now: the legal name may have changed since the account was added.
  const waiting = methods.filter((m) => m.status === 'PENDING_REVIEW');
  const shared = await MethodRepository.sharedWithAnotherOwner(
    em,
    waiting.map((m) => m.id),
  );
  const names = await legalNameMatches(
    ctx,
    waiting.map((m) => ({ userId: m.ownerId, name: m.accountName })),
  );
  const flags = new Map(waiting.map((m, i) => [m.id, methodReviewFlags({ holderIsLegalName: names[i] ?? null, usedByAnotherEarner: shared.has(m.id) })]));
  return { methods: methods.map((m) => ({ ...toMethodMessage(m), reviewFlags: flags.get(m.id) ?? [] })) };
}

/**
 * Whether each account holder's name is its earner's legal name, asked in one call (at most
 * MAX_LISTED names, identity's limit too); null for a name identity cannot check now, so the list
 * still shows and nothing reads as matching. An identity older than MatchLegalNames (a rolling
 * deploy) is asked one name at a time, as before it.
 */
async function legalNameMatches(ctx: PayoutContext, asked: Array<{ userId: string; name: string }>): Promise<Array<boolean | null>> {
  if (asked.length === 0) return [];
  const unknown = () => asked.map(() => null);
  try {
    const { results } = await ctx.identity.call('MatchLegalNames', { names: asked });
    return results.length === asked.length ? results.map((r) => r.matches) : unknown();
  } catch (err) {
    if (downstreamOf(err)?.grpcCode !== 'UNIMPLEMENTED') return unknown();
    return Promise.all(
      asked.map((a) =>
        ctx.identity.call('MatchLegalName', a).then(
          (r) => r.matches,
          () => null,
        ),
      ),
    );
  }
}

/**
 * An admin verifies a method whose account name did not match (after checking it another way), or
 * rejects it; the note says what was checked. Only a method in review can be decided.
 */
export async function decidePayoutMethod(ctx: PayoutContext, actorInput: Actor | null, methodId: string, decision: string, noteInput: string) {
  const actor = adminOnly(actorInput);
  if (decision !== 'APPROVE' && decision !== 'REJECT') throw new AppError('INVALID', 'INVALID_DECISION', 'decision must be APPROVE or REJECT');
  const note = maskLongNumbers(noteInput?.trim() ?? '');
  if (!note || note.length > 500) throw new AppError('INVALID', 'NOTE_REQUIRED', 'a note (at most 500 characters) says what was checked');
  const method = await inTransaction(ctx, async (em) => {
    const m = await MethodRepository.findForUpdate(em, methodId);
    if (!m || !m.active) throw new AppError('NOT_FOUND', 'PAYOUT_METHOD_NOT_FOUND', 'no such payout method');
    if (m.status !== 'PENDING_REVIEW') throw new AppError('CONFLICT', 'METHOD_NOT_IN_REVIEW', `this method is ${m.status}`);
    const status: 'VERIFIED' | 'REJECTED' = decision === 'APPROVE' ? 'VERIFIED' : 'REJECTED';
    await MethodRepository.review(em, m.id, status, actor.id, note);
    await enqueueEvent<PayoutMethodChangedV1>(em, SOURCE, {
      type: 'payout.method-changed.v1',
      aggregateType: 'payout_method',
      aggregateId: m.id,
      actor,
      data: {
        ownerId: m.ownerId,
        methodId: m.id,
        type: m.type,
        maskedNumber: maskAccountNumber(`0000${m.last4}`),
        status,
        usableFrom: m.usableFrom.toISOString(),
        from: m.status,
        to: status,
        reason: note,
      },
    });
    return { ...m, status };
  });
  ctx.logger.info({ methodId, ownerId: method.ownerId, decision, adminId: actor.id }, 'payout method reviewed');
  return toMethodMessage(method);
}
