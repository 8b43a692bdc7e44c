import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, eventually, sql } from '@ziba/testing';
import { eligibilityOf } from '../src/application/kyc-queries.ts';
import { digits, FUTURE, profileFor, RESIDENCE, startKycHarness, type KycHarness } from './kyc-harness.ts';

let h: KycHarness;
beforeAll(async () => {
  h = await startKycHarness();
});
afterAll(async () => {
  await h?.stop();
});

const doc = (countryCode: string, documentType: string, documentNumber: string, extra: Record<string, unknown> = {}) => ({
  documentType,
  documentNumber,
  countryCode,
  issuingAuthority: 'Issuing authority',
  expiryDate: FUTURE,
  holderName: 'Amaka Okafor',
  holderAddress: RESIDENCE[countryCode] ?? null,
  ...extra,
});

async function driverWithProfile(country: string) {
  const d = await h.register('DRIVER', country);
  await h.client.call('PutProfile', { userId: d.id, profile: profileFor(country) }, { actor: d.actor });
  return d;
}
const submit = (userId: string, body: ReturnType<typeof doc>) => h.client.call('SubmitDocument', { userId, ...body });
const eligibility = (userId: string, action = 'WITHDRAW', mode = 'live') => h.client.call('CheckEligibility', { userId, action, mode });

