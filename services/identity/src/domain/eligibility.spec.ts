import { describe, expect, it } from '@jest/globals';
import { checkEligibility, type EligibilityFacts } from './eligibility.ts';
import { evaluateVerification, type VerificationFacts } from './verification.ts';

const NG_DRIVER = [['DRIVER_LICENSE'], ['NIN']] as const;
const facts = (over: Partial<VerificationFacts> = {}): VerificationFacts => ({
  role: 'DRIVER',
  driverSuspended: false,
  hasProfile: true,
  profileReview: 'NONE',
  flags: [],
  requirements: NG_DRIVER,
  today: '2026-11-21',
  documents: [
    { id: 'l', type: 'DRIVER_LICENSE', status: 'VERIFIED', expiryDate: '2027-01-01', nameMatches: true, addressMatches: true },
    { id: 'n', type: 'NIN', status: 'VERIFIED', expiryDate: null, nameMatches: true, addressMatches: true },
  ],
  ...over,
});
const eligible = (v: VerificationFacts, e: Partial<EligibilityFacts> = {}, action: 'WITHDRAW' | 'TRANSACT' | 'GO_ONLINE' = 'WITHDRAW') =>
  checkEligibility(
    {
      role: v.role,
      blocked: false,
      testMode: false,
      hasProfile: v.hasProfile,
      profileRejected: v.profileReview === 'REJECTED',
      verification: evaluateVerification(v),
      ...e,
    },
    action,
    'live',
    { riderWithdrawalsEnabled: false },
  );

describe('verification and eligibility rules', () => {
  it('a driver with a valid licence, the national ID, identity and address is VERIFIED and may withdraw', () => {
    expect(evaluateVerification(facts())).toMatchObject({ status: 'VERIFIED', driverStatus: 'VERIFIED', identityVerified: true, addressVerified: true });
    expect(eligible(facts())).toEqual({ allowed: true, reasons: [] });
  });

  it('the licence expires on the day after its expiry date', () => {
    expect(evaluateVerification(facts({ today: '2027-01-01' })).driverStatus).toBe('VERIFIED');
    expect(eligible(facts({ today: '2027-01-02' }))).toEqual({ allowed: false, reasons: ['DRIVER_NOT_VERIFIED', 'DOCUMENT_EXPIRED:DRIVER_LICENSE'] });
  });

  it('lists every failed rule at once', () => {
    const v = facts({ hasProfile: false, documents: [] });
    expect(eligible(v, { blocked: true }).reasons).toEqual([
      'USER_BLOCKED',
      'PROFILE_MISSING',
      'DRIVER_NOT_VERIFIED',
      'IDENTITY_NOT_VERIFIED',
      'ADDRESS_NOT_VERIFIED',
      'MISSING_DOCUMENT:DRIVER_LICENSE',
      'MISSING_DOCUMENT:NIN',
    ]);
  });

  it('an open or rejected address flag blocks the address; an approved one does not', () => {
    const flag = (status: 'OPEN' | 'REJECTED' | 'APPROVED') => [{ reason: 'ADDRESS_MISMATCH' as const, status, documentId: 'l' }];
    expect(evaluateVerification(facts({ flags: flag('OPEN') })).addressVerified).toBe(false);
    expect(evaluateVerification(facts({ flags: flag('REJECTED') })).addressVerified).toBe(false);
    expect(evaluateVerification(facts({ flags: flag('APPROVED') })).addressVerified).toBe(true);
  });

  it('a number another account submitted leaves its first, verified holder VERIFIED, flagged only; the later submitter is not verified by it', () => {
    const holder = facts({ flags: [{ reason: 'DOCUMENT_REUSED', status: 'OPEN', documentId: 'n' }] });
    // Its status too: the claim is the claimant's review, not the holder's (SPEC 3).
    expect(evaluateVerification(holder)).toMatchObject({ status: 'VERIFIED', driverStatus: 'VERIFIED', identityVerified: true });
    for (const action of ['WITHDRAW', 'GO_ONLINE'] as const) expect(eligible(holder, {}, action)).toEqual({ allowed: true, reasons: [] });
    // An admin who rejects the flag decides against the holder.
    expect(evaluateVerification(facts({ flags: [{ reason: 'DOCUMENT_REUSED', status: 'REJECTED', documentId: 'n' }] })).driverStatus).toBe(
      'PENDING_VERIFICATION',
    );
    const later = facts({
      documents: [facts().documents[0]!, { id: 'n2', type: 'NIN', status: 'PENDING', expiryDate: null, nameMatches: true, addressMatches: true }],
      flags: [{ reason: 'DOCUMENT_REUSED', status: 'OPEN', documentId: 'n2' }],
    });
    expect(evaluateVerification(later)).toMatchObject({
      status: 'PENDING_REVIEW',
      driverStatus: 'PENDING_VERIFICATION',
      identityVerified: false,
      missingRequirements: ['DOCUMENT_PENDING:NIN'],
    });
  });

  it('riders never withdraw, whatever their documents', () => {
    const rider = facts({ role: 'RIDER', requirements: [['NIN']] });
    expect(eligible(rider).reasons).toEqual(['ROLE_CANNOT_WITHDRAW']);
    expect(eligible(rider, {}, 'TRANSACT')).toEqual({ allowed: true, reasons: [] });
    expect(eligible(rider, {}, 'GO_ONLINE').reasons).toEqual(['ROLE_NOT_DRIVER']);
  });

  it('a test-mode account never moves live money', () => {
    expect(eligible(facts(), { testMode: true }).reasons).toEqual(['TEST_MODE_REAL_PAYOUT']);
  });
});
