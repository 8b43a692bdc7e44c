import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { digits, eventually, expectProblem, holderName, people } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

// Four-eyes (SPEC 6): at or above the country's threshold a payout needs the approvals of two
// different admins with MANAGE_PAYOUTS before it reaches the provider. The stack runs the shipped
// thresholds; NG's is NGN 500,000.00.

const NG_FOUR_EYES = 50_000_000;
/** An NG ride fare that pays the driver (80%) above the threshold in one ride. */
const BIG_FARE = 70_000_000;

let stack: Stack;
let client: ReturnType<typeof api>;
/** Admins with MANAGE_PAYOUTS (and VIEW_PAYOUTS); `ids` are their user ids. */
let admins: string[];
let ids: string[];
let auditReader: string;
const { adminToken, verifiedDriver, fundedRider, wallet } = people(() => client);

beforeAll(async () => {
  stack = await startStack('gwfoureyes');
  client = api(stack.url);
  admins = await Promise.all([1, 2, 3, 4].map(() => adminToken(stack, ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS'])));
  ids = await Promise.all(admins.map(async (token) => (await client.call('GET', '/api/me', { token })).body.id as string));
  auditReader = await adminToken(stack, ['VIEW_PAYOUTS']);
  // One ride earns a four-eyes amount: the NG ride tariff is raised the way an admin does it.
  const tariff = await client.call('PUT', '/api/admin/tariffs/NG/RIDE', {
    token: await adminToken(stack, ['MANAGE_COMMISSION']),
    body: { baseFare: BIG_FARE, perKm: 0, minimumFare: BIG_FARE },
  });
  if (tariff.status !== 200) throw new Error(`tariff update failed: ${tariff.text}`);
});
afterAll(async () => stack?.stop());

/** A verified NG driver with a verified bank account and `rides` big online rides settled. */
async function bigEarner(rides = 1) {
  const driver = await verifiedDriver();
  const rider = await fundedRider(BIG_FARE * rides);
  expect((await client.call('POST', '/api/driver/online', { token: driver.token })).status).toBe(200);
  for (let i = 0; i < rides; i++) {
    const trip = await client.call('POST', '/api/trips', { token: rider.token, body: { serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 1_000 } });
    if (trip.status !== 201) throw new Error(`request failed: ${trip.text}`);
    for (const action of ['accept', 'arrive', 'start', 'complete'])
      expect((await client.call('POST', `/api/trips/${trip.body.id}/${action}`, { token: driver.token })).status).toBe(200);
    expect((await client.call('POST', `/api/trips/${trip.body.id}/settle`, { token: admins[0] })).status).toBe(200);
  }
  const method = await client.call('POST', '/api/driver/bank-account', {
    token: driver.token,
    body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber: `0${digits(9)}`, accountName: holderName },
  });
  expect(method).toMatchObject({ status: 201, body: { status: 'VERIFIED' } });
  return driver;
}

const withdraw = async (token: string, amount: number) => {
  const r = await client.call('POST', '/api/driver/withdraw', { token, body: { amount, currency: 'NGN' }, headers: { 'idempotency-key': randomUUID() } });
  if (r.status !== 201) throw new Error(`withdrawal failed: ${r.text}`);
  return r.body.id as string;
};
const approve = (admin: string, payoutId: string) =>
  client.call('POST', `/api/admin/payouts/${payoutId}/approve`, { token: admin, body: { note: 'checked the earnings and the account' } });
const detail = async (payoutId: string) => (await client.call('GET', `/api/admin/payouts/${payoutId}`, { token: admins[0] })).body;
/** How often the payout moved to each status, from the payout service's own records. */
async function moves(payoutId: string) {
  const rows = await sql<{ to_status: string; n: number }>(
    stack.payoutDatabaseUrl,
    'select to_status, count(*)::int n from payout_transition where payout_id = $1 group by to_status',
    [payoutId],
  );
  return Object.fromEntries(rows.map((r) => [r.to_status, r.n]));
}
const approvalRows = (payoutId: string) =>
  sql<{ admin_id: string }>(stack.payoutDatabaseUrl, 'select admin_id from payout_approval where payout_id = $1 order by approved_at', [payoutId]);
/** `200 PENDING` for a payout, `409 ALREADY_APPROVED_BY_YOU` for a problem. */
const outcome = (r: { status: number; body: { status?: string; code?: string } }) => `${r.status} ${r.status === 200 ? r.body.status : r.body.code}`;

describe('four-eyes approval', () => {
  it('below the threshold one approval moves a payout; at it, the first leaves it PENDING (1 of 2), the same admin again is 409, a second admin moves it on; each approval is audited', async () => {
    const driver = await bigEarner(2);
    const below = await withdraw(driver.token, NG_FOUR_EYES - 1);
    expect(await detail(below)).toMatchObject({ status: 'PENDING', approvals: { given: 0, required: 1, by: [] } });
    expect(await approve(admins[0]!, below)).toMatchObject({ status: 200, body: { status: 'PROCESSING', approvals: { given: 1, required: 1 } } });
    expect((await client.call('POST', `/api/admin/payouts/${below}/mark-paid`, { token: admins[0], body: { externalReference: 'NIP-below' } })).status).toBe(
      200,
    );

    const id = await withdraw(driver.token, NG_FOUR_EYES);
    expect(await detail(id)).toMatchObject({ status: 'PENDING', approvals: { given: 0, required: 2, by: [] } });
    const first = await approve(admins[0]!, id);
    expect(first).toMatchObject({
      status: 200,
      body: {
        status: 'PENDING',
        approvals: { given: 1, required: 2, by: [{ adminId: ids[0], note: 'checked the earnings and the account', at: expect.any(String) }] },
      },
    });
    expect(await detail(id)).toMatchObject({ status: 'PENDING', approvals: { given: 1, required: 2 }, nextActions: ['reject'] });
    // Only the admin who approved is not offered approve again; another admin is.
    const seenByOther = (await client.call('GET', `/api/admin/payouts/${id}`, { token: admins[1] })).body;
    expect(seenByOther.nextActions).toEqual(['approve', 'reject']);
    const listed = await client.call('GET', '/api/admin/payouts?status=PENDING', { token: auditReader });
    expect(listed.body.payouts.find((p: { id: string }) => p.id === id)).toMatchObject({ approvals: { given: 1, required: 2 } });
    expectProblem(await approve(admins[0]!, id), 409, 'ALREADY_APPROVED_BY_YOU');
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_FOUR_EYES) });

    const second = await approve(admins[1]!, id);
    expect(second).toMatchObject({ status: 200, body: { status: 'PROCESSING', providerReference: `manual-${id}`, approvals: { given: 2, required: 2 } } });
    expect(second.body.approvals.by.map((a: { adminId: string }) => a.adminId)).toEqual([ids[0], ids[1]]);
    expect(second.body.transitions.find((t: { toStatus: string }) => t.toStatus === 'APPROVED')).toMatchObject({ actorType: 'ADMIN', actorId: ids[1] });
    // The admin's view names people by email: the approvers, who moved the payout, and its earner.
    const emails = await Promise.all(admins.map(async (token) => (await client.call('GET', '/api/me', { token })).body.email as string));
    const named = await detail(id);
    expect(named.approvals.by.map((a: { adminEmail: string }) => a.adminEmail)).toEqual([emails[0], emails[1]]);
    expect(named.transitions.find((t: { toStatus: string }) => t.toStatus === 'APPROVED')).toMatchObject({ actorId: ids[1], actorEmail: emails[1] });
    expect(named.transitions.find((t: { fromStatus: string | null }) => t.fromStatus === null)).toMatchObject({ actorType: 'USER', actorEmail: driver.email });
    expect(named.transitions.filter((t: { actorType: string }) => t.actorType === 'SYSTEM').every((t: { actorEmail: null }) => t.actorEmail === null)).toBe(
      true,
    );
    const processing = await client.call('GET', '/api/admin/payouts?status=PROCESSING', { token: auditReader });
    expect(processing.body.payouts.find((p: { id: string }) => p.id === id)).toMatchObject({ ownerId: driver.id, ownerEmail: driver.email });
    expectProblem(await approve(admins[2]!, id), 409, 'ILLEGAL_PAYOUT_TRANSITION');

    const audited = await eventually(
      async () => (await client.call('GET', `/api/admin/audit?entityId=${id}&action=PAYOUT_APPROVAL_RECORDED`, { token: auditReader })).body,
      (b: { records: Array<{ actorId: string }> }) => expect(b.records).toHaveLength(2),
    );
    expect(audited.records.map((r) => r.actorId).sort()).toEqual([ids[0], ids[1]].sort());
    expect(audited.records.map((r) => (r as { actorEmail?: string }).actorEmail).sort()).toEqual([emails[0], emails[1]].sort());
  });

  it('an admin who credited the earner’s wallet by hand may not approve their payout: another admin does', async () => {
    const driver = await bigEarner();
    const maker = await adminToken(stack, ['ADJUST_WALLETS', 'MANAGE_PAYOUTS']);
    const walletId = (await wallet(driver.token)).id as string;
    const credited = await client.call('POST', `/api/admin/wallets/${walletId}/adjustments`, {
      token: maker,
      headers: { 'idempotency-key': randomUUID() },
      body: { direction: 'CREDIT', kind: 'ADJUSTMENT', amount: 10_000_000, currency: 'NGN', reason: 'missed bonus for the rainy week' },
    });
    expect(credited.status).toBe(200);
    const id = await withdraw(driver.token, 10_000_000);

    const refused = await approve(maker, id);
    expectProblem(refused, 409, 'APPROVER_CREDITED_WALLET');
    expect(refused.body.detail).toContain('another admin approves this payout');
    expect(await detail(id)).toMatchObject({ status: 'PENDING', approvals: { given: 0, required: 1, by: [] } });
    expect(await approvalRows(id)).toEqual([]);
    // An admin who settled the earner's trips (admins[0]) made no money by hand: they may approve.
    expect(await approve(admins[0]!, id)).toMatchObject({ status: 200, body: { status: 'PROCESSING', approvals: { given: 1, required: 1 } } });
  });

  it('a payout approved once can still be rejected, by any admin; its funds return', async () => {
    const driver = await bigEarner();
    const id = await withdraw(driver.token, NG_FOUR_EYES);
    expect(await approve(admins[0]!, id)).toMatchObject({ status: 200, body: { status: 'PENDING' } });
    const rejected = await client.call('POST', `/api/admin/payouts/${id}/reject`, {
      token: admins[2],
      body: { rejectionReason: 'the second reviewer found a mismatch' },
    });
    expect(rejected).toMatchObject({ status: 200, body: { status: 'REJECTED', approvals: { given: 1, required: 2 } } });
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: '0' });
    expectProblem(await approve(admins[1]!, id), 409, 'ILLEGAL_PAYOUT_TRANSITION');
  });
});

