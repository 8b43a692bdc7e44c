import { describe, expect, it } from '@jest/globals';
import { balanceKey, type BoundLeg } from './apply-entry.ts';
import { EntryBatch } from './entry-batch.ts';
import type { Balances, EntryDraft, Hold, WalletInfo } from './ledger-model.ts';
import * as op from './operations.ts';

const meta: op.EntryMeta = { serviceType: 'adjustment', reference: null, description: 'test', createdByAdminId: null };
const rider: WalletInfo = { id: 'rider', ownerId: 'u1', ownerType: 'RIDER', currency: 'NGN', mode: 'live' };
const revenue: WalletInfo = { id: 'revenue', ownerId: 'REVENUE', ownerType: 'PLATFORM', currency: 'NGN', mode: 'live' };
const funding: WalletInfo = { id: 'funding', ownerId: 'FUNDING', ownerType: 'SYSTEM', currency: 'NGN', mode: 'live' };
const bySystem: Record<string, WalletInfo> = { REVENUE: revenue, FUNDING: funding, PAYOUT_CLEARING: funding };

const balances = (available: bigint, held = 0n): Balances => ({ available, held, owed: 0n, totalEarned: 0n });
const locked = (riderAvailable: bigint, riderHeld = 0n) =>
  new Map([
    [balanceKey('rider', 0), balances(riderAvailable, riderHeld)],
    [balanceKey('revenue', 0), balances(0n)],
    [balanceKey('funding', 0), balances(0n)],
  ]);

const bind = (d: EntryDraft): BoundLeg[] =>
  d.legs.map((l) => ({
    wallet: 'walletId' in l.account ? rider : bySystem[l.account.system]!,
    shard: 0,
    bucket: l.bucket,
    amount: l.amount,
    ...(l.holdId ? { holdId: l.holdId } : {}),
  }));
const post = (batch: EntryBatch, d: EntryDraft, holds: Map<string, Hold> = new Map()) => batch.apply(d, bind(d), holds);

describe('a batch of entries on the same locked rows', () => {
  it('applies each on what the ones before it left, and a refused one changes nothing', () => {
    const batch = new EntryBatch(locked(1_000n));
    post(batch, op.debit(rider, 700n, 'REVENUE', meta));
    // 700 of 1,000 went: 400 more would overdraw, though it fits the balance the batch started from.
    expect(() => post(batch, op.debit(rider, 400n, 'REVENUE', meta))).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_FUNDS' }));
    post(batch, op.debit(rider, 300n, 'REVENUE', meta));
    const { balances: after } = batch.changes([balanceKey('rider', 0), balanceKey('revenue', 0)]);
    expect(after.get(balanceKey('rider', 0))!.available).toBe(0n);
    expect(after.get(balanceKey('revenue', 0))!.available).toBe(1_000n);
    expect(after.has(balanceKey('funding', 0))).toBe(false);
  });

  it('sees a hold as the earlier entries left it: two captures cannot take more than it holds', () => {
    const hold: Hold = { id: 'trip-1', walletId: 'rider', amount: 100n, remaining: 100n };
    const batch = new EntryBatch(locked(0n, 100n));
    // Each capture was prepared from the stored hold (100 remaining), as the service prepares them.
    post(batch, op.capture(rider, hold, 60n, 'REVENUE', meta), new Map([[hold.id, hold]]));
    expect(() => post(batch, op.capture(rider, hold, 60n, 'REVENUE', meta), new Map([[hold.id, hold]]))).toThrow(
      expect.objectContaining({ code: 'HOLD_EXCEEDED' }),
    );
    const changes = batch.changes([balanceKey('rider', 0)]);
    expect(changes.changedHolds).toEqual([{ ...hold, remaining: 40n }]);
    expect(changes.openedHolds).toEqual([]);
    expect(changes.balances.get(balanceKey('rider', 0))!.held).toBe(40n);
  });

  it('opens a hold once: a second opening of the same id in the batch is refused', () => {
    const batch = new EntryBatch(locked(500n));
    post(batch, op.hold(rider, 200n, 'trip-2', meta));
    expect(() => post(batch, op.hold(rider, 100n, 'trip-2', meta))).toThrow(expect.objectContaining({ code: 'HOLD_EXISTS' }));
    const changes = batch.changes([balanceKey('rider', 0)]);
    expect(changes.openedHolds).toEqual([{ id: 'trip-2', walletId: 'rider', amount: 200n, remaining: 200n }]);
    expect(changes.balances.get(balanceKey('rider', 0))).toMatchObject({ available: 300n, held: 200n });
  });
});
