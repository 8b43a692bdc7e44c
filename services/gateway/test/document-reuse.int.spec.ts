import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { digits, expectProblem, nin, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// A known document number must not freeze a driver (SPEC section 3, 12.9): the first verified holder
// keeps their status, the later submission goes to review, and only an admin decides.

let stack: Stack;
let client: ReturnType<typeof api>;
let kycAdmin: string;
const { adminToken, submit, eligibility, verifiedDriver } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwreuse');
  client = api(stack.url);
  kycAdmin = await adminToken(stack, ['MANAGE_KYC']);
});
afterAll(async () => stack?.stop());

interface Doc {
  id: string;
  documentType: string;
  status: string;
}
interface Flag {
  reason: string;
  status: string;
  documentId: string | null;
}
const verification = async (token: string) => (await client.call('GET', '/api/me/verification', { token })).body;
const ninOf = (v: { documents: Doc[] }) => v.documents.find((d) => d.documentType === 'NIN')!;
const DRIVER_ACTIONS = ['GO_ONLINE', 'ACCEPT_TRIP', 'WITHDRAW'];

/** Driver A verified with a NIN; driver B, same name, then submits A's NIN (spaced differently). */
async function reusedNin() {
  const number = digits(11);
  const a = await verifiedDriver(number);
  const b = await client.register('DRIVER', 'NG');
  await client.saveProfile(b.token, 'NG');
  expectProblem(await submit(b.token, nin(`${number.slice(0, 4)} ${number.slice(4)}`)), 409, 'DOCUMENT_ALREADY_REGISTERED');
  return { a, b };
}

const queueItem = async (userId: string) => {
  const r = await client.call('GET', '/api/admin/kyc?status=PENDING_REVIEW&role=DRIVER&limit=100', { token: kycAdmin });
  expect(r.status).toBe(200);
  return r.body.items.find((i: { userId: string }) => i.userId === userId);
};

