import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { eventually } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { startPayoutHarness, type PayoutHarness } from './harness.ts';

// SPEC section 4: every posting records the admin where one caused it. A payout's ledger lines are
// read as the admin console reads them (ListTransactions of the payout's reference): the admin whose
// decision took the step is named; the earner's request and a provider's report name nobody.

let h: PayoutHarness;
beforeAll(async () => {
  h = await startPayoutHarness();
});
afterAll(async () => {
  await h?.stop();
});

const EARNED = 5_000_000n;
const anotherAdmin = (): Actor => ({ type: 'ADMIN', id: randomUUID(), role: 'ADMIN' });
const decideAs = (actor: Actor, payoutId: string, action: string, reason = '', externalReference = '') =>
  h.pc.call('DecidePayout', { payoutId, action, reason, externalReference }, { actor });

/** The payout's lines in the earner's statement, by entry type (HOLD, RELEASE, CAPTURE, CREDIT). */
async function linesOf(walletId: string, payoutId: string) {
  const { transactions } = await h.wc.call('ListTransactions', {
    walletId,
    page: { pageSize: 50, cursor: '' },
    referenceType: 'payout',
    referenceId: payoutId,
  });
  return Object.fromEntries(transactions.map((t) => [t.entryType, t.createdByAdminId]));
}

describe('the admin a payout’s ledger entry names', () => {
  it('the capture names the admin who marked it paid, not the one who approved it; the hold names no admin', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const p = await h.withdraw(d, 1_000_000n);
    await decideAs(anotherAdmin(), p.id, 'approve');
    const finance = anotherAdmin();
    expect(await decideAs(finance, p.id, 'mark_paid', '', `NIP-${p.id}`)).toMatchObject({ status: 'PAID' });
    expect(await linesOf(d.walletId, p.id)).toEqual({ HOLD: '', CAPTURE: finance.id });
  });

  it('a rejection’s and a reversal’s release name the admin who decided it', async () => {
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED });
    const rejected = await h.withdraw(d, 1_000_000n);
    const rejecter = anotherAdmin();
    await decideAs(rejecter, rejected.id, 'reject', 'bank details under review');
    expect(await linesOf(d.walletId, rejected.id)).toEqual({ HOLD: '', RELEASE: rejecter.id });

    const reversed = await h.withdraw(d, 1_000_000n);
    await h.decide(reversed.id, 'approve');
    await h.decide(reversed.id, 'mark_failed', 'beneficiary bank offline');
    const reverser = anotherAdmin();
    await decideAs(reverser, reversed.id, 'reverse', 'earner asked to keep the money');
    expect(await linesOf(d.walletId, reversed.id)).toEqual({ HOLD: '', RELEASE: reverser.id });
  });

  it('a provider’s PAID report of a payout an admin approved names nobody: the money left on the provider’s word', async () => {
    await h.providerBehaves('succeed');
    const d = await h.earner('DRIVER', { verified: true, method: true, earnings: EARNED, testMode: true });
    const p = await h.withdraw(d, 1_000_000n);
    expect(p.provider).toBe('simulated');
    await h.decide(p.id, 'approve');
    await eventually(
      () => h.pc.call('GetPayout', { payoutId: p.id }, { actor: h.admin }),
      (payout) => payout.status === 'PAID',
    );
    expect(await linesOf(d.walletId, p.id)).toEqual({ HOLD: '', CAPTURE: '' });
  });
});
