import type { DomainEventType, EventEnvelope } from '@ziba/contracts';

/** What an audit record says happened, in finance's words (SPEC section 7). */
export interface AuditFacts {
  action: string;
  entityType: string;
  entityId: string;
  amount: string | null;
  currency: string | null;
}

/** Every published type has its action: a type added to the catalogue without one does not compile. */
export const ACTIONS: Record<DomainEventType, string> = {
  'identity.user-registered.v1': 'USER_REGISTERED',
  'identity.profile-updated.v1': 'KYC_PROFILE_UPDATED',
  'identity.document-submitted.v1': 'KYC_DOCUMENT_SUBMITTED',
  'identity.document-decided.v1': 'KYC_DOCUMENT_DECIDED',
  'identity.profile-decided.v1': 'KYC_PROFILE_DECIDED',
  'identity.review-flag-raised.v1': 'KYC_REVIEW_FLAG_RAISED',
  'identity.verification-changed.v1': 'KYC_VERIFICATION_CHANGED',
  'identity.user-status-changed.v1': 'USER_STATUS_CHANGED',
  'identity.admin-access-changed.v1': 'ADMIN_ACCESS_CHANGED',
  'wallet.wallet-opened.v1': 'WALLET_OPENED',
  'wallet.entry-posted.v1': 'WALLET_TRANSACTION_CREATED',
  'trip.status-changed.v1': 'TRIP_STATUS_CHANGED',
  'trip.fare-held.v1': 'TRIP_FARE_HELD',
  'trip.fare-released.v1': 'TRIP_FARE_RELEASED',
  'trip.settled.v1': 'TRIP_SETTLED',
  'trip.commission-rule-changed.v1': 'COMMISSION_RULE_UPDATED',
  'trip.tariff-changed.v1': 'TARIFF_UPDATED',
  'trip.menu-item-changed.v1': 'MENU_ITEM_UPDATED',
  'trip.netting-run-completed.v1': 'COMMISSION_NETTING_RUN',
  'trip.negative-balance-settled.v1': 'NEGATIVE_BALANCE_SETTLED',
  'payout.method-changed.v1': 'PAYOUT_METHOD_CHANGED',
  'payout.method-link-refused.v1': 'PAYOUT_METHOD_LINK_REFUSED',
  'payout.status-changed.v1': 'PAYOUT_STATUS_CHANGED',
  'payout.approval-recorded.v1': 'PAYOUT_APPROVAL_RECORDED',
  'payout.auto-run-completed.v1': 'AUTO_PAYOUT_RUN',
};

type Data = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The audit facts of a domain event. An unknown event type is still recorded (as its type), so a
 * new event of another service is never lost, only named generically until it is mapped here.
 */
export function auditFacts(e: EventEnvelope): AuditFacts {
  const d = (e.data ?? {}) as Data;
  let action = (ACTIONS as Record<string, string>)[e.type] ?? e.type.toUpperCase().replace(/[.-]/g, '_');
  // A payout's first step is its creation (SPEC section 7 names both).
  if (e.type === 'payout.status-changed.v1' && !d.from) action = 'PAYOUT_CREATED';
  // So is a menu item's first version (a change from nothing).
  if (e.type === 'trip.menu-item-changed.v1' && !d.previous) action = 'MENU_ITEM_CREATED';
  const amount = str(d.amount) ?? str(d.fare) ?? null;
  const currency = str(d.currency);
  if (e.type === 'wallet.entry-posted.v1') {
    const postings = Array.isArray(d.postings) ? (d.postings as Array<{ amount?: string }>) : [];
    const moved = postings.reduce((sum, p) => (p.amount && !p.amount.startsWith('-') ? sum + BigInt(p.amount) : sum), 0n);
    return { action, entityType: 'journal_entry', entityId: e.aggregateId, amount: moved.toString(), currency };
  }
  return { action, entityType: e.aggregateType, entityId: str(d.tripId) ?? str(d.payoutId) ?? e.aggregateId, amount, currency };
}
