import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { LedgerOperations, type WriteMeta } from '../src/application/ledger-operations.usecase.ts';
import { meta, ngn, openWallet, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  // One transaction writing at a time: whatever arrives meanwhile is written together in the next.
  h = await startHarness('ledger_group', { LEDGER_BATCHES_IN_FLIGHT: '1' });
});
afterAll(async () => h?.stop());

const writeMeta = (): WriteMeta => ({
  idempotencyKey: randomUUID(),
  serviceType: 'adjustment',
  reference: null,
  description: 'test entry',
  createdByAdminId: null,
});

it('writes entries queued together as if one after another: a capture, then a release of the rest of the same hold', async () => {
  const rider = await openWallet(h);
  const other = await openWallet(h);
  await h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(10_000) });
  await h.client.call('AddFunds', { meta: meta(), walletId: other.id, amount: ngn(10_000) });
  const holdId = `trip-${randomUUID()}`;
  await h.client.call('Hold', { meta: meta(), walletId: rider.id, amount: ngn(1_000), holdId });

  // Keeps the writer busy, so the capture and the release below queue up together behind it.
  const busy = Array.from({ length: 10 }, () => LedgerOperations.debit(h.app.ctx, writeMeta(), other.id, { amount: 10n, currency: 'NGN' }, 'REVENUE'));
  const capture = LedgerOperations.capture(h.app.ctx, writeMeta(), holdId, 600n, 'REVENUE');
  const release = LedgerOperations.release(h.app.ctx, writeMeta(), holdId, null);
  await Promise.all(busy);

  expect((await capture).postings.find((p) => p.walletId === rider.id)).toMatchObject({ amount: '-600', lockedAfter: '400' });
  // Released after the capture committed: what remained under the hold, not the hold as it was.
  expect((await release).postings.find((p) => p.bucket === 'HELD')).toMatchObject({ amount: '-400', lockedAfter: '0' });
  expect(await h.client.call('GetWallet', { walletId: rider.id })).toMatchObject({ availableBalance: '9400', lockedBalance: '0' });
});
