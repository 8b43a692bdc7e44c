/** Who can owe the platform commission: the earners, who keep a cash fare and owe its commission (seed 003). */
export const owesCommission = (role: string): boolean => role === 'DRIVER' || role === 'RESTAURANT';

/**
 * Seed 003's netting: what is owed is taken from what is available, as much as there is; partial
 * when available is short, nothing when either is zero.
 */
export function nettingAmount(available: bigint, owed: bigint): bigint {
  if (available <= 0n || owed <= 0n) return 0n;
  return available < owed ? available : owed;
}

/** A run's item as far as its total goes: its wallet's mode, what it nets, and its outcome (a ledger entry, `refused:<code>`, or none yet). */
export interface NettedItem {
  mode: string;
  currency: string;
  netted: bigint;
  entryId: string | null;
}

/**
 * What a run netted: live money only (test-mode money is no money), from the items the ledger
 * posted (not those it refused, nor those not yet posted), in the run's currency; null when none.
 * The weekly runs list sums the same items in SQL (NettingRepository's `posted`).
 */
export function nettedTotal(items: readonly NettedItem[]): { amount: bigint; currency: string } | null {
  const posted = items.filter((i) => i.mode === 'live' && i.entryId !== null && !i.entryId.startsWith('refused:'));
  if (posted.length === 0) return null;
  return { amount: posted.reduce((sum, i) => sum + i.netted, 0n), currency: posted[0]!.currency };
}