describe('driver verification per country', () => {
  const cases: Array<{ country: string; national: Array<[string, string]>; missingNational: string }> = [
    { country: 'NG', national: [['NIN', digits(11)]], missingNational: 'MISSING_DOCUMENT:NIN' },
    { country: 'US', national: [], missingNational: '' },
    { country: 'BD', national: [['NID', digits(17)]], missingNational: 'MISSING_DOCUMENT:NID' },
    { country: 'GH', national: [['PASSPORT', `G${digits(7)}`]], missingNational: 'MISSING_DOCUMENT:NATIONAL_ID|PASSPORT' },
  ];
  for (const c of cases) {
    it(`${c.country}: the licence and the national ID make a driver VERIFIED; each missing one is named`, async () => {
      const d = await driverWithProfile(c.country);
      let e = await eligibility(d.id);
      expect(e.allowed).toBe(false);
      expect(e.reasons).toEqual(
        expect.arrayContaining([
          'DRIVER_NOT_VERIFIED',
          'IDENTITY_NOT_VERIFIED',
          'ADDRESS_NOT_VERIFIED',
          'MISSING_DOCUMENT:DRIVER_LICENSE',
          ...(c.missingNational ? [c.missingNational] : []),
        ]),
      );

      await submit(d.id, doc(c.country, 'DRIVER_LICENSE', `DL${digits(8)}`));
      e = await eligibility(d.id);
      if (c.missingNational) {
        expect(e.reasons).toEqual(['DRIVER_NOT_VERIFIED', c.missingNational]);
        for (const [type, number] of c.national) await submit(d.id, doc(c.country, type, number));
      }
      e = await eligibility(d.id);
      expect(e).toEqual({ allowed: true, reasons: [] });
      expect(await eligibility(d.id, 'GO_ONLINE')).toEqual({ allowed: true, reasons: [] });
      const v = await h.client.call('GetVerification', { userId: d.id });
      expect(v).toMatchObject({ status: 'VERIFIED', identityVerified: true, addressVerified: true, driverStatus: 'VERIFIED', missingRequirements: [] });
      const [row] = await sql<{ driver_status: string }>(h.db.url, 'select driver_status from app_user where id = $1', [d.id]);
      expect(row?.driver_status).toBe('VERIFIED');
    });
  }

  it('a Nigerian driver with a licence but no NIN, or a NIN but no licence, cannot withdraw', async () => {
    const noNin = await driverWithProfile('NG');
    await submit(noNin.id, doc('NG', 'DRIVER_LICENSE', `DL${digits(8)}`));
    expect(await eligibility(noNin.id)).toEqual({ allowed: false, reasons: ['DRIVER_NOT_VERIFIED', 'MISSING_DOCUMENT:NIN'] });
    const noLicence = await driverWithProfile('NG');
    await submit(noLicence.id, doc('NG', 'NIN', digits(11), { expiryDate: '' }));
    expect(await eligibility(noLicence.id)).toEqual({ allowed: false, reasons: ['DRIVER_NOT_VERIFIED', 'MISSING_DOCUMENT:DRIVER_LICENSE'] });
  });

  it('a date of birth changed after verification sends the documents back to an admin', async () => {
    const d = await driverWithProfile('NG');
    await submit(d.id, doc('NG', 'DRIVER_LICENSE', `DL${digits(8)}`));
    await submit(d.id, doc('NG', 'NIN', digits(11), { expiryDate: '' }));
    expect((await eligibility(d.id)).allowed).toBe(true);
    // The same profile again changes nothing.
    await h.client.call('PutProfile', { userId: d.id, profile: profileFor('NG') }, { actor: d.actor });
    expect((await eligibility(d.id)).allowed).toBe(true);
    const v = await h.client.call('PutProfile', { userId: d.id, profile: { ...profileFor('NG'), dateOfBirth: '1960-12-12' } }, { actor: d.actor });
    expect(v).toMatchObject({ status: 'PENDING_REVIEW', driverStatus: 'PENDING_VERIFICATION' });
    expect(v.documents.map((x) => x.status)).toEqual(['PENDING', 'PENDING']);
    expect(v.reviewFlags.map((f) => f.reason)).toEqual(['DATE_OF_BIRTH_CHANGED', 'DATE_OF_BIRTH_CHANGED']);
    expect((await eligibility(d.id)).allowed).toBe(false);
  });

  it('an expired licence takes the driver out of VERIFIED when it expires, with no job run', async () => {
    const d = await driverWithProfile('NG');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await submit(d.id, doc('NG', 'DRIVER_LICENSE', `DL${digits(8)}`, { expiryDate: tomorrow }));
    await submit(d.id, doc('NG', 'NIN', digits(11), { expiryDate: '' }));
    expect((await eligibility(d.id)).allowed).toBe(true);
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
    expect(await eligibilityOf(h.app.ctx, d.id, 'WITHDRAW', 'live', inThreeDays)).toEqual({
      allowed: false,
      reasons: ['DRIVER_NOT_VERIFIED', 'DOCUMENT_EXPIRED:DRIVER_LICENSE'],
    });
  });

  it('riders never withdraw; test-mode accounts never move live money; a blocked user moves nothing', async () => {
    const rider = await h.register('RIDER', 'NG');
    expect(await eligibility(rider.id)).toEqual({ allowed: false, reasons: ['PROFILE_MISSING', 'ROLE_CANNOT_WITHDRAW'] });
    expect(await eligibility(rider.id, 'TRANSACT')).toEqual({ allowed: false, reasons: ['PROFILE_MISSING'] });
    await h.client.call('PutProfile', { userId: rider.id, profile: profileFor('NG') }, { actor: rider.actor });
    expect(await eligibility(rider.id, 'TRANSACT')).toEqual({ allowed: true, reasons: [] });
    expect((await eligibility(rider.id)).reasons).toEqual(['ROLE_CANNOT_WITHDRAW']);
    expect((await eligibility(rider.id, 'ACCEPT_TRIP')).reasons).toEqual(['ROLE_NOT_DRIVER']);

    const tester = await h.register('RIDER', 'NG', true);
    await h.client.call('PutProfile', { userId: tester.id, profile: profileFor('NG') }, { actor: tester.actor });
    expect(await eligibility(tester.id, 'TRANSACT', 'test')).toEqual({ allowed: true, reasons: [] });
    expect(await eligibility(tester.id, 'TRANSACT', 'live')).toEqual({ allowed: false, reasons: ['TEST_MODE_REAL_PAYOUT'] });

    const manager = await h.admin(['MANAGE_USERS']);
    await h.client.call('SetUserBlocked', { userId: rider.id, blocked: true, reason: 'chargeback fraud' }, { actor: manager });
    expect(await eligibility(rider.id, 'TRANSACT')).toEqual({ allowed: false, reasons: ['USER_BLOCKED'] });
    expect(await codeOf(h.client.call('Login', { email: rider.email, password: rider.password }))).toBe('USER_BLOCKED');
    await h.client.call('SetUserBlocked', { userId: rider.id, blocked: false, reason: '' }, { actor: manager });
    expect(await eligibility(rider.id, 'TRANSACT')).toEqual({ allowed: true, reasons: [] });
    expect(await codeOf(h.client.call('Login', { email: rider.email, password: rider.password }))).toBe('OK');
  });

  it('a suspended driver is SUSPENDED until reinstated, then VERIFIED again', async () => {
    const d = await driverWithProfile('US');
    await submit(d.id, doc('US', 'DRIVER_LICENSE', `DL${digits(8)}`));
    const manager = await h.admin(['MANAGE_USERS']);
    const suspended = await h.client.call('SetDriverSuspended', { userId: d.id, suspended: true, reason: 'safety report' }, { actor: manager });
    expect(suspended.driverStatus).toBe('SUSPENDED');
    expect(await eligibility(d.id, 'ACCEPT_TRIP')).toEqual({ allowed: false, reasons: ['DRIVER_SUSPENDED'] });
    const back = await h.client.call('SetDriverSuspended', { userId: d.id, suspended: false, reason: 'cleared' }, { actor: manager });
    expect(back.driverStatus).toBe('VERIFIED');
    expect(await codeOf(h.client.call('SetDriverSuspended', { userId: d.id, suspended: true, reason: '' }, { actor: manager }))).toBe('REASON_REQUIRED');
  });
});

