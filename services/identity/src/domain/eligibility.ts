import type { PlatformSettings } from './countries.ts';
import type { Role } from './user.ts';
import type { VerificationState } from './verification.ts';

export const ACTIONS = ['WITHDRAW', 'GO_ONLINE', 'ACCEPT_TRIP', 'TRANSACT'] as const;
export type Action = (typeof ACTIONS)[number];
export const isAction = (a: string): a is Action => (ACTIONS as readonly string[]).includes(a);

export interface EligibilityFacts {
  role: Role;
  blocked: boolean;
  testMode: boolean;
  hasProfile: boolean;
  profileRejected: boolean;
  verification: VerificationState;
}

export interface Eligibility {
  allowed: boolean;
  /** Every failed rule, each with a stable code; empty when allowed. */
  reasons: string[];
}

/**
 * The one answer to "may this user do this now, and if not, why not" (SPEC sections 3 and 12.4).
 * All failed rules are listed, not just the first, so a user sees everything left to do.
 * `mode` is the money the action would move: a test-mode account never moves live money.
 */
export function checkEligibility(f: EligibilityFacts, action: Action, mode: 'live' | 'test', settings: PlatformSettings): Eligibility {
  const reasons: string[] = [];
  const v = f.verification;
  if (f.blocked) reasons.push('USER_BLOCKED');
  if (f.role === 'ADMIN') reasons.push('ROLE_NOT_ALLOWED');
  if (!f.hasProfile && f.role !== 'ADMIN') reasons.push('PROFILE_MISSING');
  if (f.profileRejected) reasons.push('PROFILE_REJECTED');
  if (f.testMode && mode === 'live') reasons.push('TEST_MODE_REAL_PAYOUT');

  const verifiedEarner = () => {
    if (!v.identityVerified) reasons.push('IDENTITY_NOT_VERIFIED');
    if (!v.addressVerified) reasons.push('ADDRESS_NOT_VERIFIED');
    reasons.push(...v.missingRequirements);
  };
  const verifiedDriver = () => {
    if (v.driverStatus === 'SUSPENDED') reasons.push('DRIVER_SUSPENDED');
    else if (v.driverStatus !== 'VERIFIED') reasons.push('DRIVER_NOT_VERIFIED');
    verifiedEarner();
  };

  switch (action) {
    case 'TRANSACT':
      break;
    case 'WITHDRAW':
      if (f.role === 'RIDER' && !settings.riderWithdrawalsEnabled) reasons.push('ROLE_CANNOT_WITHDRAW');
      else if (f.role === 'ADMIN') reasons.push('ROLE_CANNOT_WITHDRAW');
      else if (f.role === 'DRIVER') verifiedDriver();
      else verifiedEarner();
      break;
    case 'GO_ONLINE':
    case 'ACCEPT_TRIP':
      if (f.role !== 'DRIVER') reasons.push('ROLE_NOT_DRIVER');
      else verifiedDriver();
      break;
  }
  const unique = [...new Set(reasons)];
  return { allowed: unique.length === 0, reasons: unique };
}
