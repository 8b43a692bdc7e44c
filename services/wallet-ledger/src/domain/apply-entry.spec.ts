import { describe, expect, it } from '@jest/globals';
import { AppError } from '@ziba/service-kit/errors';
import fc from 'fast-check';
import { applyEntry, balanceKey, type BoundLeg } from './apply-entry.ts';
import type { Balances, EntryDraft, Hold, WalletInfo } from './ledger-model.ts';
import * as op from './operations.ts';

const meta: op.EntryMeta = { serviceType: 'adjustment', reference: null, description: 'test', createdByAdminId: null };
const rider: WalletInfo = { id: 'rider', ownerId: 'u1', ownerType: 'RIDER', currency: 'NGN', mode: 'live' };
const driver: WalletInfo = { id: 'driver', ownerId: 'u2', ownerType: 'DRIVER', currency: 'NGN', mode: 'live' };
const revenue: WalletInfo = { id: 'revenue', ownerId: 'REVENUE', ownerType: 'PLATFORM', currency: 'NGN', mode: 'live' };
const funding: WalletInfo = { id: 'funding', ownerId: 'FUNDING', ownerType: 'SYSTEM', currency: 'NGN', mode: 'live' };
const wallets: Record<string, WalletInfo> = { rider, driver, revenue, funding, REVENUE: revenue, FUNDING: funding };

const zero = (): Balances => ({ available: 0n, held: 0n, owed: 0n, totalEarned: 0n });

/** An in-memory ledger driven only through applyEntry, as the service drives it under row locks. */
class ModelLedger {
  balances = new Map<string, Balances>(Object.values(wallets).map((w) => [balanceKey(w.id, 0), zero()]));
  holds = new Map<string, Hold>();
  postingsSum = new Map<string, bigint>();

  post(d: EntryDraft): void {
    const legs: BoundLeg[] = d.legs.map((l) => ({
      wallet: wallets['walletId' in l.account ? l.account.walletId : l.account.system]!,
      shard: 0,
      bucket: l.bucket,
      amount: l.amount,
      ...(l.holdId ? { holdId: l.holdId } : {}),
      ...(l.earning ? { earning: true } : {}),
    }));
    const applied = applyEntry(d, legs, this.balances, this.holds);
    for (const [k, b] of applied.balances) this.balances.set(k, b);
    for (const [k, h] of applied.holds) this.holds.set(k, h);
    for (const p of applied.postings) {
      const k = `${p.walletId}:${p.bucket}`;
      this.postingsSum.set(k, (this.postingsSum.get(k) ?? 0n) + p.amount);
    }
  }
}

type Cmd = { kind: 'add' | 'hold' | 'release' | 'settle' | 'debit' | 'cashCommission' | 'net'; amount: bigint; n: number };
const cmd = fc.record({
  kind: fc.constantFrom('add', 'hold', 'release', 'settle', 'debit', 'cashCommission', 'net'),
  amount: fc.bigInt({ min: 1n, max: 1_000_000n }),
  n: fc.nat(5),
}) as fc.Arbitrary<Cmd>;

function run(model: ModelLedger, c: Cmd): void {
  const holdId = `h${c.n}`;
  const h = model.holds.get(holdId);
  switch (c.kind) {
    case 'add':
      op.assertNothingHeld(model.balances.get('rider:0'));
      return model.post(op.addFunds(rider, c.amount, meta));
    case 'hold':
      return model.post(op.hold(rider, c.amount, holdId, meta));
    case 'release':
      if (!h) throw new AppError('NOT_FOUND', 'HOLD_NOT_FOUND', 'none');
      return model.post(op.release(rider, h, c.amount % 2n === 0n ? null : c.amount, meta));
    case 'settle': {
      if (!h || h.remaining === 0n) throw new AppError('NOT_FOUND', 'HOLD_NOT_FOUND', 'none');
      const platform = h.remaining / 5n;
      return model.post(
        op.transfer(
          'NGN',
          'live',
          [
            { account: { walletId: 'rider' }, bucket: 'HELD', amount: -h.remaining, holdId },
            { account: { walletId: 'driver' }, bucket: 'AVAILABLE', amount: h.remaining - platform, earning: true },
            ...(platform > 0n ? [{ account: { system: 'REVENUE' as const }, bucket: 'AVAILABLE' as const, amount: platform }] : []),
          ],
          meta,
        ),
      );
    }
    case 'debit':
      return model.post(op.debit(driver, c.amount, 'FUNDING', meta));
    case 'cashCommission':
      return model.post(
        op.transfer(
          'NGN',
          'live',
          [
            { account: { walletId: 'driver' }, bucket: 'OWED', amount: -c.amount },
            { account: { system: 'REVENUE' }, bucket: 'AVAILABLE', amount: c.amount },
          ],
          meta,
        ),
      );
    case 'net':
      return model.post(
        op.transfer(
          'NGN',
          'live',
          [
            { account: { walletId: 'driver' }, bucket: 'AVAILABLE', amount: -c.amount },
            { account: { walletId: 'driver' }, bucket: 'OWED', amount: c.amount },
          ],
          meta,
        ),
      );
  }
}

