/**
 * How one journal entry reads on a wallet's statement, from its net change per bucket: HOLD and
 * RELEASE (seed 002) by the held amount, otherwise CREDIT or DEBIT by the spendable change, or by
 * the owed commission for commission lines (seed 003).
 */
export function statementLine(entryType: string, available: bigint, held: bigint, owed: bigint): { type: string; direction: 'credit' | 'debit'; amount: bigint } {
  const abs = (v: bigint) => (v < 0n ? -v : v);
  if (entryType === 'HOLD') return { type: 'HOLD', direction: 'debit', amount: abs(held) };
  if (entryType === 'RELEASE') return { type: 'RELEASE', direction: 'credit', amount: abs(held) };
  const net = available !== 0n ? available : owed !== 0n ? owed : -held;
  return net >= 0n ? { type: 'CREDIT', direction: 'credit', amount: net } : { type: 'DEBIT', direction: 'debit', amount: -net };
}
