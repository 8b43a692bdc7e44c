import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, endedWeek, eventually, infrastructure, sql, watchEvents } from '@ziba/testing';
import { signWebhook } from '../src/domain/webhook-signature.ts';
import { startPayoutHarness, type PayoutHarness } from './harness.ts';

let h: PayoutHarness;
beforeAll(async () => {
  h = await startPayoutHarness();
});
afterAll(async () => {
  await h?.stop();
});

const reasonsOf = (p: Promise<unknown>) =>
  p.then(
    () => [],
    (e: { code?: string; reasons?: string[] }) => [e.code, ...(e.reasons ?? [])],
  );
const EARNED = 5_000_000n; // NGN 50,000.00

describe('seed 000: withdrawals and admin decisions', () => {
  it('a verified driver withdraws: funds lock, an admin approves, finance marks it paid, the money is gone for good', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const p = await h.withdraw(d, 2_000_000n);
    expect(p).toMatchObject({ status: 'PENDING', amount: { amount: '2000000', currency: 'NGN' }, provider: 'manual' });
    expect(p.maskedAccount).toBe(`****${d.accountNumber.slice(-4)}`);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '3000000', lockedBalance: '2000000' });
    expect(await h.decide(p.id, 'approve')).toMatchObject({ status: 'PROCESSING' });
    expect(await codeOf(h.decide(p.id, 'mark_paid'))).toBe('REASON_REQUIRED');
    const paid = await h.decide(p.id, 'mark_paid', '', 'NIP-2026-11-21-0001');
    expect(paid).toMatchObject({ status: 'PAID', externalReference: 'NIP-2026-11-21-0001' });
    expect(paid.transitions.map((t) => t.toStatus)).toEqual(['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID']);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '3000000', lockedBalance: '0' });
  });

  it('a manual payout the bank sends back after it was paid: an admin records the return once, the money is credited back and the earner flagged', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const p = await h.withdraw(d, 2_000_000n);
    await h.decide(p.id, 'approve');
    await h.decide(p.id, 'mark_paid', '', `NIP-${p.id}`);
    const next = await h.withdraw(d, 1_000_000n); // to the same account, waiting for an admin
    expect(next.reviewFlags).toEqual([]);
    expect((await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })).adminActions).toEqual(['mark_returned']);
    expect(await codeOf(h.decide(p.id, 'mark_returned'))).toBe('REASON_REQUIRED');
    // Two admins record the bank's return at once: one return, one credit.
    const marks = await Promise.allSettled([1, 2].map(() => h.decide(p.id, 'mark_returned', 'returned by the bank: account closed')));
    expect(marks.filter((m) => m.status === 'fulfilled')).toHaveLength(1);
    expect(await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })).toMatchObject({
      status: 'RETURNED',
      reviewFlags: expect.arrayContaining(['PAYOUT_RETURNED']),
      adminActions: [],
    });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '1000000' });
    // The payout still open to that account is flagged: whoever approves it sees the return first.
    expect((await h.pc.call('GetPayout', { payoutId: next.id }, { actor: h.admin })).reviewFlags).toEqual(['PAYOUT_RETURNED_BEFORE']);
    const { transactions } = await h.wc.call('ListTransactions', {
      walletId: d.walletId,
      page: { pageSize: 10, cursor: '' },
      referenceType: 'payout',
      referenceId: p.id,
    });
    expect(transactions.map((t) => [t.entryType, t.amount, t.createdByAdminId])).toEqual([
      ['CREDIT', '2000000', h.admin.id],
      ['CAPTURE', '2000000', h.admin.id],
      ['HOLD', '2000000', ''],
    ]);
  });

  it('a rejection returns the funds to available; a failure keeps them locked until retried or reversed', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const rejected = await h.withdraw(d, 1_000_000n);
    expect(await codeOf(h.decide(rejected.id, 'reject'))).toBe('REASON_REQUIRED');
    expect(await h.decide(rejected.id, 'reject', 'bank details under review')).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'bank details under review',
    });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });

    const failing = await h.withdraw(d, 1_000_000n);
    await h.decide(failing.id, 'approve');
    // What finance types, or a bank says, is shown to the earner and kept in the trail: a full account number keeps its last four.
    expect(await h.decide(failing.id, 'mark_failed', 'beneficiary bank offline for 0123456789')).toMatchObject({
      status: 'FAILED',
      failureReason: 'beneficiary bank offline for ****6789',
    });
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '1000000' });
    const retried = await h.decide(failing.id, 'retry');
    // Under way again: the status says so; the last failure's reason stays, as what an earlier attempt met.
    expect(retried).toMatchObject({ status: 'PROCESSING', providerReference: `manual-${failing.id}`, failureReason: 'beneficiary bank offline for ****6789' });
    expect(retried.transitions.find((t) => t.toStatus === 'FAILED')).toMatchObject({ note: 'beneficiary bank offline for ****6789' });
    expect(await h.decide(failing.id, 'mark_failed', 'still offline')).toMatchObject({ status: 'FAILED', failureReason: 'still offline' });
    expect(await h.decide(failing.id, 'reverse')).toMatchObject({ status: 'REVERSED' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });
    expect(await codeOf(h.decide(failing.id, 'reverse'))).toBe('ILLEGAL_PAYOUT_TRANSITION');
  });

  it('answers a decision retried under its Idempotency-Key after its answer was lost with the payout, and moves the money once', async () => {
    // The gateway keeps no answer for a 5xx, so such a retry reaches this service; it passes the key on.
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const p = await h.withdraw(d, 2_000_000n);
    const decide = (action: string, requestKey: string, reference = '') =>
      h.pc.call('DecidePayout', { payoutId: p.id, action, reason: '', externalReference: reference }, { actor: h.admin, requestKey });
    const approveKey = `approve-${p.id}`;
    expect(await decide('approve', approveKey)).toMatchObject({ status: 'PROCESSING' });
    expect(await decide('approve', approveKey)).toMatchObject({ status: 'PROCESSING' });
    const paidKey = `paid-${p.id}`;
    expect(await decide('mark_paid', paidKey, 'NIP-2026-11-28-0042')).toMatchObject({ status: 'PAID' });
    const retried = await decide('mark_paid', paidKey, 'NIP-2026-11-28-0042');
    expect(retried).toMatchObject({ status: 'PAID', externalReference: 'NIP-2026-11-28-0042' });
    expect(retried.transitions.map((t) => t.toStatus)).toEqual(['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID']);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '3000000', lockedBalance: '0' });
    // The approve's key reused for another decision is no retry of it: refused.
    expect(
      await codeOf(
        h.pc.call(
          'DecidePayout',
          { payoutId: p.id, action: 'mark_failed', reason: 'bank offline', externalReference: '' },
          { actor: h.admin, requestKey: approveKey },
        ),
      ),
    ).toBe('ILLEGAL_PAYOUT_TRANSITION');
    // Another request, or another admin under the same key, is still refused.
    expect(await codeOf(decide('mark_paid', `paid-again-${p.id}`, 'NIP-2026-11-28-0042'))).toBe('ILLEGAL_PAYOUT_TRANSITION');
    const otherAdmin = { ...h.admin, id: crypto.randomUUID() };
    expect(
      await codeOf(
        h.pc.call('DecidePayout', { payoutId: p.id, action: 'approve', reason: '', externalReference: '' }, { actor: otherAdmin, requestKey: approveKey }),
      ),
    ).toBe('ILLEGAL_PAYOUT_TRANSITION');
  });

  it("only drivers and restaurants withdraw; only admins decide; another earner's payout is 404", async () => {
    const rider = await h.earner('RIDER');
    expect(await codeOf(h.withdraw(rider, 100_000n))).toBe('ROLE_CANNOT_WITHDRAW');
    const restaurant = await h.earner('RESTAURANT', { verified: true, method: true, earnings: EARNED });
    const p = await h.withdraw(restaurant, 500_000n);
    expect(p.status).toBe('PENDING');
    const other = await h.earner('DRIVER');
    expect(await codeOf(h.pc.call('GetPayout', { payoutId: p.id }, { actor: other.actor }))).toBe('PAYOUT_NOT_FOUND');
    expect(await codeOf(h.pc.call('DecidePayout', { payoutId: p.id, action: 'approve', reason: '', externalReference: '' }, { actor: restaurant.actor }))).toBe(
      'ADMIN_ONLY',
    );
  });
});

