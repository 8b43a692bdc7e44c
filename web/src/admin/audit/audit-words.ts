/**
 * The trail's actions and entity types, suggested in words (kindWord) as the filter is typed.
 * The audit service names them (services/audit/src/domain/audit-action.ts); a newer action missing
 * here still shows and filters, by its words, just without a suggestion.
 */
export const AUDIT_ACTIONS = [
  'USER_REGISTERED',
  'USER_STATUS_CHANGED',
  'ADMIN_ACCESS_CHANGED',
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
  'MENU_ITEM_CREATED',
  'MENU_ITEM_UPDATED',
  'COMMISSION_NETTING_RUN',
  'AUTO_PAYOUT_RUN',
  'NEGATIVE_BALANCE_SETTLED',
  'PAYOUT_CREATED',
  'PAYOUT_STATUS_CHANGED',
  'PAYOUT_APPROVAL_RECORDED',
  'PAYOUT_METHOD_CHANGED',
  'PAYOUT_METHOD_LINK_REFUSED',
] as const;

export const AUDIT_ENTITY_TYPES = [
  'user',
  'wallet',
  'journal_entry',
  'trip',
  'commission_rule',
  'tariff',
  'menu_item',
  'netting_run',
  'auto_payout_run',
  'payout',
  'payout_method',
] as const;
