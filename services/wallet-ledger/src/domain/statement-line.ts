/**
 * How one journal entry reads on a wallet's statement (SPEC section 8), from its net change per
 * bucket. HOLD and RELEASE (seed 002) by the held amount. Otherwise money leaving the owner, from
 * available or from locked funds (a settled fare, a paid-out withdrawal), or commission becoming
 * owed, is a DEBIT; money arriving, or owed commission paid off from outside, is a CREDIT. The
 * spendable change decides first: weekly netting pays what is owed out of available, a DEBIT.
 */
export function statementLine(
  entryType: string,
  available: bigint,
  held: bigint,
  owed: bigint,
): { type: string; direction: 'credit' | 'debit'; amount: bigint } {
  const abs = (v: bigint) => (v < 0n ? -v : v);
  if (entryType === 'HOLD') return { type: 'HOLD', direction: 'debit', amount: abs(held) };
  if (entryType === 'RELEASE') return { type: 'RELEASE', direction: 'credit', amount: abs(held) };
  const net = available !== 0n ? available : held !== 0n ? held : owed;
  return net >= 0n ? { type: 'CREDIT', direction: 'credit', amount: net } : { type: 'DEBIT', direction: 'debit', amount: -net };
}

/**
 * Whether a wallet's postings carry its balances after them. A rider's, driver's or restaurant's
 * wallet is one balance row, so they do. A platform account is sharded (every entry touches one, and
 * batches post to different rows at once): a posting knows only its shard's balance after it, which
 * is not the account's, so its statement shows none rather than a wrong figure.
 */
export const keepsRunningBalance = (ownerType: string): boolean => ownerType !== 'PLATFORM' && ownerType !== 'SYSTEM';
