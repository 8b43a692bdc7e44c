/**
 * Seed 003's netting: what is owed is taken from what is available, as much as there is; partial
 * when available is short, nothing when either is zero.
 */
export function nettingAmount(available: bigint, owed: bigint): bigint {
  if (available <= 0n || owed <= 0n) return 0n;
  return available < owed ? available : owed;
}