describe('four-eyes under concurrent approvals', () => {
  it('two different admins at once, three times: one approval waits, the other moves it on; one hand-over each', async () => {
    const driver = await bigEarner(3);
    for (let round = 0; round < 3; round++) {
      const id = await withdraw(driver.token, NG_FOUR_EYES);
      const answers = await Promise.all([approve(admins[0]!, id), approve(admins[1]!, id)]);
      expect(answers.map(outcome).sort()).toEqual(['200 PENDING', '200 PROCESSING']);
      expect(await moves(id)).toEqual({ REQUESTED: 1, PENDING: 1, APPROVED: 1, PROCESSING: 1 });
      expect(await detail(id)).toMatchObject({ status: 'PROCESSING', approvals: { given: 2, required: 2 } });
      expect(await approvalRows(id)).toHaveLength(2);
      expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_FOUR_EYES) });
      expect((await client.call('POST', `/api/admin/payouts/${id}/mark-paid`, { token: admins[2], body: { externalReference: `NIP-${round}` } })).status).toBe(
        200,
      );
    }
  });

  it('twelve approvals at once from four admins (three each): two count, the payout moves once, the rest are 409', async () => {
    const driver = await bigEarner();
    const id = await withdraw(driver.token, NG_FOUR_EYES);
    const answers = await Promise.all(admins.flatMap((admin) => [1, 2, 3].map(() => approve(admin, id))));
    const tally = answers.map(outcome).reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
    expect(tally['200 PENDING']).toBe(1);
    expect(tally['200 PROCESSING']).toBe(1);
    expect((tally['409 ALREADY_APPROVED_BY_YOU'] ?? 0) + (tally['409 ILLEGAL_PAYOUT_TRANSITION'] ?? 0)).toBe(10);
    expect(await moves(id)).toEqual({ REQUESTED: 1, PENDING: 1, APPROVED: 1, PROCESSING: 1 });
    expect(await approvalRows(id)).toHaveLength(2);
    expect(await wallet(driver.token)).toMatchObject({ lockedBalance: String(NG_FOUR_EYES) });
  });

  it('the same admin twice at once: one approval, one 409 ALREADY_APPROVED_BY_YOU; the payout waits for a second admin', async () => {
    const driver = await bigEarner();
    const id = await withdraw(driver.token, NG_FOUR_EYES);
    const answers = await Promise.all([approve(admins[3]!, id), approve(admins[3]!, id)]);
    expect(answers.map(outcome).sort()).toEqual(['200 PENDING', '409 ALREADY_APPROVED_BY_YOU']);
    expect(await detail(id)).toMatchObject({ status: 'PENDING', approvals: { given: 1, required: 2, by: [{ adminId: ids[3] }] } });
    expect(await moves(id)).toEqual({ REQUESTED: 1, PENDING: 1 });
  });
});
