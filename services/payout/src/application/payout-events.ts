import type { PayoutApprovalRecordedV1, PayoutStatusChangedV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { maskLongNumbers } from '@ziba/service-kit/free-text';
import type { PayoutStatus } from '../domain/payout-state.ts';
import { PayoutRepository, type PayoutRow } from '../persistence/payout.repository.ts';
import { SOURCE } from './payout-context.ts';

/**
 * Records a payout's step (who, when, why, and the Idempotency-Key of the request that took it) and
 * announces it, in the caller's transaction.
 */
export async function recordStep(
  em: SqlExecutor,
  p: PayoutRow,
  from: PayoutStatus | null,
  to: PayoutStatus,
  actor: Actor | { type: 'SYSTEM'; id: string },
  note: string | null,
  { reasons = [], requestKey = null }: { reasons?: string[]; requestKey?: string | null } = {},
): Promise<void> {
  await PayoutRepository.recordTransition(em, p.id, from, to, actor, note, requestKey);
  await enqueueEvent<PayoutStatusChangedV1>(em, SOURCE, {
    type: 'payout.status-changed.v1',
    aggregateType: 'payout',
    aggregateId: p.id,
    actor,
    data: {
      payoutId: p.id,
      ownerId: p.ownerId,
      ownerType: p.ownerType,
      countryCode: p.countryCode,
      amount: p.amount.toString(),
      currency: p.currency,
      from,
      to,
      reasons,
      actorType: actor.type,
      actorId: actor.id,
      // The audit trail keeps why; an event never carries a long number, even one typed into a note.
      reason: note ? maskLongNumbers(note) : null,
    },
  });
}

/** Announces one admin's approval (who, how many of how many), in the caller's transaction, for the audit trail. */
export async function announceApproval(em: SqlExecutor, p: PayoutRow, actor: Actor, approvals: number, required: number): Promise<void> {
  await enqueueEvent<PayoutApprovalRecordedV1>(em, SOURCE, {
    type: 'payout.approval-recorded.v1',
    aggregateType: 'payout',
    aggregateId: p.id,
    actor,
    data: {
      payoutId: p.id,
      ownerId: p.ownerId,
      ownerType: p.ownerType,
      countryCode: p.countryCode,
      amount: p.amount.toString(),
      currency: p.currency,
      adminId: actor.id,
      approvals,
      required,
    },
  });
}