describe('name and address matching and the review queue', () => {
  it('an address mismatch blocks eligibility and lands in the queue; approval with a reason clears it', async () => {
    const d = await driverWithProfile('NG');
    await submit(d.id, doc('NG', 'DRIVER_LICENSE', `DL${digits(8)}`, { holderAddress: { ...RESIDENCE.NG, line1: '99 Allen Avenue' } }));
    await submit(d.id, doc('NG', 'NIN', digits(11), { expiryDate: '', holderAddress: null }));
    const e = await eligibility(d.id);
    expect(e).toEqual({ allowed: false, reasons: ['DRIVER_NOT_VERIFIED', 'ADDRESS_NOT_VERIFIED'] });

    const kyc = await h.admin(['MANAGE_KYC']);
    const queue = await h.client.call(
      'ListKycQueue',
      { status: 'PENDING_REVIEW', countryCode: 'NG', role: 'DRIVER', page: { pageSize: 100, cursor: '' } },
      { actor: kyc },
    );
    const item = queue.items.find((i) => i.userId === d.id);
    expect(item?.verification?.reviewFlags).toEqual([expect.objectContaining({ reason: 'ADDRESS_MISMATCH', status: 'OPEN' })]);

    await h.client.call('DecideProfile', { userId: d.id, decision: 'APPROVE', reason: 'utility bill shows the residence address' }, { actor: kyc });
    expect(await eligibility(d.id)).toEqual({ allowed: true, reasons: [] });
    const v = await h.client.call('GetVerification', { userId: d.id });
    expect(v.reviewFlags[0]).toMatchObject({ status: 'APPROVED', decisionReason: 'utility bill shows the residence address' });
  });

  it('a rejection keeps the user blocked and shows the reason to the user', async () => {
    const d = await driverWithProfile('BD');
    await submit(d.id, doc('BD', 'DRIVER_LICENSE', `DL${digits(8)}`, { holderAddress: { ...RESIDENCE.BD, city: 'Chittagong' } }));
    const kyc = await h.admin(['MANAGE_KYC']);
    expect(await codeOf(h.client.call('DecideProfile', { userId: d.id, decision: 'REJECT', reason: '' }, { actor: kyc }))).toBe('REASON_REQUIRED');
    await h.client.call('DecideProfile', { userId: d.id, decision: 'REJECT', reason: 'the licence address is in another city' }, { actor: kyc });
    const v = await h.client.call('GetVerification', { userId: d.id });
    expect(v).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'the licence address is in another city',
      addressVerified: false,
      driverStatus: 'PENDING_VERIFICATION',
    });
    expect((await eligibility(d.id)).reasons).toEqual(expect.arrayContaining(['PROFILE_REJECTED', 'DRIVER_NOT_VERIFIED', 'ADDRESS_NOT_VERIFIED']));
  });

  it('answers whether another name (a payout account holder) is the legal name, without revealing it', async () => {
    const d = await driverWithProfile('NG');
    expect(await h.client.call('MatchLegalName', { userId: d.id, name: 'OKAFOR AMAKA' })).toEqual({ hasProfile: true, matches: true });
    expect(await h.client.call('MatchLegalName', { userId: d.id, name: 'Chidi Okafor' })).toEqual({ hasProfile: true, matches: false });
    const none = await h.register('DRIVER', 'NG');
    expect(await h.client.call('MatchLegalName', { userId: none.id, name: 'Amaka Okafor' })).toEqual({ hasProfile: false, matches: false });
  });

  it('matches several names in one call, answered in the order asked, the same as one at a time', async () => {
    const d = await driverWithProfile('NG');
    const none = await h.register('DRIVER', 'NG');
    const asked = [
      { userId: d.id, name: 'Chidi Okafor' },
      { userId: none.id, name: 'Amaka Okafor' },
      { userId: d.id, name: 'OKAFOR AMAKA' },
    ];
    const { results } = await h.client.call('MatchLegalNames', { names: asked });
    expect(results).toEqual([
      { hasProfile: true, matches: false },
      { hasProfile: false, matches: false },
      { hasProfile: true, matches: true },
    ]);
    for (const [i, one] of asked.entries()) expect(await h.client.call('MatchLegalName', one)).toEqual(results[i]);
    await expect(h.client.call('MatchLegalNames', { names: Array.from({ length: 201 }, () => asked[0]!) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('case, spacing, punctuation, abbreviations and name order do not make a mismatch; a different name does', async () => {
    const d = await driverWithProfile('US');
    await submit(
      d.id,
      doc('US', 'DRIVER_LICENSE', `DL${digits(8)}`, {
        holderName: 'OKAFOR,  AMAKA',
        holderAddress: { line1: '350 5th Ave'.replace('5th', 'Fifth'), city: 'new york', state: 'ny', postalCode: '10118', countryCode: 'US' },
      }),
    );
    expect(await eligibility(d.id)).toEqual({ allowed: true, reasons: [] });
    const other = await driverWithProfile('US');
    await submit(other.id, doc('US', 'DRIVER_LICENSE', `DL${digits(8)}`, { holderName: 'Chidi Okafor' }));
    const v = await h.client.call('GetVerification', { userId: other.id });
    expect(v).toMatchObject({ status: 'PENDING_REVIEW', identityVerified: false });
    expect(v.reviewFlags.map((f) => f.reason)).toEqual(['NAME_MISMATCH']);
    expect(v.documents[0]).toMatchObject({ status: 'PENDING' });
  });

  it('the simulated provider: no match and unavailable go to manual review; an admin decides the document', async () => {
    const d = await driverWithProfile('NG');
    const licence = await submit(d.id, doc('NG', 'DRIVER_LICENSE', 'DL12345699'));
    const nin = await submit(d.id, doc('NG', 'NIN', '123456789 98', { expiryDate: '' }));
    expect([licence.status, nin.status]).toEqual(['PENDING', 'PENDING']);
    let v = await h.client.call('GetVerification', { userId: d.id });
    expect(v.reviewFlags.map((f) => f.reason).sort()).toEqual(['PROVIDER_NO_MATCH', 'PROVIDER_UNAVAILABLE']);
    expect(v.missingRequirements).toEqual(['DOCUMENT_PENDING:DRIVER_LICENSE', 'DOCUMENT_PENDING:NIN']);
    const kyc = await h.admin(['MANAGE_KYC']);
    await h.client.call('DecideDocument', { documentId: nin.id, decision: 'APPROVE', reason: 'checked against the NIMC slip' }, { actor: kyc });
    const rejected = await h.client.call(
      'DecideDocument',
      { documentId: licence.id, decision: 'REJECT', reason: 'the licence photo is unreadable; number AKW06968AA2 not 06968 222 11' },
      { actor: kyc },
    );
    // The reason is shown to the driver and kept in the trail: a long number typed into it keeps its last four.
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      verificationMethod: 'manual',
      rejectionReason: 'the licence photo is unreadable; number ****8AA2 not ****2211',
    });
    // Decided again the same way: refused, and the first reason stands.
    expect(await codeOf(h.client.call('DecideDocument', { documentId: licence.id, decision: 'REJECT', reason: 'again' }, { actor: kyc }))).toBe(
      'DOCUMENT_ALREADY_DECIDED',
    );
    expect(await codeOf(h.client.call('DecideDocument', { documentId: nin.id, decision: 'APPROVE', reason: 'again' }, { actor: kyc }))).toBe(
      'DOCUMENT_ALREADY_DECIDED',
    );
    v = await h.client.call('GetVerification', { userId: d.id });
    expect(v.missingRequirements).toEqual(['DOCUMENT_REJECTED:DRIVER_LICENSE']);
    expect(v.documents.find((x) => x.id === nin.id)).toMatchObject({ status: 'VERIFIED', verificationMethod: 'manual' });
  });
});

describe('one document, one person', () => {
  it('refuses a number another user holds, in any formatting: flags both users, keeps the later one for review, leaves the holder verified', async () => {
    const first = await driverWithProfile('NG');
    const second = await driverWithProfile('NG');
    const nin = digits(11);
    await submit(first.id, doc('NG', 'NIN', nin, { expiryDate: '' }));
    const holderBefore = await h.client.call('GetVerification', { userId: first.id });
    const spaced = `${nin.slice(0, 3)} ${nin.slice(3, 7)}-${nin.slice(7)}`;
    expect(await codeOf(submit(second.id, doc('NG', 'NIN', spaced, { expiryDate: '' })))).toBe('DOCUMENT_ALREADY_REGISTERED');
    const [holder, later] = await Promise.all([first.id, second.id].map((userId) => h.client.call('GetVerification', { userId })));
    for (const v of [holder!, later!]) expect(v.reviewFlags.map((f) => f.reason)).toContain('DOCUMENT_REUSED');
    expect(holder).toMatchObject({ identityVerified: true, documents: [expect.objectContaining({ documentType: 'NIN', status: 'VERIFIED' })] });
    expect(holder!.status).toBe(holderBefore.status); // the holder's status is what it was: only an admin's decision changes it
    expect(later).toMatchObject({
      status: 'PENDING_REVIEW',
      identityVerified: false,
      documents: [expect.objectContaining({ documentType: 'NIN', status: 'PENDING' })],
    });
  });

  it('a claim stays flagged until an admin decides, whatever is sent after it; another country is no way round a number held', async () => {
    const holder = await driverWithProfile('NG');
    const claimant = await driverWithProfile('NG');
    const licence = `ABC${digits(8)}`;
    await submit(holder.id, doc('NG', 'DRIVER_LICENSE', licence));
    expect(await codeOf(submit(claimant.id, doc('NG', 'DRIVER_LICENSE', licence)))).toBe('DOCUMENT_ALREADY_REGISTERED');
    // The same number under a country that issues nothing, or a licence of a country the driver does not drive in.
    expect(await codeOf(submit(claimant.id, doc('QQ', 'DRIVER_LICENSE', licence)))).toBe('INVALID_FIELD');
    expect(await codeOf(submit(claimant.id, doc('ZZ', 'PASSPORT', 'A1234567')))).toBe('INVALID_FIELD');
    expect(await codeOf(submit(claimant.id, doc('US', 'DRIVER_LICENSE', licence)))).toBe('DOCUMENT_NOT_ISSUED_IN_COUNTRY');
    // Other licences sent after the claim: the claim's flag moves to each, still open, and each waits for
    // the admin instead of being verified; the claimant is not verified meanwhile.
    for (let again = 0; again < 2; again++) {
      await submit(claimant.id, doc('NG', 'DRIVER_LICENSE', `XYZ${digits(8)}`));
      const after = await h.client.call('GetVerification', { userId: claimant.id });
      const live = after.documents.find((d) => d.documentType === 'DRIVER_LICENSE')!;
      expect(live.status).toBe('PENDING');
      expect(after.reviewFlags.filter((f) => f.reason === 'DOCUMENT_REUSED')).toEqual([expect.objectContaining({ documentId: live.id, status: 'OPEN' })]);
      expect(after).toMatchObject({ identityVerified: false, status: 'PENDING_REVIEW' });
    }
    // The holder renewing their own licence is not held up by the claim on the old one.
    const renewed = await submit(holder.id, doc('NG', 'DRIVER_LICENSE', `ABC${digits(8)}`));
    expect(renewed.status).toBe('VERIFIED');
    // Far-future expiry dates are slips, not documents.
    expect(await codeOf(submit(claimant.id, doc('NG', 'DRIVER_LICENSE', `XYZ${digits(8)}`, { expiryDate: '9999-12-31' })))).toBe('INVALID_DATE');
  });

  it('a 17-digit Bangladesh NID is the same card as its 13-digit form', async () => {
    const first = await driverWithProfile('BD');
    const second = await driverWithProfile('BD');
    const thirteen = digits(13);
    await submit(first.id, doc('BD', 'NID', `1990${thirteen}`, { expiryDate: '' }));
    expect(await codeOf(submit(second.id, doc('BD', 'NID', thirteen, { expiryDate: '' })))).toBe('DOCUMENT_ALREADY_REGISTERED');
  });

  it('two users submitting the same number at once: exactly one keeps it, the others wait for review', async () => {
    const users = await Promise.all([driverWithProfile('NG'), driverWithProfile('NG'), driverWithProfile('NG'), driverWithProfile('NG')]);
    const nin = digits(11);
    const outcomes = await Promise.all(users.map((u) => codeOf(submit(u.id, doc('NG', 'NIN', nin, { expiryDate: '' })))));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'DOCUMENT_ALREADY_REGISTERED')).toHaveLength(3);
    const counts = await sql<{ status: string; n: string }>(
      h.db.url,
      `select status || case when reuse_of is null then '' else ' reused' end as status, count(*)::text n from identity_document where user_id = any($1::uuid[]) and status <> 'SUPERSEDED' group by 1 order by 1`,
      [users.map((u) => u.id)],
    );
    expect(counts).toEqual([
      { status: 'PENDING reused', n: '3' },
      { status: 'VERIFIED', n: '1' },
    ]);
  });

  it('SSN_LAST4 is never a uniqueness key: two people may share the last four', async () => {
    const a = await driverWithProfile('US');
    const b = await h.register('DRIVER', 'US');
    await h.client.call('PutProfile', { userId: b.id, profile: profileFor('US', { first: 'John', last: 'Miller' }) }, { actor: b.actor });
    expect(await codeOf(submit(a.id, doc('US', 'SSN_LAST4', '1234', { expiryDate: '' })))).toBe('OK');
    expect(await codeOf(submit(b.id, doc('US', 'SSN_LAST4', '1234', { expiryDate: '', holderName: 'John Miller' })))).toBe('OK');
    const v = await h.client.call('GetVerification', { userId: b.id });
    expect(v.reviewFlags.map((f) => f.reason)).not.toContain('DOCUMENT_REUSED');
    // The same four digits with the same name and birth date: the same person, so both are reviewed.
    const twin = await driverWithProfile('US');
    expect(await codeOf(submit(twin.id, doc('US', 'SSN_LAST4', '1234', { expiryDate: '' })))).toBe('OK');
    for (const id of [twin.id, a.id])
      expect((await h.client.call('GetVerification', { userId: id })).reviewFlags.map((f) => f.reason)).toContain('DOCUMENT_REUSED');
    // Two accounts are never both verified by one person's number: the twin's is refused while the first one's is verified.
    const kyc = await h.admin(['MANAGE_KYC']);
    const ssnOf = async (userId: string) => (await h.client.call('GetVerification', { userId })).documents.find((d) => d.documentType === 'SSN_LAST4')!;
    const [first, second] = [await ssnOf(a.id), await ssnOf(twin.id)];
    expect([first.status, second.status]).toEqual(['VERIFIED', 'PENDING']);
    const approve = (documentId: string, reason = 'SSA letter checked') =>
      h.client.call('DecideDocument', { documentId, decision: 'APPROVE', reason }, { actor: kyc });
    // Past its open flag, an approval says what was checked.
    expect(await codeOf(approve(second.id, ''))).toBe('NOTE_REQUIRED');
    expect(await codeOf(approve(second.id))).toBe('DOCUMENT_HELD_BY_ANOTHER_ACCOUNT');
    expect(await ssnOf(twin.id)).toMatchObject({ status: 'PENDING' });
    // Once the first one's is rejected (it was the impostor), the twin's can be approved.
    await h.client.call('DecideDocument', { documentId: first.id, decision: 'REJECT', reason: 'a second account of the same person' }, { actor: kyc });
    expect(await approve(second.id)).toMatchObject({ status: 'VERIFIED' });
    // The other John Miller's, same four digits, another person: never refused for it.
    expect((await ssnOf(b.id)).status).toBe('VERIFIED');
    // A third account of the same person: approving its profile closes its flags, and still its SSN is refused.
    const third = await driverWithProfile('US');
    await submit(third.id, doc('US', 'SSN_LAST4', '1234', { expiryDate: '' }));
    await h.client.call('DecideProfile', { userId: third.id, decision: 'APPROVE', reason: 'address checked' }, { actor: kyc });
    expect((await h.client.call('GetVerification', { userId: third.id })).reviewFlags.filter((f) => f.status === 'OPEN')).toEqual([]);
    expect(await codeOf(approve((await ssnOf(third.id)).id))).toBe('DOCUMENT_HELD_BY_ANOTHER_ACCOUNT');
  });

  it('tells an admin the legal names of several users at once; users without a profile are left out; others are refused', async () => {
    const named = await h.register('DRIVER', 'US');
    await h.client.call('PutProfile', { userId: named.id, profile: profileFor('US', { first: 'John', last: 'Miller' }) }, { actor: named.actor });
    const unnamed = await h.register('DRIVER', 'NG');
    const admin = await h.admin(['VIEW_PAYOUTS']);
    const { names } = await h.client.call('GetLegalNames', { userIds: [named.id, unnamed.id, named.id] }, { actor: admin });
    expect(names).toEqual([{ userId: named.id, legalName: 'John Miller' }]);
    expect(await codeOf(h.client.call('GetLegalNames', { userIds: [named.id] }, { actor: named.actor }))).toBe('ADMIN_ONLY');
    expect(await codeOf(h.client.call('GetLegalNames', { userIds: ['not-a-uuid'] }, { actor: admin }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(h.client.call('GetLegalNames', { userIds: Array.from({ length: 201 }, () => crypto.randomUUID()) }, { actor: admin }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('no response, log line or event carries a document number', async () => {
    const d = await driverWithProfile('NG');
    const nin = digits(11);
    const licence = `DL${digits(8)}`;
    const responses: unknown[] = [
      await submit(d.id, doc('NG', 'NIN', nin, { expiryDate: '' })),
      await submit(d.id, doc('NG', 'DRIVER_LICENSE', licence)),
      await h.client.call('GetVerification', { userId: d.id }),
    ];
    const other = await driverWithProfile('NG');
    responses.push(await submit(other.id, doc('NG', 'NIN', nin, { expiryDate: '' })).catch((e: Error) => ({ message: e.message })));
    responses.push(await submit(other.id, doc('NG', 'NIN', `${nin}0`, { expiryDate: '' })).catch((e: Error) => ({ message: e.message })));
    await eventually(
      () => h.watcher.events().filter((e) => e.data.userId === other.id && e.type === 'identity.review-flag-raised.v1'),
      (e) => e.length >= 1,
    );
    const everything = [JSON.stringify(responses), h.logLines.join('\n'), JSON.stringify(h.watcher.events())];
    expect(h.logLines.length).toBeGreaterThan(0);
    expect(h.watcher.events().some((e) => e.data.userId === d.id && e.type === 'identity.document-submitted.v1')).toBe(true);
    for (const text of everything) {
      expect(text).not.toContain(nin);
      expect(text).not.toContain(licence);
    }
  });
});

describe('checks on who asks and what they send', () => {
  it('only admins with MANAGE_KYC decide KYC; only MANAGE_USERS blocks', async () => {
    const d = await driverWithProfile('NG');
    const submitted = await submit(d.id, doc('NG', 'NIN', digits(11), { expiryDate: '' }));
    const other = await h.register('DRIVER', 'NG');
    expect(await codeOf(h.client.call('DecideDocument', { documentId: submitted.id, decision: 'APPROVE', reason: '' }, { actor: d.actor }))).toBe('ADMIN_ONLY');
    expect(await codeOf(h.client.call('DecideProfile', { userId: d.id, decision: 'APPROVE', reason: '' }, { actor: other.actor }))).toBe('ADMIN_ONLY');
    const viewer = await h.admin(['VIEW_WALLETS']);
    expect(await codeOf(h.client.call('DecideProfile', { userId: d.id, decision: 'APPROVE', reason: '' }, { actor: viewer }))).toBe('PERMISSION_DENIED');
    expect(await codeOf(h.client.call('ListKycQueue', { status: '', countryCode: '', role: '', page: { pageSize: 10, cursor: '' } }, { actor: viewer }))).toBe(
      'PERMISSION_DENIED',
    );
    const kyc = await h.admin(['MANAGE_KYC']);
    expect(await codeOf(h.client.call('SetUserBlocked', { userId: d.id, blocked: true, reason: 'x' }, { actor: kyc }))).toBe('PERMISSION_DENIED');
  });

  it('finds users for the admin by id or by the start of their email, whatever their status, with LIKE wildcards taken literally', async () => {
    const rider = await h.register('RIDER', 'NG');
    const kyc = await h.admin(['MANAGE_KYC']);
    const find = async (query: string) =>
      (await h.client.call('ListKycQueue', { status: '', countryCode: '', role: '', query, page: { pageSize: 100, cursor: '' } }, { actor: kyc })).items.map(
        (i) => i.userId,
      );
    expect(await find(rider.id)).toEqual([rider.id]);
    expect(await find(rider.id.toUpperCase())).toEqual([rider.id]);
    expect(await find(rider.email.slice(0, rider.email.indexOf('@')).toUpperCase())).toEqual([rider.id]);
    expect(await find(rider.email)).toEqual([rider.id]);
    expect(await find('%')).toEqual([]);
    expect(await find('_')).toEqual([]);
    expect(
      await codeOf(
        h.client.call('ListKycQueue', { status: '', countryCode: '', role: '', query: 'x'.repeat(255), page: { pageSize: 10, cursor: '' } }, { actor: kyc }),
      ),
    ).toBe('INVALID_FILTER');
  });

  it('bad input is refused with a stable code and changes nothing', async () => {
    const d = await h.register('DRIVER', 'NG');
    const put = (patch: Record<string, unknown>) =>
      codeOf(h.client.call('PutProfile', { userId: d.id, profile: { ...profileFor('NG'), ...patch } }, { actor: d.actor }));
    expect(await put({ dateOfBirth: '1990-02-30' })).toBe('INVALID_DATE');
    expect(await put({ dateOfBirth: '2999-01-01' })).toBe('INVALID_DATE');
    expect(await put({ dateOfBirth: '12/04/1990' })).toBe('INVALID_DATE');
    expect(await put({ countryCode: 'ZZ' })).toBe('INVALID_FIELD');
    expect(await put({ legalFirstName: 'x'.repeat(101) })).toBe('INVALID_FIELD');
    expect(await put({ residence: { ...RESIDENCE.NG, countryCode: 'nigeria' } })).toBe('INVALID_FIELD');
    const [profiles] = await sql<{ n: string }>(h.db.url, 'select count(*)::text n from identity_profile where user_id = $1', [d.id]);
    expect(profiles?.n).toBe('0');

    expect(await codeOf(submit(d.id, doc('NG', 'NIN', digits(11), { expiryDate: '' })))).toBe('PROFILE_MISSING');
    await h.client.call('PutProfile', { userId: d.id, profile: profileFor('NG') }, { actor: d.actor });
    expect(await codeOf(submit(d.id, doc('NG', 'NIN', '1234')))).toBe('INVALID_DOCUMENT_NUMBER');
    expect(await codeOf(submit(d.id, doc('NG', 'NID', digits(13))))).toBe('DOCUMENT_NOT_ISSUED_IN_COUNTRY');
    expect(await codeOf(submit(d.id, doc('NG', 'VOTER_CARD', digits(11))))).toBe('UNKNOWN_DOCUMENT_TYPE');
    expect(await codeOf(submit(d.id, doc('NG', 'DRIVER_LICENSE', `DL${digits(8)}`, { expiryDate: '2020-01-01' })))).toBe('DOCUMENT_EXPIRED');
    expect(await codeOf(submit(d.id, doc('NG', 'DRIVER_LICENSE', `DL${digits(8)}`, { expiryDate: '2030-13-01' })))).toBe('INVALID_DATE');
    expect(await codeOf(submit(d.id, doc('NG', 'DRIVER_LICENSE', `DL${digits(8)}`, { holderName: 'x'.repeat(201) })))).toBe('INVALID_FIELD');
    const [docs] = await sql<{ n: string }>(h.db.url, 'select count(*)::text n from identity_document where user_id = $1', [d.id]);
    expect(docs?.n).toBe('0');
  });

  it('names a refused field as the REST request does, so the gateway puts the words beside that field', async () => {
    const d = await h.register('DRIVER', 'NG');
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'OK',
        (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
      );
    const put = (residence: Record<string, unknown>) =>
      refusal(
        h.client.call('PutProfile', { userId: d.id, profile: { ...profileFor('NG'), residence: { ...RESIDENCE.NG, ...residence } } }, { actor: d.actor }),
      );
    expect(await put({ line1: ' ' })).toBe('INVALID_FIELD: residenceAddressLine1: must be 1 to 200 characters');
    expect(await put({ city: 'x'.repeat(101) })).toBe('INVALID_FIELD: residenceCity: must be 1 to 100 characters');
    expect(await put({ postalCode: 'x'.repeat(21) })).toBe('INVALID_FIELD: residencePostalCode: must be at most 20 characters');

    await h.client.call('PutProfile', { userId: d.id, profile: profileFor('NG') }, { actor: d.actor });
    const withHolderAddress = (address: Record<string, unknown>) =>
      refusal(submit(d.id, doc('NG', 'NIN', digits(11), { expiryDate: '', holderAddress: { ...RESIDENCE.NG, ...address } })));
    expect(await withHolderAddress({ line1: '' })).toBe('INVALID_FIELD: holderAddress.line1: must be 1 to 200 characters');
    expect(await withHolderAddress({ state: 'x'.repeat(101) })).toBe('INVALID_FIELD: holderAddress.state: must be at most 100 characters');
    expect(await withHolderAddress({ countryCode: 'ng' })).toBe('INVALID_FIELD: holderAddress.countryCode: must be an ISO 3166 alpha-2 code');
  });

  it("keeps the residence in a country the platform serves, not necessarily the account's", async () => {
    const d = await h.register('RIDER', 'NG');
    const put = (countryCode: string) =>
      codeOf(h.client.call('PutProfile', { userId: d.id, profile: { ...profileFor('NG'), residence: { ...RESIDENCE.NG, countryCode } } }, { actor: d.actor }));
    // Shaped as a code, but no country (ZZ is user-assigned in ISO 3166), or one the platform does not serve.
    for (const code of ['ZZ', 'XX', 'FR']) {
      const refused = h.client.call(
        'PutProfile',
        { userId: d.id, profile: { ...profileFor('NG'), residence: { ...RESIDENCE.NG, countryCode: code } } },
        { actor: d.actor },
      );
      await expect(refused).rejects.toMatchObject({
        code: 'INVALID_FIELD',
        message: expect.stringMatching(/^residenceCountryCode: must be a country the platform serves \(.*NG.*\)$/),
      });
    }
    const [profiles] = await sql<{ n: string }>(h.db.url, 'select count(*)::text n from identity_profile where user_id = $1', [d.id]);
    expect(profiles?.n).toBe('0');
    // SPEC section 3 keeps the residence apart from the account's country: a Nigerian account living in Ghana may say so.
    expect(await put('GH')).toBe('OK');
    const [saved] = await sql<{ c: string }>(h.db.url, 'select residence_country_code c from identity_profile where user_id = $1', [d.id]);
    expect(saved?.c).toBe('GH');
  });
});
