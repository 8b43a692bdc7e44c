/**
 * Every domain event type a service publishes, by publisher. The audit service maps each one to an
 * action (a missing one is a compile error there), and a test checks that the services publish no
 * type outside this list. Add a type here when a service starts publishing it.
 */
export const DOMAIN_EVENT_TYPES = {
  identity: [
    'identity.user-registered.v1',
    'identity.profile-updated.v1',
    'identity.document-submitted.v1',
    'identity.document-decided.v1',
    'identity.profile-decided.v1',
    'identity.review-flag-raised.v1',
    'identity.verification-changed.v1',
    'identity.user-status-changed.v1',
    'identity.admin-access-changed.v1',
  ],
  'wallet-ledger': ['wallet.wallet-opened.v1', 'wallet.entry-posted.v1'],
  'trip-settlement': [
    'trip.status-changed.v1',
    'trip.fare-held.v1',
    'trip.fare-released.v1',
    'trip.settled.v1',
    'trip.commission-rule-changed.v1',
    'trip.tariff-changed.v1',
    'trip.menu-item-changed.v1',
    'trip.netting-run-completed.v1',
    'trip.negative-balance-settled.v1',
  ],
  payout: [
    'payout.method-changed.v1',
    'payout.method-link-refused.v1',
    'payout.status-changed.v1',
    'payout.approval-recorded.v1',
    'payout.auto-run-completed.v1',
  ],
} as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[keyof typeof DOMAIN_EVENT_TYPES][number];

export const ALL_DOMAIN_EVENT_TYPES: readonly DomainEventType[] = Object.values(DOMAIN_EVENT_TYPES).flat();
