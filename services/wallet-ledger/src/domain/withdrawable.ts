/**
 * What an earner may take out (SPEC section 6, 12.8): available minus the commission owed, never
 * below zero, so commission owed on cash trips is not paid out before it is netted.
 */
export function withdrawableBalance(available: bigint, negative: bigint): bigint {
  const rest = available - negative;
  return rest > 0n ? rest : 0n;
}