describe('seed 001: every refusal is BLOCKED with its named reason, and nothing moves', () => {
  it('names each failed rule', async () => {
    const unverified = await h.earner('DRIVER', { method: true, earnings: EARNED });
    // The withdrawal terms name identity's reasons before any request: exactly what a request is refused for.
    const { reasons: standing } = await h.pc.call('GetWithdrawalTerms', {}, { actor: unverified.actor });
    expect(standing).toEqual(expect.arrayContaining(['DRIVER_NOT_VERIFIED', 'IDENTITY_NOT_VERIFIED', 'MISSING_DOCUMENT:NIN']));
    expect(await reasonsOf(h.withdraw(unverified, 500_000n))).toEqual(['PAYOUT_BLOCKED', ...standing]);

    const mismatch = await h.earner('DRIVER', {
      verified: true,
      method: true,
      earnings: EARNED,
      addressOnDocument: { line1: '99 Allen Avenue', city: 'Ikeja', state: 'Lagos', postalCode: '100271', countryCode: 'NG' },
    });
    expect(await reasonsOf(h.withdraw(mismatch, 500_000n))).toEqual(expect.arrayContaining(['ADDRESS_NOT_VERIFIED']));

    const noMethod = await h.earner('DRIVER', { verified: true, earnings: EARNED });
    expect(await reasonsOf(h.withdraw(noMethod, 500_000n))).toEqual(['PAYOUT_BLOCKED', 'PAYOUT_METHOD_MISSING']);
    const wrongName = await h.earner('DRIVER', { verified: true, method: 'Chidi Eze', earnings: EARNED });
    expect(await reasonsOf(h.withdraw(wrongName, 500_000n))).toEqual(['PAYOUT_BLOCKED', 'PAYOUT_METHOD_NOT_VERIFIED']);
    // An admin reviews it: the method in review is listed, verified with a note, and the earner can withdraw.
    const inReview = await h.pc.call('ListPayoutMethods', { status: 'PENDING_REVIEW' }, { actor: h.admin });
    const method = inReview.methods.find((m) => m.ownerId === wrongName.id)!;
    expect(method).toMatchObject({ status: 'PENDING_REVIEW', accountName: 'Chidi Eze', reviewFlags: ['ACCOUNT_NAME_NOT_LEGAL_NAME'] });
    expect(await codeOf(h.pc.call('DecidePayoutMethod', { methodId: method.id, decision: 'APPROVE', note: '' }, { actor: h.admin }))).toBe('NOTE_REQUIRED');
    expect(await codeOf(h.pc.call('DecidePayoutMethod', { methodId: method.id, decision: 'APPROVE', note: 'x' }, { actor: wrongName.actor }))).toBe(
      'ADMIN_ONLY',
    );
    await h.pc.call('DecidePayoutMethod', { methodId: method.id, decision: 'APPROVE', note: 'joint account; marriage certificate seen' }, { actor: h.admin });
    expect(await h.withdraw(wrongName, 500_000n)).toMatchObject({ status: 'PENDING' });
    expect(await codeOf(h.pc.call('DecidePayoutMethod', { methodId: method.id, decision: 'REJECT', note: 'again' }, { actor: h.admin }))).toBe(
      'METHOD_NOT_IN_REVIEW',
    );

    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    expect(await reasonsOf(h.withdraw(d, 500_000n, undefined, 'USD'))).toEqual(['PAYOUT_BLOCKED', 'CURRENCY_MISMATCH']);
    expect(await reasonsOf(h.withdraw(d, 50_000n))).toEqual(['PAYOUT_BLOCKED', 'BELOW_MINIMUM_WITHDRAWAL']);
    expect(await reasonsOf(h.withdraw(d, EARNED + 1n))).toEqual(['PAYOUT_BLOCKED', 'INSUFFICIENT_FUNDS']);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });
    // Each refusal is recorded as asked (the USD one in USD, not in the wallet's NGN), and the earner's
    // list is newest first, page after page.
    const mine = async (cursor: string) => (await h.pc.call('ListMyPayouts', { page: { pageSize: 1, cursor } }, { actor: d.actor })) as unknown as Page;
    type Page = { payouts: Array<{ amount: { amount: string; currency: string }; reasons: string[] }>; page: { nextCursor: string } };
    const walked: Page['payouts'] = [];
    for (let cursor = '', pages = 0; pages < 5; pages++) {
      const page = await mine(cursor);
      walked.push(...page.payouts);
      if (!(cursor = page.page.nextCursor)) break;
    }
    expect(walked.map((p) => [p.amount.amount, p.amount.currency, p.reasons[0]])).toEqual([
      [(EARNED + 1n).toString(), 'NGN', 'INSUFFICIENT_FUNDS'],
      ['50000', 'NGN', 'BELOW_MINIMUM_WITHDRAWAL'],
      ['500000', 'USD', 'CURRENCY_MISMATCH'],
    ]);

    const tester = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const testPayout = await h.withdraw(tester, 500_000n);
    expect(testPayout).toMatchObject({ status: 'PENDING', provider: 'simulated' }); // test money only reaches the simulated provider

    const [blocked] = await sql<{ n: string }>(h.payoutDbUrl, `select count(*)::text n from payout where owner_id = $1 and status = 'BLOCKED'`, [d.id]);
    expect(blocked?.n).toBe('3');
  });
});

