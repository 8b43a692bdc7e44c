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