describe('a NIN already verified for another driver', () => {
  it('leaves the holder VERIFIED and able to work and withdraw; the later submission waits for review, unverified; the admin queue shows both flags', async () => {
    const { a, b } = await reusedNin();

    for (const action of DRIVER_ACTIONS) expect(await eligibility(a.token, action)).toEqual({ allowed: true, reasons: [] });
    const holder = await verification(a.token);
    // Its status too: only an admin's decision changes the holder's (SPEC 3).
    expect(holder).toMatchObject({ status: 'VERIFIED', driverStatus: 'VERIFIED', identityVerified: true, addressVerified: true, missingRequirements: [] });
    expect(ninOf(holder).status).toBe('VERIFIED');
    expect(holder.reviewFlags).toEqual([expect.objectContaining({ reason: 'DOCUMENT_REUSED', status: 'OPEN', documentId: ninOf(holder).id })]);
    expect((await client.call('GET', '/api/me', { token: a.token })).body).toMatchObject({ driverStatus: 'VERIFIED' });
    expect(await client.call('POST', '/api/driver/online', { token: a.token })).toMatchObject({ status: 200 });

    const later = await verification(b.token);
    expect(later).toMatchObject({ driverStatus: 'PENDING_VERIFICATION', identityVerified: false, status: 'PENDING_REVIEW' });
    expect(ninOf(later).status).toBe('PENDING');
    expect(later.reviewFlags).toEqual([expect.objectContaining({ reason: 'DOCUMENT_REUSED', status: 'OPEN', documentId: ninOf(later).id })]);
    expect(await eligibility(b.token, 'GO_ONLINE')).toEqual({
      allowed: false,
      reasons: expect.arrayContaining(['DRIVER_NOT_VERIFIED', 'DOCUMENT_PENDING:NIN']),
    });

    // The admin sees the holder (still VERIFIED) and the later submitter in the review queue, each with the flag.
    const aItem = await queueItem(a.id);
    expect(aItem.verification).toMatchObject({
      status: 'VERIFIED',
      driverStatus: 'VERIFIED',
      reviewFlags: [expect.objectContaining({ reason: 'DOCUMENT_REUSED', status: 'OPEN' })],
    });
    const bItem = await queueItem(b.id);
    expect(bItem.verification.reviewFlags.map((f: Flag) => f.reason)).toContain('DOCUMENT_REUSED');
  });

  it("an admin who decides against the holder takes them out of VERIFIED; only then may the later submitter's document be approved", async () => {
    const { a, b } = await reusedNin();
    const held = ninOf(await verification(a.token));
    const claimed = ninOf(await verification(b.token));

    // Past its open flag an approval needs a note; and while the holder's document stands, the later one cannot be approved over it.
    expectProblem(await client.call('POST', `/api/admin/kyc/documents/${claimed.id}/approve`, { token: kycAdmin, body: {} }), 400, 'NOTE_REQUIRED');
    const checked = { reason: 'the NIMC record names this account' };
    expectProblem(
      await client.call('POST', `/api/admin/kyc/documents/${claimed.id}/approve`, { token: kycAdmin, body: checked }),
      409,
      'DOCUMENT_HELD_BY_ANOTHER_ACCOUNT',
    );
    expect(await eligibility(a.token, 'GO_ONLINE')).toEqual({ allowed: true, reasons: [] });

    const rejected = await client.call('POST', `/api/admin/kyc/documents/${held.id}/reject`, {
      token: kycAdmin,
      body: { rejectionReason: 'the NIMC record names the other account' },
    });
    expect(rejected).toMatchObject({ status: 200, body: { id: held.id, status: 'REJECTED' } });
    expect(await verification(a.token)).toMatchObject({ driverStatus: 'PENDING_VERIFICATION', identityVerified: false });
    for (const action of DRIVER_ACTIONS)
      expect(await eligibility(a.token, action)).toEqual({ allowed: false, reasons: expect.arrayContaining(['DRIVER_NOT_VERIFIED', 'DOCUMENT_REJECTED:NIN']) });

    expect(await client.call('POST', `/api/admin/kyc/documents/${claimed.id}/approve`, { token: kycAdmin, body: checked })).toMatchObject({
      status: 200,
      body: { status: 'VERIFIED' },
    });
    expect(await verification(b.token)).toMatchObject({
      identityVerified: true,
      reviewFlags: [expect.objectContaining({ reason: 'DOCUMENT_REUSED', status: 'APPROVED' })],
    });
  });

  it('an admin who decides for the holder clears their flag; they were VERIFIED throughout, and the later submission is rejected', async () => {
    const { a, b } = await reusedNin();
    const held = ninOf(await verification(a.token));
    const claimed = ninOf(await verification(b.token));

    expect(
      await client.call('POST', `/api/admin/kyc/documents/${held.id}/approve`, { token: kycAdmin, body: { reason: 'matches the NIMC slip' } }),
    ).toMatchObject({ status: 200, body: { status: 'VERIFIED' } });
    expect(
      await client.call('POST', `/api/admin/kyc/documents/${claimed.id}/reject`, {
        token: kycAdmin,
        body: { rejectionReason: 'this NIN belongs to another person' },
      }),
    ).toMatchObject({ status: 200, body: { status: 'REJECTED' } });
    expect(await verification(a.token)).toMatchObject({
      status: 'VERIFIED',
      driverStatus: 'VERIFIED',
      reviewFlags: [expect.objectContaining({ reason: 'DOCUMENT_REUSED', status: 'APPROVED' })],
    });
    for (const action of DRIVER_ACTIONS) expect(await eligibility(a.token, action)).toEqual({ allowed: true, reasons: [] });
    expect(await verification(b.token)).toMatchObject({
      driverStatus: 'PENDING_VERIFICATION',
      identityVerified: false,
      missingRequirements: expect.arrayContaining(['DOCUMENT_REJECTED:NIN']),
    });
  });
});
