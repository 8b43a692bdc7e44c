import { CURRENCIES, type CurrencyCode } from '@ziba/money';
import { Type, type TEnum, type TSchemaOptions } from 'typebox';

// Every closed set of values the API speaks, as the services define them. Requests validate against
// these; responses document them, so a generated client gets unions instead of bare strings.

/** A string that is one of `values`; `type: string` keeps the document explicit for generators. */
/** A request field: validated against `values`, and typed as their union. */
export const StringEnum = <const T extends string[]>(values: readonly [...T], options: TSchemaOptions = {}): TEnum<T> =>
  Type.Enum(values, { type: 'string', ...options });

/**
 * A response field from a service: documented as one of `values`, typed as the string the proto
 * carries (the gateway translates, it does not re-judge). enums.spec.ts keeps the lists equal to the
 * services' own.
 */
export const ResponseEnum = (values: readonly string[], options: TSchemaOptions = {}) => Type.Unsafe<string>({ type: 'string', enum: [...values], ...options });

export const MODES = ['live', 'test'] as const;
/** The currencies the platform handles (@ziba/money): any other code is a bad request, never a refusal on record. */
export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];
export const SELF_REGISTER_ROLES = ['RIDER', 'DRIVER', 'RESTAURANT'] as const;
export const ROLES = [...SELF_REGISTER_ROLES, 'ADMIN'] as const;
export const USER_STATUSES = ['ACTIVE', 'BLOCKED'] as const;
export const PERMISSIONS = [
  'VIEW_WALLETS',
  'VIEW_PAYOUTS',
  'MANAGE_PAYOUTS',
  'VIEW_EARNINGS_REPORTS',
  'MANAGE_KYC',
  'MANAGE_COMMISSION',
  'MANAGE_USERS',
  'ADJUST_WALLETS',
] as const;
export const DRIVER_STATUSES = ['PENDING_VERIFICATION', 'VERIFIED', 'SUSPENDED'] as const;
export const ACCOUNT_STANDINGS = ['BLOCKED', 'SUSPENDED'] as const;

export const DOCUMENT_TYPES = ['DRIVER_LICENSE', 'NIN', 'NID', 'SSN_LAST4', 'STATE_ID', 'NATIONAL_ID', 'PASSPORT'] as const;
export const DOCUMENT_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED'] as const;
export const VERIFICATION_METHODS = ['automated', 'manual'] as const;
export const VERIFICATION_STATUSES = ['INCOMPLETE', 'PENDING_REVIEW', 'VERIFIED', 'REJECTED'] as const;
export const REVIEW_FLAG_REASONS = [
  'NAME_MISMATCH',
  'ADDRESS_MISMATCH',
  'DOCUMENT_REUSED',
  'PROVIDER_NO_MATCH',
  'PROVIDER_UNAVAILABLE',
  'DATE_OF_BIRTH_CHANGED',
] as const;
export const REVIEW_FLAG_STATUSES = ['OPEN', 'APPROVED', 'REJECTED', 'SUPERSEDED'] as const;
export const ELIGIBILITY_ACTIONS = ['WITHDRAW', 'GO_ONLINE', 'ACCEPT_TRIP', 'TRANSACT'] as const;
export type EligibilityAction = (typeof ELIGIBILITY_ACTIONS)[number];

export const WALLET_OWNER_TYPES = ['RIDER', 'DRIVER', 'RESTAURANT', 'PLATFORM', 'SYSTEM'] as const;
export const STATEMENT_LINE_TYPES = ['DEBIT', 'CREDIT', 'HOLD', 'RELEASE'] as const;
export const DIRECTIONS = ['credit', 'debit'] as const;
export const ENTRY_TYPES = ['ADD_FUNDS', 'CREDIT', 'DEBIT', 'HOLD', 'RELEASE', 'CAPTURE', 'TRANSFER'] as const;
export const LEDGER_SERVICE_TYPES = [
  'ride',
  'food',
  'parcel',
  'adjustment',
  'payout',
  'commission',
  'commission_settlement',
  'refund',
  'earning',
  'funding',
] as const;

export const TRIP_SERVICE_TYPES = ['RIDE', 'PARCEL'] as const;
export const SERVICE_TYPES = ['RIDE', 'PARCEL', 'FOOD'] as const;
export const COMMISSION_SERVICE_TYPES = ['RIDE', 'PARCEL', 'FOOD_RESTAURANT', 'FOOD_DELIVERY'] as const;
export const PAYMENT_METHODS = ['CASH', 'ONLINE'] as const;
export const TRIP_STATUSES = [
  'REQUESTED',
  'SEARCHING_DRIVER',
  'ACCEPTED',
  'DRIVER_ARRIVING',
  'IN_PROGRESS',
  'PICKED_UP',
  'ON_THE_WAY',
  'PLACED',
  'PREPARING',
  'READY_FOR_PICKUP',
  'COMPLETED',
  'DELIVERED',
  'SETTLED',
  'CANCELLED_BY_RIDER',
  'CANCELLED_BY_DRIVER',
  'CANCELLED_BY_RESTAURANT',
  'CANCELLED_BY_SYSTEM',
] as const;
export const HOLD_STATES = ['NONE', 'REQUESTED', 'HELD', 'RELEASED', 'SETTLED'] as const;
export const NETTING_STATUSES = ['RUNNING', 'COMPLETED'] as const;
export const EARNINGS_GROUP_BY = ['day', 'week', 'month'] as const;

export const PAYOUT_METHOD_TYPES = ['BANK', 'MOBILE_MONEY', 'CARD_FUTURE'] as const;
export const PAYOUT_METHOD_STATUSES = ['VERIFIED', 'PENDING_REVIEW', 'REJECTED'] as const;
export const PAYOUT_STATUSES = ['REQUESTED', 'BLOCKED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'REVERSED', 'RETURNED'] as const;
export const PAYOUT_OWNER_TYPES = ['DRIVER', 'RESTAURANT'] as const;
export const PAYOUT_ORIGINS = ['manual_request', 'manual_admin_settlement', 'auto_weekly'] as const;
export const PAYOUT_PROVIDERS = ['manual', 'simulated'] as const;
export const PAYOUT_ADMIN_ACTIONS = ['approve', 'reject', 'mark_paid', 'mark_failed', 'retry', 'reverse', 'mark_returned'] as const;
export const PAYOUT_ACTOR_TYPES = ['USER', 'ADMIN', 'SYSTEM'] as const;