describe('the hourly limit on withdrawal requests', () => {
  it('refuses the sixth request of the hour, refused ones counted, and says when it lifts: an hour after the fifth newest', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    for (let i = 0; i < 5; i++) expect(await reasonsOf(h.withdraw(d, 50_000n))).toEqual(['PAYOUT_BLOCKED', 'BELOW_MINIMUM_WITHDRAWAL']);
    const terms = await h.pc.call('GetWithdrawalTerms', {}, { actor: d.actor });
    expect(terms.reasons).toEqual(['VELOCITY_LIMIT']);
    // The five are the hour's only requests: the limit lifts an hour after the first (the fifth newest).
    const [first] = await sql<{ created_at: Date }>(h.payoutDbUrl, `select created_at from payout where owner_id = $1 order by created_at limit 1`, [d.id]);
    expect(terms.velocityLimitLiftsAt).toBe(new Date(first!.created_at.getTime() + 3_600_000).toISOString());
    // A request the rules would otherwise allow is refused for the limit alone, and nothing is locked.
    expect(await reasonsOf(h.withdraw(d, 500_000n))).toEqual(['PAYOUT_BLOCKED', 'VELOCITY_LIMIT']);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });

    const fresh = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    expect(await h.pc.call('GetWithdrawalTerms', {}, { actor: fresh.actor })).toMatchObject({
      reasons: [],
      velocityLimitLiftsAt: '',
      payoutMethodUsableFrom: '',
    });
    // No account to pay refuses every amount too.
    const noAccount = await h.earner('DRIVER', { verified: true, earnings: EARNED });
    expect(await h.pc.call('GetWithdrawalTerms', {}, { actor: noAccount.actor })).toMatchObject({ reasons: ['PAYOUT_METHOD_MISSING'] });
  });
});

