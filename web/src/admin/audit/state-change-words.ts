import type { Schemas } from '@ziba/api-client';
import { payoutStatusWord } from '../../components/PayoutStatusBadge.tsx';
import { statusLook } from '../../pages/trips/trip-words.ts';
import { kycStatusWord } from '../../pages/verification-status.ts';
import { formatMoney } from '../../money/format-money.ts';
import { bpsToPercent } from '../../money/percent.ts';
import { dayAndTime } from '../../dates.ts';
import { kindWord } from '../person.ts';
import { paymentWord, ruleServiceWord } from '../pricing/pricing-words.ts';

type Rule = Schemas['CommissionRule'];

// Apart from audit-words.ts, which the router's first bundle reads (the URL's filters): these words bring the pages' status words.
/** A status in the words of its entity's own pages (a payout's, a trip's). */
/** A user's status change, as the Users page says it; an admin account's change (made by an operator's command). */
const USER_CHANGES: Record<string, string> = {
  BLOCKED: 'Blocked',
  UNBLOCKED: 'Unblocked',
  DRIVER_SUSPENDED: 'Driver suspended',
  DRIVER_REINSTATED: 'Driver reinstated',
  ADMIN_CREATED: 'Admin account created',
  PERMISSIONS_CHANGED: 'Permissions changed',
  SIGN_INS_ENDED: 'Browser sign-ins ended',
  TOKENS_ENDED: 'Access tokens ended',
};
const stateWord = (entityType: string, state: string) =>
  entityType === 'payout'
    ? payoutStatusWord(state as Schemas['Payout']['status'])
    : entityType === 'trip'
      ? statusLook(state as Schemas['Trip']['status']).label
      : entityType === 'user'
        ? (USER_CHANGES[state] ?? state)
        : entityType === 'payout_method' // a payout account's review: the words of identity's (Pending review, Verified, Rejected)
          ? kycStatusWord(state as Schemas['Verification']['status'])
          : state;

/**
 * What a status change changed, in words ("Pending review → Approved"); null for a record that changed
 * no status. The one step that keeps a trip's status is a driver taking a food order's delivery
 * (trip-state.ts): it is said as what it did.
 */
export function stateChangeWords(r: Pick<Schemas['AuditRecord'], 'entityType' | 'fromState' | 'toState'>): string | null {
  if (!r.toState) return null;
  if (r.entityType === 'trip' && r.fromState === r.toState) return 'Driver assigned';
  const to = stateWord(r.entityType, r.toState);
  return r.fromState ? `${stateWord(r.entityType, r.fromState)} → ${to}` : `→ ${to}`;
}

/** A setting's fields, as the trail names a change of them. */
const SETTING_FIELDS: Record<string, string> = {
  baseFare: 'Base fare',
  perKm: 'Per kilometre',
  minimumFare: 'Minimum fare',
  name: 'Name',
  price: 'Price',
  available: 'On the menu',
  serviceType: 'Service',
  countryCode: 'Country',
  paymentMethod: 'Payment',
  bps: 'Commission',
  effectiveFrom: 'From',
  permissions: 'Permissions',
};

/** What names a commission rule version rather than changes it: said as a value, not "none → value". */
const RULE_SCOPE = new Set(['serviceType', 'countryCode', 'paymentMethod', 'effectiveFrom']);

/** A changed value in words: money in its currency, yes or no, text in quotes; "none" before a first value. */
function settingValue(c: Schemas['AuditRecord']['changes'][number], value: string | null): string {
  if (value === null) return 'none';
  if (c.currency) return formatMoney(value, c.currency);
  if (c.field === 'available') return value === 'true' ? 'yes' : 'no';
  if (c.field === 'bps') return bpsToPercent(Number(value));
  if (c.field === 'effectiveFrom') return dayAndTime(value);
  if (c.field === 'serviceType') return ruleServiceWord(value as Rule['serviceType']);
  if (c.field === 'paymentMethod') return paymentWord(value as Rule['paymentMethod']);
  if (c.field === 'countryCode') return value;
  if (c.field === 'permissions') return value ? value.split(',').map(kindWord).join(', ') : 'none';
  return `“${value}”`;
}

/**
 * What a change of settings changed, a line a value: "Base fare: ₦500.00 → ₦650.50", "On the menu:
 * yes → no", "Commission: 20% → 30%"; which commission rule a version is for, as it is: "Service: Ride".
 */
export function settingChangeWords(r: Pick<Schemas['AuditRecord'], 'changes'>): string[] {
  return r.changes.map((c) => {
    const field = SETTING_FIELDS[c.field] ?? c.field;
    if (RULE_SCOPE.has(c.field) && c.from === null) return `${field}: ${settingValue(c, c.to)}`;
    return `${field}: ${settingValue(c, c.from)} → ${settingValue(c, c.to)}`;
  });
}
