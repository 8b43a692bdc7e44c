import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { digits, eventually, expectProblem, holderAddress, licence, nin, people, profile, inlinedApiDocument, nextSecond } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;
/** Tokens of admins with exactly the named permissions. */
let kycAdmin: string;
let usersAdmin: string;
let walletsAdmin: string;
const { adminToken, addFunds, submit, eligibility } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwkyc');
  client = api(stack.url);
  const tokenOf = (permissions: string[]) => adminToken(stack, permissions);
  [kycAdmin, usersAdmin, walletsAdmin] = await Promise.all([tokenOf(['MANAGE_KYC']), tokenOf(['MANAGE_USERS']), tokenOf(['VIEW_WALLETS'])]);
});
afterAll(async () => stack?.stop());

const verification = async (token: string) => (await client.call('GET', '/api/me/verification', { token })).body;

describe('identity profile gate on money', () => {
  it('refuses add-funds with 422 NOT_ELIGIBLE (PROFILE_MISSING) until the rider saves a profile, and moves nothing', async () => {
    const rider = await client.register('RIDER', 'NG');
    const refused = await addFunds(rider.token, 10_000);
    expect(refused.status).toBe(422);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 422, code: 'NOT_ELIGIBLE', reasons: expect.arrayContaining(['PROFILE_MISSING']) });
    expect(await client.call('GET', '/api/wallet', { token: rider.token })).toMatchObject({ status: 200, body: { availableBalance: '0', lockedBalance: '0' } });
    expect((await client.call('GET', '/api/wallet/transactions', { token: rider.token })).body.transactions).toEqual([]);
    expect(await eligibility(rider.token, 'TRANSACT')).toEqual({ allowed: false, reasons: expect.arrayContaining(['PROFILE_MISSING']) });

    const saved = await client.saveProfile(rider.token, 'NG');
    expect(saved).toMatchObject({ userId: rider.id, profile: { ...profile, updatedAt: expect.any(String) }, driverStatus: null, documents: [] });
    expect(await eligibility(rider.token, 'TRANSACT')).toEqual({ allowed: true, reasons: [] });
    expect(await addFunds(rider.token, 10_000)).toMatchObject({ status: 200, body: { wallet: { availableBalance: '10000' } } });
  });

  it('validates the eligibility query', async () => {
    const rider = await client.register('RIDER');
    for (const q of ['', '?action=FLY', '?action=TRANSACT&userId=x']) {
      expect(await client.call('GET', `/api/me/eligibility${q}`, { token: rider.token })).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
  });
});

describe('input validation at the edge', () => {
  it.each([
    ['an expiry date not in YYYY-MM-DD', { expiryDate: '30/06/2030' }],
    ['an unknown document type', { documentType: 'LIBRARY_CARD' }],
    ['a lower-case country', { countryCode: 'ng' }],
    ['a three-letter country', { countryCode: 'NGA' }],
    ['an oversized number', { documentNumber: '1'.repeat(41) }],
    ['an oversized holder name', { holderName: 'A'.repeat(201) }],
    ['an oversized issuing authority', { issuingAuthority: 'A'.repeat(121) }],
    ['a blank holder name', { holderName: '   ' }],
    ['an unknown field', { userId: randomUUID() }],
    ['an unknown holder address field', { holderAddress: { ...holderAddress, country: 'Nigeria' } }],
    ['a number that is not a string', { documentNumber: 12345678901 }],
  ])('refuses a document with %s: 400 problem+json, nothing recorded, the number not echoed', async (_name, change) => {
    const rider = await client.register('RIDER', 'NG');
    const body = { ...nin('73519264801'), ...change };
    const r = await submit(rider.token, body);
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(r.text).not.toContain('73519264801');
    expect((await verification(rider.token)).documents).toEqual([]);
  });

  it('refuses a document without a number with 400', async () => {
    const rider = await client.register('RIDER', 'NG');
    const { documentNumber: _omitted, ...body } = nin();
    expect(await submit(rider.token, body)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });

  it.each([
    ['a date of birth not in YYYY-MM-DD', { dateOfBirth: '12.04.1990' }],
    ['an oversized first name', { legalFirstName: 'A'.repeat(101) }],
    ['an oversized address', { residenceAddressLine1: 'A'.repeat(201) }],
    ['an oversized postal code', { residencePostalCode: '1'.repeat(21) }],
    ['a country name instead of a code', { countryCode: 'Nigeria' }],
    ['an empty last name', { legalLastName: '' }],
    ['a user id in the body', { userId: randomUUID() }],
    ['a verified flag in the body', { identityVerified: true }],
  ])('refuses a profile with %s: 400 problem+json and no profile saved', async (_name, change) => {
    const rider = await client.register('RIDER', 'NG');
    const r = await client.call('PUT', '/api/me/identity-profile', { token: rider.token, body: { ...profile, ...change } });
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect((await verification(rider.token)).profile).toBeNull();
  });

  it('refuses a profile missing a required field with 400', async () => {
    const rider = await client.register('RIDER', 'NG');
    const { residenceCity: _omitted, ...body } = profile;
    expect(await client.call('PUT', '/api/me/identity-profile', { token: rider.token, body })).toMatchObject({
      status: 400,
      body: { code: 'VALIDATION_FAILED' },
    });
  });

  it('needs a token for /api/me/*, and keeps admins out of them', async () => {
    expect(await client.call('GET', '/api/me/verification')).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await client.call('PUT', '/api/me/identity-profile', { body: profile })).toMatchObject({ status: 401 });
    expect(await client.call('GET', '/api/me/verification', { token: kycAdmin })).toMatchObject({ status: 403, body: { code: 'ROLE_NOT_ALLOWED' } });
  });
});