describe('no duplicate processing', () => {
  it('20 concurrent approvals and 20 concurrent mark-paids move the money once', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const p = await h.withdraw(d, 1_500_000n);
    const approvals = await Promise.all(Array.from({ length: 20 }, () => codeOf(h.decide(p.id, 'approve'))));
    expect(approvals.filter((c) => c === 'OK')).toHaveLength(1);
    const paid = await Promise.all(Array.from({ length: 20 }, () => codeOf(h.decide(p.id, 'mark_paid', '', 'NIP-1'))));
    expect(paid.filter((c) => c === 'OK')).toHaveLength(1);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_500_000n).toString(), lockedBalance: '0' });
    const [captures] = await sql<{ n: string }>(
      h.walletDbUrl,
      `select count(*)::text n from journal_entry where reference_id = $1 and entry_type = 'CAPTURE'`,
      [p.id],
    );
    expect(captures?.n).toBe('1');
  });

  it('one bank reference pays one payout: another payout marked with it, even at once, is 409 EXTERNAL_REFERENCE_USED and stays locked', async () => {
    const earners = await Promise.all([0, 1, 2].map(() => h.earner('DRIVER', { verified: true, method: true, earnings: EARNED })));
    const payouts = await Promise.all(earners.map((d) => h.withdraw(d, 1_000_000n)));
    for (const p of payouts) await h.decide(p.id, 'approve');
    const reference = `NIP-ONCE-${payouts[0]!.id.slice(0, 8)}`;
    // Two admins paste one reference on two payouts at the same moment: one is paid, the other refused.
    const [a, b] = await Promise.all(payouts.slice(0, 2).map((p) => codeOf(h.decide(p.id, 'mark_paid', '', reference))));
    expect([a, b].sort()).toEqual(['EXTERNAL_REFERENCE_USED', 'OK']);
    // Letter case and spaces around it do not make it another reference; the refused payouts keep their funds locked.
    expect(await codeOf(h.decide(payouts[2]!.id, 'mark_paid', '', `  ${reference.toLowerCase()} `))).toBe('EXTERNAL_REFERENCE_USED');
    const states = await Promise.all(payouts.map((p) => h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })));
    expect(states.map((p) => p.status).sort()).toEqual(['PAID', 'PROCESSING', 'PROCESSING']);
    const locked = await Promise.all(earners.map((d) => h.balance(d.walletId).then((w) => w.lockedBalance)));
    expect(locked.sort()).toEqual(['0', '1000000', '1000000']);
    // Its own reference again on the payout it paid is no conflict: the move is what is refused.
    const paid = states.find((p) => p.status === 'PAID')!;
    expect(await codeOf(h.decide(paid.id, 'mark_paid', '', reference))).toBe('ILLEGAL_PAYOUT_TRANSITION');
    // Another reference pays the others.
    for (const [i, p] of states.filter((x) => x.status === 'PROCESSING').entries())
      expect(await h.decide(p.id, 'mark_paid', '', `${reference}-${i}`)).toMatchObject({ status: 'PAID' });
  });

  it('30 concurrent withdrawals by one driver leave one open payout and never overdraw; a repeated key is the same payout', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        h.withdraw(d, 3_000_000n).then(
          (p) => p.status,
          (e: { code: string }) => e.code,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'PENDING')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'PAYOUT_BLOCKED')).toHaveLength(29);
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: '2000000', lockedBalance: '3000000' });

    const e = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const same = await Promise.all(Array.from({ length: 5 }, () => h.withdraw(e, 1_000_000n, 'one-key')));
    expect(new Set(same.map((p) => p.id)).size).toBe(1);
    expect(await h.balance(e.walletId)).toMatchObject({ lockedBalance: '1000000' });
  });
});

