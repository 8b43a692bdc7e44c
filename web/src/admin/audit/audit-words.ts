import type { Schemas } from '@ziba/api-client';
import { payoutStatusWord } from '../../components/PayoutStatusBadge.tsx';
import { statusLook } from '../../pages/trips/trip-words.ts';

/**
 * The trail's actions and entity types, suggested in words (kindWord) as the filter is typed.
 * The audit service names them (services/audit/src/domain/audit-action.ts); a newer action missing
 * here still shows and filters, by its words, just without a suggestion.
 */
export const AUDIT_ACTIONS = [
  'USER_REGISTERED',
  'USER_STATUS_CHANGED',
  'KYC_PROFILE_UPDATED',
  'KYC_DOCUMENT_SUBMITTED',
  'KYC_DOCUMENT_DECIDED',
  'KYC_PROFILE_DECIDED',
  'KYC_REVIEW_FLAG_RAISED',
  'KYC_VERIFICATION_CHANGED',
  'WALLET_OPENED',
  'WALLET_TRANSACTION_CREATED',
  'TRIP_STATUS_CHANGED',
  'TRIP_FARE_HELD',
  'TRIP_FARE_RELEASED',
  'TRIP_SETTLED',
  'COMMISSION_RULE_UPDATED',
  'TARIFF_UPDATED',
  'COMMISSION_NETTING_RUN',
  'NEGATIVE_BALANCE_SETTLED',
  'PAYOUT_CREATED',
  'PAYOUT_STATUS_CHANGED',
  'PAYOUT_APPROVAL_RECORDED',
  'PAYOUT_METHOD_CHANGED',
  'PAYOUT_METHOD_LINK_REFUSED',
] as const;

export const AUDIT_ENTITY_TYPES = ['user', 'wallet', 'journal_entry', 'trip', 'commission_rule', 'tariff', 'netting_run', 'payout', 'payout_method'] as const;

/** A status in the words of its entity's own pages (a payout's, a trip's). */
const stateWord = (entityType: string, state: string) =>
  entityType === 'payout'
    ? payoutStatusWord(state as Schemas['Payout']['status'])
    : entityType === 'trip'
      ? statusLook(state as Schemas['Trip']['status']).label
      : state;

/** What a status change changed, in words ("Pending review → Approved"); null for a record that changed no status. */
export function stateChangeWords(r: Pick<Schemas['AuditRecord'], 'entityType' | 'fromState' | 'toState'>): string | null {
  if (!r.toState) return null;
  const to = stateWord(r.entityType, r.toState);
  return r.fromState ? `${stateWord(r.entityType, r.fromState)} → ${to}` : `→ ${to}`;
}