describe('admin KYC and account endpoints', () => {
  const someId = randomUUID();
  const adminCalls: Array<[string, string, unknown]> = [
    ['GET', '/api/admin/kyc', undefined],
    ['POST', `/api/admin/kyc/documents/${someId}/approve`, {}],
    ['POST', `/api/admin/kyc/documents/${someId}/reject`, { rejectionReason: 'blurred' }],
    ['POST', `/api/admin/kyc/profiles/${someId}/approve`, {}],
    ['POST', `/api/admin/kyc/profiles/${someId}/reject`, { rejectionReason: 'name does not match' }],
    ['POST', `/api/admin/users/${someId}/block`, { reason: 'fraud report' }],
    ['POST', `/api/admin/users/${someId}/unblock`, {}],
    ['POST', `/api/admin/drivers/${someId}/suspend`, { reason: 'complaints' }],
    ['POST', `/api/admin/drivers/${someId}/reinstate`, {}],
  ];

  it('are for admins only: a driver or a rider gets 403 ADMIN_ONLY, no token 401', async () => {
    const driver = await client.register('DRIVER', 'NG');
    const rider = await client.register('RIDER', 'NG');
    for (const [method, path, body] of adminCalls) {
      expect(await client.call(method, path, { token: driver.token, body })).toMatchObject({ status: 403, body: { code: 'ADMIN_ONLY' } });
      expect(await client.call(method, path, { token: rider.token, body })).toMatchObject({ status: 403, body: { code: 'ADMIN_ONLY' } });
      expect(await client.call(method, path, { body })).toMatchObject({ status: 401 });
    }
  });

  it('need MANAGE_KYC for KYC and MANAGE_USERS for account status: otherwise 403 PERMISSION_DENIED', async () => {
    for (const [method, path, body] of adminCalls) {
      const needs = path.startsWith('/api/admin/kyc') ? 'MANAGE_KYC' : 'MANAGE_USERS';
      const without = needs === 'MANAGE_KYC' ? usersAdmin : kycAdmin;
      for (const token of [without, walletsAdmin]) {
        const r = await client.call(method, path, { token, body });
        expect(r).toMatchObject({ status: 403, body: { code: 'PERMISSION_DENIED' } });
        expect(r.body.detail).toContain(needs);
      }
    }
  });

  it('refuse malformed ids, filters and bodies with 400', async () => {
    const bad: Array<[string, string, string, unknown]> = [
      [kycAdmin, 'POST', '/api/admin/kyc/documents/not-a-uuid/approve', {}],
      [kycAdmin, 'POST', `/api/admin/kyc/documents/${someId}/reject`, {}],
      [kycAdmin, 'POST', `/api/admin/kyc/documents/${someId}/reject`, { rejectionReason: 'x'.repeat(501) }],
      [kycAdmin, 'POST', `/api/admin/kyc/documents/${someId}/approve`, { reason: 'ok', decision: 'REJECT' }],
      [kycAdmin, 'POST', '/api/admin/kyc/profiles/123/reject', { rejectionReason: 'no' }],
      [kycAdmin, 'GET', '/api/admin/kyc?status=DONE', undefined],
      [kycAdmin, 'GET', '/api/admin/kyc?role=ADMIN', undefined],
      [kycAdmin, 'GET', '/api/admin/kyc?countryCode=nga', undefined],
      [kycAdmin, 'GET', '/api/admin/kyc?userId=x', undefined],
      [usersAdmin, 'POST', `/api/admin/users/${someId}/block`, {}],
      [usersAdmin, 'POST', `/api/admin/drivers/${someId}/suspend`, { reason: ' ' }],
      [usersAdmin, 'POST', '/api/admin/drivers/abc/reinstate', {}],
    ];
    for (const [token, method, path, body] of bad) {
      const r = await client.call(method, path, { token, body });
      expect({ path, status: r.status, code: r.body.code }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
      expect(r.type).toContain('application/problem+json');
    }
  });

  it('finds accounts for MANAGE_USERS or MANAGE_KYC, with their standing and without the KYC file', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    const prefix = driver.email.slice(0, 20).toUpperCase();
    for (const token of [usersAdmin, kycAdmin]) {
      const r = await client.call('GET', `/api/admin/users?q=${encodeURIComponent(prefix)}`, { token });
      expect(r.status).toBe(200);
      expect(r.body.items).toEqual([
        {
          userId: driver.id,
          email: driver.email,
          role: 'DRIVER',
          countryCode: 'NG',
          userStatus: 'ACTIVE',
          verificationStatus: 'INCOMPLETE',
          driverStatus: 'PENDING_VERIFICATION',
        },
      ]);
    }
    expectProblem(await client.call('GET', `/api/admin/users?q=${driver.id}`, { token: driver.token }), 403, 'ADMIN_ONLY');
    // By id, and then the account is blocked by the admin who found it.
    expect((await client.call('GET', `/api/admin/users?q=${driver.id}`, { token: usersAdmin })).body.items).toHaveLength(1);
    expect((await client.call('POST', `/api/admin/users/${driver.id}/block`, { token: usersAdmin, body: { reason: 'fraud report' } })).status).toBe(200);
    expect((await client.call('GET', `/api/admin/users?q=${driver.id}`, { token: kycAdmin })).body.items[0]).toMatchObject({ userStatus: 'BLOCKED' });

    const denied = await client.call('GET', `/api/admin/users?q=${driver.id}`, { token: walletsAdmin });
    expect(denied).toMatchObject({ status: 403, body: { code: 'PERMISSION_DENIED' } });
    expect(denied.body.detail).toBe('requires the MANAGE_USERS or MANAGE_KYC permission');
    expectProblem(await client.call('GET', '/api/admin/users', { token: usersAdmin }), 400, 'VALIDATION_FAILED');

    // Who is blocked now, without knowing their email: the list of its own, and within a search.
    const blockedIds = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const r = await client.call('GET', `/api/admin/users?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: usersAdmin });
        expect(r.status).toBe(200);
        for (const item of r.body.items) ids.push(item.userId);
        cursor = r.body.page.nextCursor;
      } while (cursor);
      return ids;
    };
    const active = await client.register('DRIVER', 'NG');
    const blocked = await blockedIds('standing=BLOCKED');
    expect(blocked).toContain(driver.id);
    expect(blocked).not.toContain(active.id);
    // Within a search: every driver's email starts "driver-", the active one's too.
    const blockedDrivers = await blockedIds('standing=BLOCKED&q=driver-');
    expect(blockedDrivers).toContain(driver.id);
    expect(blockedDrivers).not.toContain(active.id);
    expect(await blockedIds(`standing=SUSPENDED&q=${encodeURIComponent(prefix)}`)).toEqual([]);
    // Unblocked, the driver leaves the list.
    expect((await client.call('POST', `/api/admin/users/${driver.id}/unblock`, { token: usersAdmin, body: {} })).status).toBe(200);
    expect(await blockedIds(`standing=BLOCKED&q=${driver.id}`)).toEqual([]);
    expectProblem(await client.call('GET', '/api/admin/users?standing=ACTIVE', { token: usersAdmin }), 400, 'VALIDATION_FAILED');
  });

  it('lists the KYC queue for MANAGE_KYC, filtered, with the name on each document', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    expect(await submit(driver.token, nin())).toMatchObject({ status: 201 });
    const r = await client.call('GET', '/api/admin/kyc?role=DRIVER&countryCode=NG&limit=100', { token: kycAdmin });
    expect(r.status).toBe(200);
    expect(r.body.page).toHaveProperty('nextCursor');
    for (const item of r.body.items) expect(item).toMatchObject({ role: 'DRIVER', countryCode: 'NG' });
    // The reviewer reads the name on each document beside the legal name it is checked against (never its number).
    const [mine] = (await client.call('GET', `/api/admin/kyc?q=${driver.id}`, { token: kycAdmin })).body.items;
    expect(mine.verification.documents).toEqual([expect.objectContaining({ documentType: 'NIN', holderName: nin().holderName })]);
    expect(mine.verification.profile).toMatchObject({ legalFirstName: expect.any(String), legalLastName: expect.any(String) });
  });
});

describe('document numbers never leave identity', () => {
  it('are absent from the submission response, the verification view and the admin queue', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    const number = digits(11);
    const spaced = `${number.slice(0, 4)} ${number.slice(4)}`;
    const submitted = await submit(driver.token, nin(spaced));
    expect(submitted).toMatchObject({ status: 201, body: { documentType: 'NIN', countryCode: 'NG', issuingAuthority: 'NIMC', id: expect.any(String) } });
    const texts = [
      submitted.text,
      (await client.call('GET', '/api/me/verification', { token: driver.token })).text,
      (await client.call('GET', '/api/admin/kyc?role=DRIVER&limit=100', { token: kycAdmin })).text,
    ];
    for (const text of texts) {
      expect(text).not.toContain(number);
      expect(text).not.toContain(spaced);
      expect(text).not.toContain(number.slice(-6));
      expect(text).not.toMatch(/documentNumber/i);
    }
  });
});

// Identity's rules seen through REST; the rules themselves are tested in services/identity/test.
describe('a Nigerian driver', () => {
  it('may withdraw with a profile, a verified NIN and a verified licence that match it', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    expect(await submit(driver.token, nin())).toMatchObject({ status: 201 });
    expect(await submit(driver.token, licence())).toMatchObject({ status: 201 });
    await eventually(
      () => eligibility(driver.token, 'WITHDRAW'),
      (e) => expect(e).toEqual({ allowed: true, reasons: [] }),
    );
    const v = await verification(driver.token);
    expect(v).toMatchObject({ status: 'VERIFIED', identityVerified: true, addressVerified: true, driverStatus: 'VERIFIED', missingRequirements: [] });
    expect(v.documents.map((d: { status: string }) => d.status)).toEqual(['VERIFIED', 'VERIFIED']);
  });

  it('may not withdraw without a NIN', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    expect(await submit(driver.token, licence())).toMatchObject({ status: 201 });
    const e = await eventually(
      () => eligibility(driver.token, 'WITHDRAW'),
      (x) => expect(x.reasons).toEqual(expect.arrayContaining(['MISSING_DOCUMENT:NIN', 'DRIVER_NOT_VERIFIED'])),
    );
    expect(e.allowed).toBe(false);
  });

  it('is taken offline by a suspension and back by reinstatement (MANAGE_USERS)', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    await submit(driver.token, nin());
    await submit(driver.token, licence());
    await eventually(
      () => eligibility(driver.token, 'GO_ONLINE'),
      (e) => expect(e.allowed).toBe(true),
    );
    const suspended = await client.call('POST', `/api/admin/drivers/${driver.id}/suspend`, { token: usersAdmin, body: { reason: 'repeated complaints' } });
    expect(suspended).toMatchObject({ status: 200, body: { id: driver.id, driverStatus: 'SUSPENDED' } });
    // Found among the drivers suspended now, until reinstated.
    const suspendedNow = async () =>
      (await client.call('GET', `/api/admin/users?standing=SUSPENDED&q=${driver.id}`, { token: usersAdmin })).body.items.map(
        (u: { userId: string }) => u.userId,
      );
    expect(await suspendedNow()).toEqual([driver.id]);
    // Suspended again (a second admin on stale data): refused, nothing recorded twice.
    expectProblem(
      await client.call('POST', `/api/admin/drivers/${driver.id}/suspend`, { token: usersAdmin, body: { reason: 'again' } }),
      422,
      'DRIVER_ALREADY_SUSPENDED',
    );
    expect(await eligibility(driver.token, 'GO_ONLINE')).toEqual({ allowed: false, reasons: expect.arrayContaining(['DRIVER_SUSPENDED']) });
    const reinstated = await client.call('POST', `/api/admin/drivers/${driver.id}/reinstate`, { token: usersAdmin });
    expect(reinstated).toMatchObject({ status: 200, body: { driverStatus: 'VERIFIED' } });
    expect(await suspendedNow()).toEqual([]);
    expect(await eligibility(driver.token, 'GO_ONLINE')).toEqual({ allowed: true, reasons: [] });
  });
});

describe('admin decisions', () => {
  it('a document the provider could not match waits in the queue; a rejection shows its reason to the owner', async () => {
    const driver = await client.register('DRIVER', 'NG');
    await client.saveProfile(driver.token, 'NG');
    // Ending in 99: the simulated provider finds no match, so a person has to look.
    const doc = (await submit(driver.token, licence(`LAG${digits(7)}99`))).body;
    await eventually(
      () => client.call('GET', '/api/admin/kyc?status=PENDING_REVIEW&role=DRIVER&limit=100', { token: kycAdmin }),
      (r) => expect(r.body.items.map((i: { userId: string }) => i.userId)).toContain(driver.id),
    );
    const rejected = await client.call('POST', `/api/admin/kyc/documents/${doc.id}/reject`, {
      token: kycAdmin,
      body: { rejectionReason: 'the photo is unreadable' },
    });
    expect(rejected).toMatchObject({ status: 200, body: { id: doc.id, status: 'REJECTED', rejectionReason: 'the photo is unreadable' } });
    const mine = (await verification(driver.token)).documents.find((d: { id: string }) => d.id === doc.id);
    expect(mine).toMatchObject({ status: 'REJECTED', rejectionReason: 'the photo is unreadable' });
  });

  it('a blocked rider is signed out at once and cannot sign in or add funds until unblocked', async () => {
    const rider = await client.register('RIDER', 'NG');
    await client.saveProfile(rider.token, 'NG');
    expect((await addFunds(rider.token, 700)).status).toBe(200);
    expect(await client.call('POST', `/api/admin/users/${rider.id}/block`, { token: usersAdmin, body: { reason: 'chargeback fraud' } })).toMatchObject({
      status: 200,
      body: { status: 'BLOCKED' },
    });
    // A second block changes nothing, so it is refused and the trail keeps one block.
    expectProblem(
      await client.call('POST', `/api/admin/users/${rider.id}/block`, { token: usersAdmin, body: { reason: 'again' } }),
      422,
      'USER_ALREADY_BLOCKED',
    );
    // The token issued before the block is refused everywhere, reads too, long before its expiry.
    expect(await addFunds(rider.token, 500)).toMatchObject({ status: 401, body: { code: 'TOKEN_REVOKED' } });
    expect(await client.call('GET', '/api/wallet', { token: rider.token })).toMatchObject({ status: 401, body: { code: 'TOKEN_REVOKED' } });
    expect(await client.call('POST', '/api/auth/login', { body: { email: rider.email, password: 'a strong password' } })).toMatchObject({
      status: 403,
      body: { code: 'USER_BLOCKED' },
    });
    expect(await client.call('POST', `/api/admin/users/${rider.id}/unblock`, { token: usersAdmin })).toMatchObject({ status: 200, body: { status: 'ACTIVE' } });
    expectProblem(await client.call('POST', `/api/admin/users/${rider.id}/unblock`, { token: usersAdmin }), 422, 'USER_NOT_BLOCKED');
    // Unblocking does not revive the old token: the rider signs in again, and only the new top-up lands.
    expect((await client.call('GET', '/api/wallet', { token: rider.token })).status).toBe(401);
    await nextSecond();
    const token = await client.login(rider.email, 'a strong password');
    expect((await addFunds(token, 500)).status).toBe(200);
    expect((await client.call('GET', '/api/wallet', { token })).body.availableBalance).toBe('1200');
    // The audit trail tells the block from the unblock.
    await eventually(
      async () =>
        (await client.call('GET', `/api/admin/audit?entityId=${rider.id}&action=USER_STATUS_CHANGED`, { token: walletsAdmin })).body.records.map(
          (r: { fromState: string | null; toState: string | null }) => [r.fromState, r.toState],
        ),
      (changes) =>
        expect(changes).toEqual([
          [null, 'UNBLOCKED'],
          [null, 'BLOCKED'],
        ]),
    );
  });

  it('an unknown document or user is 404', async () => {
    expect((await client.call('POST', `/api/admin/kyc/documents/${randomUUID()}/approve`, { token: kycAdmin })).status).toBe(404);
    expect((await client.call('POST', `/api/admin/users/${randomUUID()}/block`, { token: usersAdmin, body: { reason: 'test' } })).status).toBe(404);
  });
});

it('documents the new endpoints at /docs', async () => {
  const doc = { body: await inlinedApiDocument(client) };
  expect(Object.keys(doc.body.paths)).toEqual(
    expect.arrayContaining([
      '/api/me/identity-profile',
      '/api/me/identity-documents',
      '/api/me/verification',
      '/api/me/eligibility',
      '/api/admin/kyc',
      '/api/admin/kyc/documents/{documentId}/approve',
      '/api/admin/users/{userId}/block',
    ]),
  );
  // Accepted in the request body, named in no response.
  const responses = Object.values(doc.body.paths).flatMap((ops: any) => Object.values(ops).map((op: any) => op.responses));
  expect(JSON.stringify(responses)).not.toContain('documentNumber');
  expect(JSON.stringify(doc.body.paths['/api/me/identity-documents'].post.requestBody)).toContain('documentNumber');
});