describe('applyEntry against a model', () => {
  it('keeps every invariant over random operation sequences', () => {
    fc.assert(
      fc.property(fc.array(cmd, { maxLength: 60 }), (cmds) => {
        const model = new ModelLedger();
        for (const c of cmds) {
          const before = structuredClone([...model.balances]);
          try {
            run(model, c);
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
            expect([...model.balances]).toEqual(before); // a refused entry changes nothing
          }
        }
        let total = 0n;
        for (const [key, b] of model.balances) {
          total += b.available + b.held + b.owed;
          const id = key.split(':')[0]!;
          expect(b.available).toBe(model.postingsSum.get(`${id}:AVAILABLE`) ?? 0n);
          expect(b.held).toBe(model.postingsSum.get(`${id}:HELD`) ?? 0n);
          expect(b.owed).toBe(model.postingsSum.get(`${id}:OWED`) ?? 0n);
          if (id === 'rider' || id === 'driver') {
            expect(b.available >= 0n).toBe(true);
            expect(b.held >= 0n).toBe(true);
            expect(b.owed <= 0n).toBe(true);
          }
        }
        expect(total).toBe(0n);
        const heldUnderHolds = [...model.holds.values()].reduce((s, h) => s + h.remaining, 0n);
        expect(model.balances.get('rider:0')!.held).toBe(heldUnderHolds);
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyEntry refusals', () => {
  const empty = new Map([
    [balanceKey('rider', 0), zero()],
    [balanceKey('funding', 0), zero()],
  ]);
  const bind = (d: EntryDraft): BoundLeg[] =>
    d.legs.map((l) => ({
      wallet: wallets['walletId' in l.account ? l.account.walletId : l.account.system]!,
      shard: 0,
      bucket: l.bucket,
      amount: l.amount,
      ...(l.holdId ? { holdId: l.holdId } : {}),
    }));

  it('refuses an unbalanced entry', () => {
    const d = op.transfer(
      'NGN',
      'live',
      [
        { account: { walletId: 'rider' }, bucket: 'AVAILABLE', amount: 5n },
        { account: { system: 'FUNDING' }, bucket: 'AVAILABLE', amount: -4n },
      ],
      meta,
    );
    expect(() => applyEntry(d, bind(d), empty, new Map())).toThrow(expect.objectContaining({ code: 'UNBALANCED_ENTRY' }));
  });

  it('refuses to overdraw available', () => {
    const d = op.hold(rider, 1n, 'h', meta);
    expect(() => applyEntry(d, bind(d), empty, new Map())).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_FUNDS' }));
  });

  it('refuses to take a user wallet above its currency’s maximum balance, and allows reaching it', () => {
    const nearlyFull = new Map([
      [balanceKey('rider', 0), { ...zero(), available: 10n ** 14n - 10n }],
      [balanceKey('funding', 0), zero()],
    ]);
    const fill = op.addFunds(rider, 10n, meta);
    expect(applyEntry(fill, bind(fill), nearlyFull, new Map()).balances.get(balanceKey('rider', 0))!.available).toBe(10n ** 14n);
    const over = op.addFunds(rider, 11n, meta);
    expect(() => applyEntry(over, bind(over), nearlyFull, new Map())).toThrow(expect.objectContaining({ code: 'WALLET_BALANCE_LIMIT', httpStatus: 422 }));
  });

  it('refuses a leg in another currency', () => {
    const d = op.debit({ ...rider, currency: 'USD' }, 1n, 'FUNDING', meta);
    expect(() =>
      applyEntry(
        { ...d, currency: 'NGN' },
        bind(d).map((l, i) => (i === 0 ? { ...l, wallet: { ...rider, currency: 'USD' } } : l)),
        empty,
        new Map(),
      ),
    ).toThrow(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
  });

  it('refuses adding funds while funds are held, and for non-riders', () => {
    expect(() => op.assertNothingHeld({ ...zero(), held: 1n })).toThrow(expect.objectContaining({ code: 'FUNDS_ON_HOLD' }));
    expect(() => op.addFunds(driver, 10n, meta)).toThrow(expect.objectContaining({ code: 'ADD_FUNDS_RIDER_ONLY' }));
  });
});