describe('payout methods', () => {
  it('a name enquiry at the provider finds an account held by somebody else: the method waits for review', async () => {
    const tester = await h.earner('DRIVER', { verified: true, testMode: true });
    const m = await h.pc.call(
      'SetPayoutMethod',
      { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', provider: '', accountNumber: '0123450000', accountName: 'Amaka Okafor' },
      { actor: tester.actor },
    );
    expect(m).toMatchObject({ status: 'PENDING_REVIEW', maskedNumber: '****0000' });
  });

  it('takes only the methods the earner’s country offers, a provider by its own name', async () => {
    const d = await h.earner('DRIVER', { verified: true });
    const link = (over: { type: string; provider?: string; bankName?: string; bankCode?: string }) =>
      h.pc.call(
        'SetPayoutMethod',
        { bankName: '', bankCode: '', provider: '', accountNumber: '08031230001', accountName: 'Amaka Okafor', ...over },
        { actor: d.actor },
      );
    // A field of the other kind is said, not dropped: the earner may have picked the wrong kind.
    await expect(link({ type: 'MOBILE_MONEY', provider: 'opay', bankName: 'Zenith Bank' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'bankName is for BANK accounts only',
    });
    expect(await codeOf(link({ type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', provider: 'opay' }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(link({ type: 'MOBILE_MONEY', provider: 'Totally Fake Wallet' }))).toBe('METHOD_NOT_OFFERED');
    // bKash is Bangladesh's, not Nigeria's.
    expect(await codeOf(link({ type: 'MOBILE_MONEY', provider: 'bKash' }))).toBe('METHOD_NOT_OFFERED');
    expect(await link({ type: 'MOBILE_MONEY', provider: 'opay' })).toMatchObject({ type: 'MOBILE_MONEY', provider: 'OPay', status: 'VERIFIED' });
  });

  it("an account linked while the legal name was a stranger's is paid only after a review that says so", async () => {
    const d = await h.earner('DRIVER', { verified: true, earnings: EARNED });
    const profile = (legalFirstName: string, legalLastName: string) =>
      h.idc.call('PutProfile', {
        userId: d.id,
        profile: { legalFirstName, legalLastName, dateOfBirth: '1990-04-12', countryCode: 'NG', residence: h.residence },
      });
    // The legal name briefly a stranger's (no document says so), the stranger's account linked, the name put back.
    await profile('John', 'Stranger');
    const linked = await h.pc.call(
      'SetPayoutMethod',
      { type: 'BANK', bankName: 'Access Bank', bankCode: '044', provider: '', accountNumber: '4440009990', accountName: 'John Stranger' },
      { actor: d.actor },
    );
    expect(linked.status).toBe('VERIFIED');
    await profile('Amaka', 'Okafor');
    const p = await h.withdraw(d, 1_500_000n);
    expect(p).toMatchObject({ status: 'PENDING', reviewFlags: ['ACCOUNT_NAME_NOT_LEGAL_NAME'] });
    // An account in the earner's own name carries no such flag.
    const own = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    expect((await h.withdraw(own, 1_500_000n)).reviewFlags).toEqual([]);
  });

  it('one account, one earner; the number never shows; a change starts a cool-down', async () => {
    const a = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const b = await h.earner('DRIVER', { verified: true });
    expect(
      await codeOf(
        h.pc.call(
          'SetPayoutMethod',
          { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', provider: '', accountNumber: a.accountNumber, accountName: 'Amaka Okafor' },
          { actor: b.actor },
        ),
      ),
    ).toBe('ACCOUNT_ALREADY_LINKED');
    // The refusal is recorded for review (SPEC 3): who tried, whose account it is, the number masked.
    const [refused] = await eventually(
      () => h.events.events().filter((e) => e.type === 'payout.method-link-refused.v1' && (e.data as { ownerId?: string }).ownerId === b.id),
      (found) => found.length === 1,
    );
    expect(refused).toMatchObject({
      aggregateType: 'user',
      aggregateId: b.id,
      actor: { type: 'USER', id: b.id },
      data: { holderId: a.id, type: 'BANK', maskedNumber: `****${a.accountNumber.slice(-4)}`, reason: 'ACCOUNT_ALREADY_LINKED' },
    });
    expect(JSON.stringify(refused)).not.toContain(a.accountNumber);
    expect(
      await codeOf(
        h.pc.call(
          'SetPayoutMethod',
          { type: 'CARD_FUTURE', bankName: '', bankCode: '', provider: '', accountNumber: '4111111111111111', accountName: 'Amaka Okafor' },
          { actor: b.actor },
        ),
      ),
    ).toBe('METHOD_NOT_SUPPORTED');

    const open = await h.withdraw(a, 500_000n);
    expect(open).toMatchObject({ status: 'PENDING', reviewFlags: [] });
    const changed = await h.pc.call(
      'SetPayoutMethod',
      { type: 'MOBILE_MONEY', bankName: '', bankCode: '', provider: 'OPay', accountNumber: '08031234567', accountName: 'Amaka Okafor' },
      { actor: a.actor },
    );
    expect(changed).toMatchObject({ maskedNumber: '****4567', status: 'VERIFIED' });
    // The payout already waiting still names the old account: the admin is told it changed, and approving needs a note.
    const stale = await h.pc.call('GetPayout', { payoutId: open.id }, { actor: h.admin });
    expect(stale).toMatchObject({ maskedAccount: `****${a.accountNumber.slice(-4)}`, reviewFlags: ['PAYOUT_METHOD_CHANGED_SINCE_REQUEST'] });
    expect(await codeOf(h.decide(open.id, 'approve'))).toBe('NOTE_REQUIRED');
    await h.decide(open.id, 'reject', 'the earner changed their account; asked to request again');
    expect(Date.parse(changed.usableFrom)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    // a's old account is no longer anybody's active method, yet a number another earner had goes to review.
    const reused = await h.pc.call(
      'SetPayoutMethod',
      { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', provider: '', accountNumber: a.accountNumber, accountName: 'Amaka Okafor' },
      { actor: b.actor },
    );
    expect(reused).toMatchObject({ status: 'PENDING_REVIEW' });
    // The reviewer is told why it waits: its name may match, its number is another earner's.
    const waiting = await h.pc.call('ListPayoutMethods', { status: 'PENDING_REVIEW' }, { actor: h.admin });
    expect(waiting.methods.find((m) => m.id === reused.id)?.reviewFlags).toContain('ACCOUNT_NUMBER_OF_ANOTHER_EARNER');
    expect(await reasonsOf(h.withdraw(a, 500_000n))).toEqual(['PAYOUT_BLOCKED', 'PAYOUT_METHOD_COOLING_DOWN']);
    // The withdrawal terms say so before any amount is asked for, and when withdrawals to it open; b's account waits for review.
    expect(await h.pc.call('GetWithdrawalTerms', {}, { actor: a.actor })).toMatchObject({
      reasons: ['PAYOUT_METHOD_COOLING_DOWN'],
      payoutMethodUsableFrom: changed.usableFrom,
    });
    expect(await h.pc.call('GetWithdrawalTerms', {}, { actor: b.actor })).toMatchObject({
      reasons: ['PAYOUT_METHOD_NOT_VERIFIED'],
      payoutMethodUsableFrom: '',
    });
    // Rejected, it is no longer something to wait for: another account must be added.
    await h.pc.call('DecidePayoutMethod', { methodId: reused.id, decision: 'REJECT', note: 'the number is another earner’s' }, { actor: h.admin });
    expect(await h.pc.call('GetWithdrawalTerms', {}, { actor: b.actor })).toMatchObject({ reasons: ['PAYOUT_METHOD_REJECTED'] });

    // After the cool-down the new method can be paid, but the payout carries a review flag: approving needs a note.
    await sql(h.payoutDbUrl, `update payout_method set usable_from = now() - interval '1 minute' where owner_id = $1 and active`, [a.id]);
    const flagged = await h.withdraw(a, 500_000n);
    expect(flagged.reviewFlags).toContain('PAYOUT_METHOD_RECENTLY_CHANGED');
    expect(flagged.methodType).toBe('MOBILE_MONEY');
    // The admin list finds it by method kind and by its flags, and leaves it out of the opposite filters.
    const listed = async (filter: { methodType?: string; flagged?: string }) =>
      (
        await h.pc.call(
          'ListPayouts',
          {
            status: 'PENDING',
            ownerType: '',
            countryCode: '',
            mode: '',
            from: '',
            to: '',
            methodType: '',
            flagged: '',
            ...filter,
            page: { pageSize: 100, cursor: '' },
          },
          { actor: h.admin },
        )
      ).payouts.map((p) => p.id);
    expect(await listed({ methodType: 'MOBILE_MONEY', flagged: 'yes' })).toContain(flagged.id);
    expect(await listed({ methodType: 'BANK' })).not.toContain(flagged.id);
    expect(await listed({ flagged: 'no' })).not.toContain(flagged.id);
    expect(await codeOf(listed({ flagged: 'maybe' }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(h.decide(flagged.id, 'approve'))).toBe('NOTE_REQUIRED');
    expect(await h.decide(flagged.id, 'approve', 'called the driver on the number on file')).toMatchObject({ status: 'PROCESSING' });

    const [row] = await sql<{ c: string }>(h.payoutDbUrl, 'select account_ciphertext c from payout_method where owner_id = $1 and active', [a.id]);
    expect(row?.c).not.toContain('08031234567');
    await eventually(
      () => h.events.events().filter((e) => e.type === 'payout.method-changed.v1' && (e.data as { ownerId?: string }).ownerId === a.id),
      (e) => e.length >= 2,
    );
    const everything = [h.logLines.join('\n'), JSON.stringify(h.events.events())].join('\n');
    expect(everything).not.toContain('08031234567');
    expect(everything).not.toContain(a.accountNumber);
    expect(everything).toContain('****4567');
  });
});

describe('provider webhooks', () => {
  const now = () => String(Math.floor(Date.now() / 1000));
  const deliver = (body: object, o: { ts?: string; secret?: string; signature?: string } = {}) => {
    const raw = JSON.stringify(body);
    const ts = o.ts ?? now();
    return h.pc.call('HandleProviderWebhook', {
      provider: 'simulated',
      timestamp: ts,
      signature: o.signature ?? signWebhook(o.secret ?? h.webhookSecret, ts, raw),
      rawBody: Buffer.from(raw),
    });
  };

  it('a PAID callback delivered 5 times, at once, captures the funds once', async () => {
    await h.providerBehaves('silent'); // the callbacks here are the test's own
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const p = await h.withdraw(d, 1_000_000n);
    expect(p.provider).toBe('simulated');
    await h.decide(p.id, 'approve');
    const event = { eventId: `evt-${p.id}`, reference: p.id, status: 'PAID', externalReference: 'SIM-0001' };
    const acks = await Promise.all(Array.from({ length: 5 }, () => deliver(event)));
    expect(acks.filter((a) => !a.duplicate)).toHaveLength(1);
    expect(acks.every((a) => a.accepted)).toBe(true); // a copy that arrives mid-way reports the state it saw
    expect(await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })).toMatchObject({ status: 'PAID', externalReference: 'SIM-0001' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '0' });
    const [captures] = await sql<{ n: string }>(
      h.walletDbUrl,
      `select count(*)::text n from journal_entry where reference_id = $1 and entry_type = 'CAPTURE'`,
      [p.id],
    );
    expect(captures?.n).toBe('1');
    // A late FAILED for the same payout (out of order) changes nothing.
    expect(await deliver({ eventId: `evt-late-${p.id}`, reference: p.id, status: 'FAILED' })).toMatchObject({ duplicate: true, payoutStatus: 'PAID' });
  });

  it('a payout the bank returns is credited back by a new entry, and the earner is flagged for review', async () => {
    await h.providerBehaves('silent');
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const p = await h.withdraw(d, 1_000_000n);
    await h.decide(p.id, 'approve');
    await deliver({ eventId: `evt-paid-${p.id}`, reference: p.id, status: 'PAID' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '0' });
    // This provider reports its returns itself: an admin's record of one is refused, nothing moves.
    expect(await codeOf(h.decide(p.id, 'mark_returned', 'the bank called'))).toBe('RETURN_REPORTED_BY_PROVIDER');
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString() });
    const returned = { eventId: `evt-ret-${p.id}`, reference: p.id, status: 'RETURNED', failureReason: 'beneficiary account closed' };
    expect(await deliver(returned)).toMatchObject({ duplicate: false, payoutStatus: 'RETURNED' });
    expect(await deliver(returned)).toMatchObject({ duplicate: true });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });
    expect(await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })).toMatchObject({
      status: 'RETURNED',
      reviewFlags: expect.arrayContaining(['PAYOUT_RETURNED']),
    });
    expect((await h.withdraw(d, 500_000n)).reviewFlags).toContain('PAYOUT_RETURNED_BEFORE');
  });

  it('a return that arrives before its payment is refused unrecorded, and applies when the provider sends it again', async () => {
    await h.providerBehaves('silent');
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const p = await h.withdraw(d, 1_000_000n);
    const returned = { eventId: `evt-early-ret-${p.id}`, reference: p.id, status: 'RETURNED', failureReason: 'beneficiary account closed' };
    // Waiting for approval, then sent: the bank's return cannot apply yet, and is not kept as handled.
    expect(await codeOf(deliver(returned))).toBe('PAYOUT_OUTCOME_TOO_EARLY');
    await h.decide(p.id, 'approve');
    expect(await codeOf(deliver(returned))).toBe('PAYOUT_OUTCOME_TOO_EARLY');
    expect(await codeOf(deliver({ eventId: `evt-early-paid-${p.id}`, reference: p.id, status: 'PAID' }))).toBe('OK');
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '0' });
    // The provider's retry of the same event: the money the bank sent back is the earner's again, once.
    expect(await deliver(returned)).toMatchObject({ duplicate: false, payoutStatus: 'RETURNED' });
    expect(await deliver(returned)).toMatchObject({ duplicate: true, payoutStatus: 'RETURNED' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });
  });

  it('a payment reported after a failure captures the funds still locked, and no retry or reversal pays again', async () => {
    await h.providerBehaves('silent');
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const p = await h.withdraw(d, 1_000_000n);
    await h.decide(p.id, 'approve');
    await deliver({ eventId: `evt-failed-${p.id}`, reference: p.id, status: 'FAILED', failureReason: 'timeout at the bank' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '1000000' });
    const paid = { eventId: `evt-paid-${p.id}`, reference: p.id, status: 'PAID', externalReference: 'SIM-LATE-1' };
    expect(await deliver(paid)).toMatchObject({ duplicate: false, payoutStatus: 'PAID' });
    expect(await deliver(paid)).toMatchObject({ duplicate: true, payoutStatus: 'PAID' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '0' });
    expect(await codeOf(h.decide(p.id, 'reverse', 'gave up'))).toBe('ILLEGAL_PAYOUT_TRANSITION');
    expect(await codeOf(h.decide(p.id, 'retry'))).toBe('ILLEGAL_PAYOUT_TRANSITION');
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '0' });
    const shown = await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin });
    expect(shown).toMatchObject({ status: 'PAID', externalReference: 'SIM-LATE-1' });
    expect(shown.transitions.map((t) => `${t.fromStatus}->${t.toStatus}`)).toContain('FAILED->PAID');
  });

  /**
   * A test-mode payout the provider reported FAILED. `provider`: what its transfer did there (failed,
   * and said so itself; paid, saying nothing; still processing), the FAILED callback the test's own otherwise.
   */
  async function failedPayout(provider: 'fail' | 'silent' | 'pending') {
    await h.providerBehaves(provider);
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const p = await h.withdraw(d, 1_000_000n);
    await h.decide(p.id, 'approve');
    if (provider !== 'fail') await deliver({ eventId: `evt-failed-${p.id}`, reference: p.id, status: 'FAILED', failureReason: 'timeout at the bank' });
    await eventually(
      () => h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin }),
      (x) => x.status === 'FAILED',
    );
    return { d, p };
  }

  it('a payment reported after an admin reversed the payout moves nothing and flags the earner’s payouts', async () => {
    const { d, p } = await failedPayout('fail');
    await h.decide(p.id, 'reverse', 'the bank said the account is closed');
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });
    expect(await deliver({ eventId: `evt-paid-${p.id}`, reference: p.id, status: 'PAID' })).toMatchObject({ duplicate: true, payoutStatus: 'REVERSED' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });
    expect((await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })).reviewFlags).toContain('PROVIDER_PAID_AFTER_REVERSAL');
    // The next request goes to an admin who reads that first, and must say why they approve it.
    const next = await h.withdraw(d, 500_000n);
    expect(next.reviewFlags).toContain('PROVIDER_PAID_AFTER_REVERSAL');
    expect(await codeOf(h.decide(next.id, 'approve'))).toBe('NOTE_REQUIRED');
  });

  it('a reversal asks the provider first: paid after all, the payout is PAID and nothing is given back; not yet failed there, nothing moves', async () => {
    // Reported failed while the provider still processes the transfer: it has not confirmed the failure.
    const slow = await failedPayout('pending');
    expect(await codeOf(h.decide(slow.p.id, 'reverse', 'gave up'))).toBe('PROVIDER_FAILURE_UNCONFIRMED');
    expect(await h.balance(slow.d.walletId)).toMatchObject({ lockedBalance: '1000000' });
    // Reported failed, then paid there after all (it never calls back).
    const { d, p } = await failedPayout('silent');
    await eventually(
      () => h.providerTransfer(p.id),
      (s) => s === 'PAID',
    );
    expect(await codeOf(h.decide(p.id, 'reverse', 'gave up'))).toBe('PAYOUT_PAID_BY_PROVIDER');
    expect(await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })).toMatchObject({ status: 'PAID' });
    expect(await h.balance(d.walletId)).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '0' });
  });

  it('a payment reported while an admin reverses the failed payout: one of the two wins, and a reversal that won is flagged', async () => {
    for (let round = 0; round < 4; round++) {
      const { d, p } = await failedPayout('fail');
      await Promise.allSettled([deliver({ eventId: `evt-paid-${p.id}`, reference: p.id, status: 'PAID' }), h.decide(p.id, 'reverse', 'gave up')]);
      const after = await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin });
      const balance = await h.balance(d.walletId);
      if (after.status === 'PAID') {
        expect(balance).toMatchObject({ availableBalance: (EARNED - 1_000_000n).toString(), lockedBalance: '0' });
      } else {
        expect(after.status).toBe('REVERSED');
        expect(balance).toMatchObject({ availableBalance: EARNED.toString(), lockedBalance: '0' });
        expect(after.reviewFlags).toContain('PROVIDER_PAID_AFTER_REVERSAL');
      }
    }
  });

  it('refuses a bad signature, a wrong secret and an old timestamp, and moves nothing', async () => {
    await h.providerBehaves('silent');
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const p = await h.withdraw(d, 1_000_000n);
    await h.decide(p.id, 'approve');
    const event = { eventId: `evt-${p.id}`, reference: p.id, status: 'PAID' };
    expect(await codeOf(deliver(event, { signature: 'ab'.repeat(32) }))).toBe('BAD_WEBHOOK_SIGNATURE');
    expect(await codeOf(deliver(event, { secret: 'not-the-secret-at-all' }))).toBe('BAD_WEBHOOK_SIGNATURE');
    expect(await codeOf(deliver(event, { ts: String(Math.floor(Date.now() / 1000) - 3600) }))).toBe('STALE_WEBHOOK');
    expect(await h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin })).toMatchObject({ status: 'PROCESSING' });
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '1000000' });
    // The genuine callback still applies afterwards: FAILED keeps the funds locked.
    expect(await deliver({ ...event, status: 'FAILED', failureReason: 'account closed' })).toMatchObject({ duplicate: false, payoutStatus: 'FAILED' });
    expect(await h.balance(d.walletId)).toMatchObject({ lockedBalance: '1000000' });
  });
});

