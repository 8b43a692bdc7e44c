import type { CurrencyCode } from '@ziba/money';
import { LedgerErrors } from './ledger-errors.ts';
import { requireTopUpWithinLimit } from './wallet-limit.ts';
import type { AccountRef, Balances, EntryDraft, Hold, Leg, Mode, ReferenceType, ServiceType, SystemAccount, WalletInfo } from './ledger-model.ts';

/** What every operation carries besides its amounts. */
export interface EntryMeta {
  serviceType: ServiceType;
  reference: { type: ReferenceType; id: string } | null;
  description: string;
  createdByAdminId: string | null;
}

const wallet = (w: WalletInfo): AccountRef => ({ walletId: w.id });
const system = (s: SystemAccount): AccountRef => ({ system: s });

function positive(amount: bigint): bigint {
  if (amount <= 0n) throw LedgerErrors.invalidAmount('amount must be greater than zero');
  return amount;
}

function draft(type: EntryDraft['type'], w: { currency: CurrencyCode; mode: Mode }, meta: EntryMeta, legs: Leg[]): EntryDraft {
  return { type, currency: w.currency, mode: w.mode, ...meta, legs };
}

/** A rider's top-up, of at most TOP_UP_LIMIT: the payment gateway's money (FUNDING) becomes the rider's available balance. */
export function addFunds(w: WalletInfo, amount: bigint, meta: EntryMeta): EntryDraft {
  if (w.ownerType !== 'RIDER') throw LedgerErrors.notRiderWallet();
  const a = positive(amount);
  requireTopUpWithinLimit(a, w.currency);
  return draft('ADD_FUNDS', w, meta, [
    { account: system('FUNDING'), bucket: 'AVAILABLE', amount: -a },
    { account: wallet(w), bucket: 'AVAILABLE', amount: a },
  ]);
}

/** Checked under the wallet's lock: no top-up while a fare is held (seed 002). */
export function assertNothingHeld(b: Balances | undefined): void {
  if (b && b.held > 0n) throw LedgerErrors.fundsOnHold();
}

export function credit(w: WalletInfo, amount: bigint, from: SystemAccount, meta: EntryMeta): EntryDraft {
  const a = positive(amount);
  return draft('CREDIT', w, meta, [
    { account: system(from), bucket: 'AVAILABLE', amount: -a },
    { account: wallet(w), bucket: 'AVAILABLE', amount: a, earning: meta.serviceType === 'earning' },
  ]);
}

export function debit(w: WalletInfo, amount: bigint, to: SystemAccount, meta: EntryMeta): EntryDraft {
  const a = positive(amount);
  return draft('DEBIT', w, meta, [
    { account: wallet(w), bucket: 'AVAILABLE', amount: -a },
    { account: system(to), bucket: 'AVAILABLE', amount: a },
  ]);
}

export function hold(w: WalletInfo, amount: bigint, holdId: string, meta: EntryMeta): EntryDraft {
  const a = positive(amount);
  return {
    ...draft('HOLD', w, meta, [
      { account: wallet(w), bucket: 'AVAILABLE', amount: -a },
      { account: wallet(w), bucket: 'HELD', amount: a, holdId },
    ]),
    openHold: { id: holdId, walletId: w.id, amount: a },
  };
}

/** Held funds back to available; without an amount, all that remains under the hold. */
export function release(w: WalletInfo, h: Hold, amount: bigint | null, meta: EntryMeta): EntryDraft {
  const a = positive(amount ?? h.remaining);
  if (a > h.remaining) throw LedgerErrors.holdExceeded(h.id);
  return draft('RELEASE', w, meta, [
    { account: wallet(w), bucket: 'HELD', amount: -a, holdId: h.id },
    { account: wallet(w), bucket: 'AVAILABLE', amount: a },
  ]);
}

/** Held funds leave the wallet for a platform or external account. */
export function capture(w: WalletInfo, h: Hold, amount: bigint | null, to: SystemAccount, meta: EntryMeta): EntryDraft {
  const a = positive(amount ?? h.remaining);
  if (a > h.remaining) throw LedgerErrors.holdExceeded(h.id);
  return draft('CAPTURE', w, meta, [
    { account: wallet(w), bucket: 'HELD', amount: -a, holdId: h.id },
    { account: system(to), bucket: 'AVAILABLE', amount: a },
  ]);
}

/** A multi-leg entry such as a settlement split; applyEntry checks it balances. */
export function transfer(currency: CurrencyCode, mode: Mode, legs: Leg[], meta: EntryMeta): EntryDraft {
  return draft('TRANSFER', { currency, mode }, meta, legs);
}
