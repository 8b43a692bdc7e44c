import { describe, expect, it } from '@jest/globals';
import type { EntryDraft, Hold, Leg, WalletInfo } from './ledger-model.ts';
import * as op from './operations.ts';
import { statementLine } from './statement-line.ts';

// Every entry the services post, built as they build it, read from each party's side (SPEC section 8).

const w = (id: string, ownerType: WalletInfo['ownerType']): WalletInfo => ({ id, ownerId: `${id}-owner`, ownerType, currency: 'NGN', mode: 'live' });
const rider = w('rider', 'RIDER');
const driver = w('driver', 'DRIVER');
const restaurant = w('restaurant', 'RESTAURANT');
const meta = (serviceType: op.EntryMeta['serviceType']): op.EntryMeta => ({ serviceType, reference: null, description: 'test', createdByAdminId: null });
const hold = (wallet: WalletInfo, amount: bigint): Hold => ({ id: `h-${wallet.id}`, walletId: wallet.id, amount, remaining: amount });
const leg = (wallet: WalletInfo, bucket: Leg['bucket'], amount: bigint, extra: Partial<Leg> = {}): Leg => ({
  account: { walletId: wallet.id },
  bucket,
  amount,
  ...extra,
});
const revenue = (amount: bigint): Leg => ({ account: { system: 'REVENUE' }, bucket: 'AVAILABLE', amount });

/** The line a wallet's statement shows for an entry: its legs on that wallet summed per bucket. */
function lineOf(d: EntryDraft, wallet: WalletInfo) {
  const sum = (bucket: Leg['bucket']) =>
    d.legs.filter((l) => 'walletId' in l.account && l.account.walletId === wallet.id && l.bucket === bucket).reduce((s, l) => s + l.amount, 0n);
  const { type, direction, amount } = statementLine(d.type, sum('AVAILABLE'), sum('HELD'), sum('OWED'));
  return { type, direction, amount };
}
const debit = (amount: bigint) => ({ type: 'DEBIT', direction: 'debit', amount });
const credit = (amount: bigint) => ({ type: 'CREDIT', direction: 'credit', amount });

describe('statementLine: money leaving the owner is a DEBIT, money arriving a CREDIT, holds as HOLD and RELEASE', () => {
  it('add funds: the rider is credited', () => {
    expect(lineOf(op.addFunds(rider, 250_000n, meta('funding')), rider)).toEqual(credit(250_000n));
  });

  it('a trip fare held, then released on cancel', () => {
    expect(lineOf(op.hold(rider, 90_000n, 'h-rider', meta('ride')), rider)).toEqual({ type: 'HOLD', direction: 'debit', amount: 90_000n });
    expect(lineOf(op.release(rider, hold(rider, 90_000n), null, meta('ride')), rider)).toEqual({ type: 'RELEASE', direction: 'credit', amount: 90_000n });
  });

  it('an ONLINE ride settled: the rider is debited the fare from locked funds, the driver credited the earning', () => {
    const d = op.transfer(
      'NGN',
      'live',
      [leg(rider, 'HELD', -90_000n, { holdId: 'h-rider' }), leg(driver, 'AVAILABLE', 72_000n, { earning: true }), revenue(18_000n)],
      meta('ride'),
    );
    expect(lineOf(d, rider)).toEqual(debit(90_000n));
    expect(lineOf(d, driver)).toEqual(credit(72_000n));
  });

  it('a CASH ride settled: the commission the driver now owes is a debit', () => {
    const d = op.transfer('NGN', 'live', [leg(driver, 'OWED', -18_000n), revenue(18_000n)], meta('commission'));
    expect(lineOf(d, driver)).toEqual(debit(18_000n));
  });

  it('an ONLINE food order settled: the customer debited the total, the restaurant and the driver credited their shares', () => {
    const d = op.transfer(
      'NGN',
      'live',
      [
        leg(rider, 'HELD', -700_000n, { holdId: 'h-rider' }),
        leg(restaurant, 'AVAILABLE', 527_008n, { earning: true }),
        leg(driver, 'AVAILABLE', 64_000n, { earning: true }),
        revenue(108_992n),
      ],
      meta('food'),
    );
    expect(lineOf(d, rider)).toEqual(debit(700_000n));
    expect(lineOf(d, restaurant)).toEqual(credit(527_008n));
    expect(lineOf(d, driver)).toEqual(credit(64_000n));
  });

  it('a CASH food order settled: each commission owed is a debit to its earner', () => {
    const d = op.transfer('NGN', 'live', [leg(restaurant, 'OWED', -93_002n), leg(driver, 'OWED', -16_000n), revenue(109_002n)], meta('commission'));
    expect(lineOf(d, restaurant)).toEqual(debit(93_002n));
    expect(lineOf(d, driver)).toEqual(debit(16_000n));
  });

  it('a withdrawal: locked (HOLD); rejected or reversed (RELEASE); paid, the locked funds leave (DEBIT); returned by the bank (CREDIT)', () => {
    const h = hold(driver, 100_000n);
    expect(lineOf(op.hold(driver, 100_000n, h.id, meta('payout')), driver)).toEqual({ type: 'HOLD', direction: 'debit', amount: 100_000n });
    expect(lineOf(op.release(driver, h, null, meta('payout')), driver)).toEqual({ type: 'RELEASE', direction: 'credit', amount: 100_000n });
    expect(lineOf(op.capture(driver, h, null, 'PAYOUT_CLEARING', meta('payout')), driver)).toEqual(debit(100_000n));
    expect(lineOf(op.credit(driver, 100_000n, 'PAYOUT_CLEARING', meta('payout')), driver)).toEqual(credit(100_000n));
  });

  it('weekly netting: owed commission paid out of available is a debit', () => {
    const d = op.transfer('NGN', 'live', [leg(driver, 'AVAILABLE', -18_000n), leg(driver, 'OWED', 18_000n)], meta('commission_settlement'));
    expect(lineOf(d, driver)).toEqual(debit(18_000n));
  });

  it('an admin records owed commission paid outside the app: the debt shrinks, a credit', () => {
    const d = op.transfer(
      'NGN',
      'live',
      [{ account: { system: 'CASH_RECEIVED' }, bucket: 'AVAILABLE', amount: -5_000n }, leg(driver, 'OWED', 5_000n)],
      meta('commission_settlement'),
    );
    expect(lineOf(d, driver)).toEqual(credit(5_000n));
  });

  it('admin adjustments: a credit and a debit of available', () => {
    expect(lineOf(op.credit(driver, 4_321n, 'REVENUE', meta('adjustment')), driver)).toEqual(credit(4_321n));
    expect(lineOf(op.debit(driver, 1_234n, 'REVENUE', meta('adjustment')), driver)).toEqual(debit(1_234n));
  });
});