describe('the weekly auto-payout run', () => {
  it('pays verified earners above the threshold, skips the rest, and runs once per week and country', async () => {
    const above = await h.earner('DRIVER', { verified: true, method: true, earnings: 700_000n });
    const below = await h.earner('DRIVER', { verified: true, method: true, earnings: 400_000n }); // NG threshold 500,000
    const busy = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const unverified = await h.earner('DRIVER', { method: true, earnings: 700_000n });
    await h.withdraw(busy, 1_000_000n);
    const week = endedWeek(1);
    const ended = await watchEvents((await infrastructure()).amqpUrl, 'payout.auto-run-completed.v1');
    // An earner who sends the key the run once used, to take its place: refused for its amount, and the run still pays them.
    expect(await reasonsOf(h.withdraw(above, 50_000n, `auto-weekly:${week}`))).toEqual(['PAYOUT_BLOCKED', 'BELOW_MINIMUM_WITHDRAWAL']);
    const run = await h.pc.call('RunAutoWeeklyPayouts', { weekOf: week, countryCode: 'NG' }, { actor: h.admin });
    const mine = (r: typeof run, ownerId: string) => r.payouts.filter((p) => p.ownerId === ownerId);
    expect(mine(run, above.id)).toEqual([expect.objectContaining({ status: 'PENDING', origin: 'auto_weekly', amount: { amount: '700000', currency: 'NGN' } })]);
    expect(mine(run, below.id)).toEqual([]);
    expect(mine(run, busy.id)).toEqual([]);
    // Whom it skipped and why, so the admin can tell a balance too small from an earner the rules refuse.
    const skippedOf = (r: typeof run, ownerId: string) => r.skippedEarners.filter((e) => e.ownerId === ownerId).map((e) => e.reasons);
    expect(skippedOf(run, below.id)).toEqual([['BELOW_AUTO_PAYOUT_THRESHOLD']]);
    expect(skippedOf(run, busy.id)).toEqual([['OPEN_PAYOUT_EXISTS']]);
    expect(skippedOf(run, unverified.id)).toEqual([expect.arrayContaining(['DRIVER_NOT_VERIFIED', 'MISSING_DOCUMENT:NIN'])]);
    expect(mine(run, unverified.id)).toEqual([]);
    // A run asked for nothing the earner should find refused: no blocked payout on their list.
    expect((await h.pc.call('ListMyPayouts', {}, { actor: unverified.actor })).payouts).toEqual([]);
    expect(skippedOf(run, above.id)).toEqual([]);
    expect(run.skipped).toBe(run.skippedEarners.length);
    // Whom it skipped and why are in the audit trail too: the run's end is an event.
    const [completed] = await eventually(
      () => ended.events().filter((e) => e.data.runId === run.id),
      (seen) => seen.length === 1,
    );
    await ended.close();
    expect(completed!.data).toMatchObject({ weekStart: run.weekStart, countryCode: 'NG', payouts: run.payouts.length, skipped: run.skippedEarners });
    // The list of runs counts what it paid as the report does: the unverified earner's blocked request is one of the skipped, not a payout.
    const listed = (await h.pc.call('ListAutoWeeklyRuns', { countryCode: 'NG' }, { actor: h.admin })).runs.find((r) => r.id === run.id);
    const live = run.payouts.filter((p) => p.mode === 'live'); // the list's figures are live money only
    const paid = live.reduce((sum, p) => sum + BigInt(p.amount!.amount), 0n);
    expect(listed).toMatchObject({ payouts: live.length, skipped: run.skipped, amount: { amount: String(paid), currency: 'NGN' } });
    expect(await h.balance(above.walletId)).toMatchObject({ availableBalance: '0', lockedBalance: '700000' });
    // The trail names who started the run, not the earner, who asked for nothing.
    const created = await h.pc.call('GetPayout', { payoutId: mine(run, above.id)[0]!.id }, { actor: h.admin });
    expect(created.transitions[0]).toMatchObject({ toStatus: 'REQUESTED', actorType: 'ADMIN', actorId: h.admin.id, note: 'weekly automatic payout' });
    // So does its hold in the ledger (SPEC 4: every posting names the admin who caused it).
    const { transactions } = await h.wc.call('ListTransactions', {
      walletId: above.walletId,
      page: { pageSize: 10, cursor: '' },
      referenceType: 'payout',
      referenceId: created.id,
    });
    expect(transactions.map((t) => [t.entryType, t.createdByAdminId])).toEqual([['HOLD', h.admin.id]]);
    // An earner's own request is still theirs.
    const asked = await h.pc.call('GetPayout', { payoutId: (await h.pc.call('ListMyPayouts', {}, { actor: busy.actor })).payouts[0]!.id }, { actor: h.admin });
    expect(asked.transitions[0]).toMatchObject({ toStatus: 'REQUESTED', actorType: 'USER', actorId: busy.id, note: '' });

    const again = await h.pc.call('RunAutoWeeklyPayouts', { weekOf: week, countryCode: 'NG' }, { actor: h.admin });
    expect(again).toMatchObject({ id: run.id, replayed: true });
    expect(again.payouts.map((p) => p.id).sort()).toEqual(run.payouts.map((p) => p.id).sort());
    expect(again.skippedEarners).toEqual(run.skippedEarners);
    expect(await h.balance(above.walletId)).toMatchObject({ lockedBalance: '700000' });
    expect(await codeOf(h.pc.call('RunAutoWeeklyPayouts', { weekOf: week, countryCode: 'NG' }, { actor: above.actor }))).toBe('ACTION_NOT_ALLOWED');
    // A country nobody is paid out in is refused, and no run is recorded for it.
    expect(await codeOf(h.pc.call('RunAutoWeeklyPayouts', { weekOf: week, countryCode: 'QQ' }, { actor: h.admin }))).toBe('UNSUPPORTED_COUNTRY');
    const [runs] = await sql<{ n: string }>(h.payoutDbUrl, `select count(*)::text n from auto_payout_run where country_code = 'QQ'`);
    expect(runs?.n).toBe('0');
    // The run's payout was not the earner's request: it does not count toward their hourly attempts.
    await h.decide(mine(run, above.id)[0]!.id, 'reject', 'paid by hand this week');
    expect((await h.withdraw(above, 600_000n)).reviewFlags).not.toContain('RAPID_WITHDRAWAL_ATTEMPTS'); // their second of the hour
  });
});
