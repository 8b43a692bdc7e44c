import type { Money__Output } from '@ziba/contracts/gen/ziba/common/v1/Money.ts';
import type { Payout__Output } from '@ziba/contracts/gen/ziba/payout/v1/Payout.ts';
import type { PayoutApprovals__Output } from '@ziba/contracts/gen/ziba/payout/v1/PayoutApprovals.ts';
import type { PayoutMethod__Output } from '@ziba/contracts/gen/ziba/payout/v1/PayoutMethod.ts';
import type { PayoutPage__Output } from '@ziba/contracts/gen/ziba/payout/v1/PayoutPage.ts';
import type { PayoutTransition__Output } from '@ziba/contracts/gen/ziba/payout/v1/PayoutTransition.ts';
import type { WithdrawalTerms__Output } from '@ziba/contracts/gen/ziba/payout/v1/WithdrawalTerms.ts';
import { nextCursor } from './paging.ts';

// Translation from the payout service's proto messages (empty string for "none") to the REST shapes
// (null for "none"). Listed field by field so nothing the service adds later leaks by accident; the
// account number is not in any message the service sends, and not in any shape here.

const orNull = (s: string) => s || null;
// Message fields are optional on the wire; the service always sets a payout's amount.
const money = (m: Money__Output | null) => ({ amount: m?.amount ?? '0', currency: m?.currency ?? '' });

export const toPayoutMethodJson = (m: PayoutMethod__Output) => ({
  id: m.id,
  ownerId: m.ownerId,
  type: m.type,
  bankName: orNull(m.bankName),
  bankCode: orNull(m.bankCode),
  provider: orNull(m.provider),
  maskedNumber: m.maskedNumber,
  accountName: m.accountName,
  countryCode: m.countryCode,
  status: m.status,
  usableFrom: m.usableFrom,
  createdAt: m.createdAt,
});

const toPayoutTransitionJson = (t: PayoutTransition__Output) => ({
  fromStatus: orNull(t.fromStatus),
  toStatus: t.toStatus,
  actorType: t.actorType,
  actorId: t.actorId,
  note: orNull(t.note),
  at: t.at,
});

// Always set by the service; absent only from an older one, which had single approvals.
const toApprovalsJson = (a: PayoutApprovals__Output | null) => ({
  given: a?.given ?? 0,
  required: a?.required ?? 1,
  by: (a?.by ?? []).map((x) => ({ adminId: x.adminId, note: orNull(x.note), at: x.at })),
});

export const toPayoutJson = (p: Payout__Output) => ({
  id: p.id,
  ownerId: p.ownerId,
  ownerType: p.ownerType,
  countryCode: p.countryCode,
  // Always set by the service; absent only from an older one, before test mode.
  mode: p.mode || 'live',
  amount: money(p.amount),
  status: p.status,
  reasons: p.reasons,
  reviewFlags: p.reviewFlags,
  origin: p.origin,
  provider: p.provider,
  providerReference: orNull(p.providerReference),
  maskedAccount: orNull(p.maskedAccount),
  methodKind: orNull(p.methodType),
  accountInstitution: orNull(p.accountInstitution),
  rejectionReason: orNull(p.rejectionReason),
  failureReason: orNull(p.failureReason),
  externalReference: orNull(p.externalReference),
  transitions: p.transitions.map(toPayoutTransitionJson),
  approvals: toApprovalsJson(p.approvals),
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

export const toPayoutPageJson = (r: PayoutPage__Output) => ({ payouts: r.payouts.map(toPayoutJson), page: { nextCursor: nextCursor(r.page) } });

/**
 * A payout as its earner sees it: the same shape, without what is the platform's own business. The
 * risk signals, which admin acted and their notes stay with staff; why a payout was rejected or
 * failed reaches the earner in `rejectionReason` and `failureReason`.
 */
export const toEarnerPayoutJson = (p: Payout__Output) => {
  const full = toPayoutJson(p);
  return {
    ...full,
    reviewFlags: [],
    transitions: full.transitions.map((t) => (t.actorType === 'ADMIN' ? { ...t, actorId: '', note: null } : t)),
    approvals: { ...full.approvals, by: [] },
  };
};

export const toEarnerPayoutPageJson = (r: PayoutPage__Output) => ({ payouts: r.payouts.map(toEarnerPayoutJson), page: { nextCursor: nextCursor(r.page) } });

export const toWithdrawalTermsJson = (t: WithdrawalTerms__Output) => ({
  minimum: money(t.minimum),
  reasons: t.reasons,
  velocityLimitLiftsAt: t.velocityLimitLiftsAt || null,
  payoutMethodUsableFrom: t.payoutMethodUsableFrom || null,
});
