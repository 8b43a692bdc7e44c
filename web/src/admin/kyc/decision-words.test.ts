import type { Schemas } from '@ziba/api-client';
import { expect, it } from 'vitest';
import { approvesPastFlags, decisionOutcome, decisionSummary, flagLine } from './decision-words.ts';

const nin = { id: 'doc-1', documentType: 'NIN', holderName: 'Ngozi Okonkwo' } as Schemas['IdentityDocument'];
const flag = (reason: Schemas['ReviewFlag']['reason'], documentId: string | null, status: Schemas['ReviewFlag']['status'] = 'OPEN') =>
  ({ id: `${reason}-${documentId}`, reason, documentId, status, detail: '', decisionReason: null, createdAt: '' }) as Schemas['ReviewFlag'];
const item = (flags: Schemas['ReviewFlag'][], documents: Schemas['IdentityDocument'][] = []) =>
  ({
    email: 'ngozi.eze@example.com',
    verification: { profile: { legalFirstName: 'Ngozi', legalLastName: 'Eze' }, reviewFlags: flags, documents },
  }) as Pick<Schemas['KycQueueItem'], 'email' | 'verification'>;

it('says what approving a flagged document accepts, naming both names, and that the user may then be verified', () => {
  const summary = decisionSummary({ kind: 'document', approve: true }, item([flag('NAME_MISMATCH', 'doc-1'), flag('ADDRESS_MISMATCH', 'doc-2')]), nin);
  expect(summary).toBe(
    'You accept that the name on it (Ngozi Okonkwo) is not the legal name (Ngozi Eze). Approving it verifies the NIN (National Identification Number); if nothing else is outstanding, ngozi.eze@example.com becomes verified and may withdraw. Recorded in the audit trail with your note.',
  );
  // A flag already decided, or on another document, is not this decision's.
  expect(decisionSummary({ kind: 'document', approve: true }, item([flag('NAME_MISMATCH', 'doc-1', 'APPROVED')]), nin)).not.toContain('You accept');
});

it('says that approving a profile clears every open flag, and what a rejection does', () => {
  const flagged = item([flag('ADDRESS_MISMATCH', 'doc-2'), flag('DOCUMENT_REUSED', 'doc-1')]);
  expect(decisionSummary({ kind: 'profile', approve: true }, flagged)).toMatch(
    /^You accept that the address on a document is not the residence address; and that another account holds this document number\. Approving the profile clears every open flag/,
  );
  expect(decisionSummary({ kind: 'document', approve: false }, flagged, nin)).toBe('The user sees the reason and can send a new document.');
  expect(decisionSummary({ kind: 'profile', approve: false }, flagged)).toMatch(/stays unverified/);
});

it('tells the holder’s verified document from the later submission of the same number', () => {
  const reused = item([flag('DOCUMENT_REUSED', 'doc-1')]);
  expect(decisionSummary({ kind: 'document', approve: true }, reused, { ...nin, status: 'VERIFIED' })).toMatch(
    /^You accept that another account has submitted this document number, which stays this user’s\. /,
  );
  expect(decisionSummary({ kind: 'document', approve: true }, reused, { ...nin, status: 'PENDING' })).toMatch(
    /^You accept that another account holds this document number \(decide that account’s document first: two accounts must not both be verified by one number\)\. /,
  );
});

it('says which side of a reuse a profile approval is on, from the flag’s own document', () => {
  const holder = item([flag('DOCUMENT_REUSED', 'doc-1')], [{ ...nin, status: 'VERIFIED' }]);
  expect(decisionSummary({ kind: 'profile', approve: true }, holder)).toMatch(
    /^You accept that another account has submitted this document number, which stays this user’s\. Approving the profile/,
  );
});

it('words a reused number’s flag for the admin, whichever account it was raised on', () => {
  const holderFlag = { ...flag('DOCUMENT_REUSED', 'doc-1'), detail: 'another account submitted this NIN; it stays yours until an admin decides' };
  const holderLine = flagLine(holderFlag, item([holderFlag], [{ ...nin, status: 'VERIFIED' }]));
  expect(holderLine).toBe(
    'Another account submitted this same NIN; this account keeps its verified NIN, and its KYC status, until you decide. Approve only if you are sure this account is its holder: the other account’s submission cannot be approved while this one is verified, so reject it there.',
  );
  const claim = { ...flag('DOCUMENT_REUSED', 'doc-1'), detail: 'this NIN is registered to another account; an admin will review it' };
  expect(flagLine(claim, item([claim], [{ ...nin, status: 'PENDING' }]))).toBe(
    'Another account already holds this same NIN. Approving this submission is refused while that account’s is verified or under review: decide that one first, and approve this one only if you are sure this account is its holder.',
  );
  // An SSN's last four is not unique: the same four, name and birth date is what was matched, and only a verified twin refuses an approval.
  const ssn = { ...nin, documentType: 'SSN_LAST4', status: 'PENDING' } as Schemas['IdentityDocument'];
  expect(flagLine(claim, item([claim], [ssn]))).toBe(
    'Another account already holds the same SSN last four, legal name and date of birth. Approving this submission is refused while that account’s is verified: decide that one first, and approve this one only if you are sure this account is its holder.',
  );
  expect(flagLine(claim, item([claim]))).toBe('Another account holds this same document number.');
  // Every other flag's detail names its check, for anyone: said as it is.
  const name = { ...flag('NAME_MISMATCH', 'doc-1'), detail: 'the holder name on the NIN does not match the legal name' };
  expect(flagLine(name, item([name], [nin]))).toBe('the holder name on the NIN does not match the legal name');
});

it('says the outcome with the status the server now has', () => {
  expect(decisionOutcome({ approve: true, what: 'the NIN of a@b.c' }, { status: 'VERIFIED' })).toBe('Approved: the NIN of a@b.c. Their KYC is now Verified.');
  expect(decisionOutcome({ approve: false, what: 'the profile of a@b.c' }, null)).toBe('Rejected: the profile of a@b.c.');
});

it('asks a note of an approval that decides open flags only, as the server does', () => {
  const flagged = item([flag('NAME_MISMATCH', 'doc-1'), flag('ADDRESS_MISMATCH', 'doc-2', 'APPROVED')]);
  expect(approvesPastFlags({ kind: 'document', approve: true }, flagged, nin)).toBe(true);
  expect(approvesPastFlags({ kind: 'document', approve: true }, flagged, { id: 'doc-2' })).toBe(false); // its flag is decided
  expect(approvesPastFlags({ kind: 'profile', approve: true }, flagged)).toBe(true);
  expect(approvesPastFlags({ kind: 'profile', approve: true }, item([]))).toBe(false);
  expect(approvesPastFlags({ kind: 'document', approve: false }, flagged, nin)).toBe(false); // a rejection gives its reason anyway
});
