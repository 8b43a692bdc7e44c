import { describe, expect, it } from '@jest/globals';
import { DOCUMENT_TYPES as IDENTITY_DOCUMENT_TYPES } from '@ziba/identity/src/domain/documents.ts';
import { ACTIONS as IDENTITY_ELIGIBILITY_ACTIONS } from '@ziba/identity/src/domain/eligibility.ts';
import {
  ACCOUNT_STANDINGS as IDENTITY_ACCOUNT_STANDINGS,
  PERMISSIONS as IDENTITY_PERMISSIONS,
  SELF_REGISTER_ROLES as IDENTITY_SELF_REGISTER_ROLES,
  type DriverStatus,
  type Role,
} from '@ziba/identity/src/domain/user.ts';
import type { DocumentStatus, FlagReason, FlagStatus, VerificationStatus } from '@ziba/identity/src/domain/verification.ts';
import { METHOD_TYPES } from '@ziba/payout/src/domain/account-number.ts';
import { ADMIN_ACTIONS } from '@ziba/payout/src/domain/payout-state.ts';
import type { PayoutStatus } from '@ziba/payout/src/domain/payout-state.ts';
import { RULE_SERVICES } from '@ziba/trip-settlement/src/domain/commission.ts';
import { PAYMENT_METHODS as TRIP_PAYMENT_METHODS, SERVICE_TYPES as TRIP_KINDS, type TripStatus } from '@ziba/trip-settlement/src/domain/trip-state.ts';
import type { TripRow } from '@ziba/trip-settlement/src/persistence/trip.repository.ts';
import {
  ENTRY_TYPES as LEDGER_ENTRY_TYPES,
  MODES as LEDGER_MODES,
  OWNER_TYPES,
  SERVICE_TYPES as LEDGER_SERVICES,
} from '@ziba/wallet-ledger/src/domain/ledger-model.ts';
import * as api from './enums.ts';

// The gateway documents the services' values (a client generates unions from them). These checks fail
// the build when a service gains or drops a value the API contract does not list.

/** true only when A and B are the same union; a compile error otherwise. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(value: Same<A, B>) => value;
type Member<T extends readonly string[]> = T[number];

describe('the API enums are the services’ own', () => {
  it('matches the lists the services export', () => {
    expect(api.PERMISSIONS).toEqual(IDENTITY_PERMISSIONS);
    expect(api.ACCOUNT_STANDINGS).toEqual(IDENTITY_ACCOUNT_STANDINGS);
    expect(api.SELF_REGISTER_ROLES).toEqual(IDENTITY_SELF_REGISTER_ROLES);
    expect(api.DOCUMENT_TYPES).toEqual(IDENTITY_DOCUMENT_TYPES);
    expect(api.ELIGIBILITY_ACTIONS).toEqual(IDENTITY_ELIGIBILITY_ACTIONS);
    expect(api.PAYOUT_METHOD_TYPES).toEqual(METHOD_TYPES);
    expect(api.PAYOUT_ADMIN_ACTIONS).toEqual(ADMIN_ACTIONS);
    expect(api.COMMISSION_SERVICE_TYPES).toEqual(RULE_SERVICES);
    expect(api.SERVICE_TYPES).toEqual(TRIP_KINDS);
    expect(api.PAYMENT_METHODS).toEqual(TRIP_PAYMENT_METHODS);
    expect(api.WALLET_OWNER_TYPES).toEqual(OWNER_TYPES);
    expect(api.MODES).toEqual(LEDGER_MODES);
    expect(api.ENTRY_TYPES).toEqual(LEDGER_ENTRY_TYPES);
    expect(api.LEDGER_SERVICE_TYPES).toEqual(LEDGER_SERVICES);
  });

  it('matches the unions the services declare as types (checked by the compiler)', () => {
    const checks = [
      same<Member<typeof api.ROLES>, Role>(true),
      same<Member<typeof api.DRIVER_STATUSES>, DriverStatus>(true),
      same<Member<typeof api.DOCUMENT_STATUSES>, DocumentStatus>(true),
      same<Member<typeof api.REVIEW_FLAG_REASONS>, FlagReason>(true),
      same<Member<typeof api.REVIEW_FLAG_STATUSES>, FlagStatus>(true),
      same<Member<typeof api.VERIFICATION_STATUSES>, VerificationStatus>(true),
      same<Member<typeof api.PAYOUT_STATUSES>, PayoutStatus>(true),
      same<Member<typeof api.TRIP_STATUSES>, TripStatus>(true),
      same<Member<typeof api.HOLD_STATES>, TripRow['holdState']>(true),
    ];
    expect(checks.every(Boolean)).toBe(true);
  });
});
