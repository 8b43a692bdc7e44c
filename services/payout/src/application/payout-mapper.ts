import type { SqlExecutor } from '@ziba/messaging';
import { adminActionsFor } from '../domain/payout-state.ts';
import { PayoutRepository, type PayoutView } from '../persistence/payout.repository.ts';

/**
 * A payout as answered: read with its method's type, its timeline and its approvals. `viewerId` is
 * the admin asking, whose own approval takes approve out of their next actions.
 */
export async function payoutMessage(em: SqlExecutor, payoutId: string, viewerId: string | null = null) {
  return toPayoutMessage(em, (await PayoutRepository.view(em, payoutId))!, viewerId);
}

export async function toPayoutMessage(em: SqlExecutor, p: PayoutView, viewerId: string | null = null) {
  const transitions = await PayoutRepository.transitions(em, p.id);
  const approvals = await PayoutRepository.approvals(em, p.id);
  return {
    id: p.id,
    ownerId: p.ownerId,
    ownerType: p.ownerType,
    countryCode: p.countryCode,
    mode: p.mode,
    amount: { amount: p.amount.toString(), currency: p.currency },
    status: p.status,
    reasons: p.reasons,
    reviewFlags: p.reviewFlags,
    origin: p.origin,
    provider: p.provider,
    providerReference: p.providerReference ?? '',
    maskedAccount: p.maskedAccount ?? '',
    methodType: p.methodType ?? '',
    accountInstitution: p.methodInstitution ?? '',
    rejectionReason: p.rejectionReason ?? '',
    failureReason: p.failureReason ?? '',
    externalReference: p.externalReference ?? '',
    transitions: transitions.map((t) => ({
      fromStatus: t.from_status ?? '',
      toStatus: t.to_status,
      actorType: t.actor_type,
      actorId: t.actor_id,
      note: t.note ?? '',
      at: new Date(t.at).toISOString(),
    })),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    adminActions: adminActionsFor(
      p.status,
      p.provider,
      approvals.some((a) => a.admin_id === viewerId),
    ),
    approvals: {
      given: approvals.length,
      required: p.approvalsRequired,
      by: approvals.map((a) => ({ adminId: a.admin_id, note: a.note ?? '', at: new Date(a.approved_at).toISOString() })),
    },
  };
}
