import { MAX_AMOUNT } from '@ziba/money';
import { LedgerErrors } from './ledger-errors.ts';
import { beyondWalletLimit } from './wallet-limit.ts';
import type { Balances, Bucket, EntryDraft, Hold, OwnerType, WalletInfo } from './ledger-model.ts';

/** A leg bound to the concrete balance row (wallet shard) it posts to. */
export interface BoundLeg {
  wallet: WalletInfo;
  shard: number;
  bucket: Bucket;
  amount: bigint;
  holdId?: string;
  earning?: boolean;
}

export interface Posting {
  walletId: string;
  ownerId: string;
  ownerType: OwnerType;
  shard: number;
  bucket: Bucket;
  amount: bigint;
  holdId: string | null;
  after: Balances;
}

export interface AppliedEntry {
  postings: Posting[];
  /** Final balances of every touched shard, keyed by balanceKey. */
  balances: Map<string, Balances>;
  /** Holds whose remaining amount changed, or that this entry opens. */
  holds: Map<string, Hold>;
}

export const balanceKey = (walletId: string, shard: number): string => `${walletId}:${shard}`;
/** The balance row a balanceKey names. */
export function balanceRowOf(key: string): { walletId: string; shard: number } {
  const at = key.lastIndexOf(':');
  return { walletId: key.slice(0, at), shard: Number(key.slice(at + 1)) };
}

const USER_OWNERS: readonly OwnerType[] = ['RIDER', 'DRIVER', 'RESTAURANT'];

/**
 * The ledger's rules, without I/O: checks an entry against the locked balances and holds it touches
 * and returns its postings with the balance snapshot after each. Throws (and so writes nothing) when
 * the entry is unbalanced, mixes currencies or modes, overdraws a user's available balance, takes
 * more from a hold than remains under it, settles more commission than is owed, or would leave a
 * user's wallet above its currency's maximum balance.
 */
export function applyEntry(
  draft: EntryDraft,
  legs: BoundLeg[],
  lockedBalances: ReadonlyMap<string, Balances>,
  lockedHolds: ReadonlyMap<string, Hold>,
): AppliedEntry {
  if (legs.length < 2) throw LedgerErrors.invalidLeg('an entry has at least two legs');
  let sum = 0n;
  for (const leg of legs) {
    if (leg.amount === 0n) throw LedgerErrors.invalidLeg('a leg moves a non-zero amount');
    if (leg.amount > MAX_AMOUNT || -leg.amount > MAX_AMOUNT) throw LedgerErrors.invalidAmount('amount above the 10^15 limit');
    if (leg.wallet.currency !== draft.currency) throw LedgerErrors.currencyMismatch();
    if (leg.wallet.mode !== draft.mode) throw LedgerErrors.modeMismatch();
    if (!USER_OWNERS.includes(leg.wallet.ownerType) && leg.bucket !== 'AVAILABLE')
      throw LedgerErrors.invalidLeg('platform accounts only have an available bucket');
    if (leg.earning && (leg.bucket !== 'AVAILABLE' || leg.amount < 0n)) throw LedgerErrors.invalidLeg('an earning is a credit to available');
    sum += leg.amount;
  }
  if (sum !== 0n) throw LedgerErrors.unbalanced();

  const balances = new Map<string, Balances>();
  const holds = new Map<string, Hold>();
  const postings: Posting[] = [];
  if (draft.openHold) {
    if (lockedHolds.has(draft.openHold.id)) throw LedgerErrors.holdExists(draft.openHold.id);
    holds.set(draft.openHold.id, { ...draft.openHold, remaining: 0n });
  }

  for (const leg of legs) {
    const key = balanceKey(leg.wallet.id, leg.shard);
    const current = balances.get(key) ?? lockedBalances.get(key);
    if (!current) throw LedgerErrors.walletNotFound(leg.wallet.id);
    const next = { ...current };
    if (leg.bucket === 'AVAILABLE') next.available += leg.amount;
    if (leg.bucket === 'OWED') next.owed += leg.amount;
    if (leg.bucket === 'HELD') {
      next.held += leg.amount;
      moveHold(leg, holds, lockedHolds);
    }
    if (leg.earning) next.totalEarned += leg.amount;
    balances.set(key, next);
    postings.push({
      walletId: leg.wallet.id,
      ownerId: leg.wallet.ownerId,
      ownerType: leg.wallet.ownerType,
      shard: leg.shard,
      bucket: leg.bucket,
      amount: leg.amount,
      holdId: leg.holdId ?? null,
      after: next,
    });
  }

  for (const leg of legs) {
    if (!USER_OWNERS.includes(leg.wallet.ownerType)) continue;
    const b = balances.get(balanceKey(leg.wallet.id, leg.shard))!;
    if (b.available < 0n) throw LedgerErrors.insufficientFunds();
    if (b.owed > 0n) throw LedgerErrors.owedExceeded();
    if (leg.amount > 0n && beyondWalletLimit(draft.currency, b.available, b.held)) throw LedgerErrors.balanceLimit();
  }
  return { postings, balances, holds };
}

/** Every HELD posting names its hold: credits fill the hold being opened, debits consume one. */
function moveHold(leg: BoundLeg, holds: Map<string, Hold>, lockedHolds: ReadonlyMap<string, Hold>): void {
  if (!leg.holdId) throw LedgerErrors.invalidLeg('a held-funds leg names its hold');
  const hold = holds.get(leg.holdId) ?? lockedHolds.get(leg.holdId);
  if (!hold) throw LedgerErrors.holdNotFound(leg.holdId);
  if (hold.walletId !== leg.wallet.id) throw LedgerErrors.invalidLeg(`hold ${leg.holdId} belongs to another wallet`);
  const opening = holds.has(leg.holdId) && !lockedHolds.has(leg.holdId);
  if (leg.amount > 0n && !opening) throw LedgerErrors.invalidLeg('funds are only added to a hold when it is opened');
  const remaining = hold.remaining + leg.amount;
  if (remaining < 0n) throw LedgerErrors.holdExceeded(leg.holdId);
  if (opening && remaining > hold.amount) throw LedgerErrors.invalidLeg('a hold is opened with its own amount');
  holds.set(leg.holdId, { ...hold, remaining });
}
