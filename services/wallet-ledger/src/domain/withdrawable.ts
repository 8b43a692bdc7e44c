/**
 * What an earner may take out (SPEC section 6, 12.8): available minus the commission owed, never
 * below zero, so commission owed on cash trips is not paid out before it is netted. Riders never
 * withdraw (SPEC 12.4): nothing of theirs is withdrawable, so no client offers it.
 */
export function withdrawableBalance(ownerType: string, available: bigint, negative: bigint): bigint {
  if (ownerType !== 'DRIVER' && ownerType !== 'RESTAURANT') return 0n;
  const rest = available - negative;
  return rest > 0n ? rest : 0n;
}
