/** Facts the payout service knows when a withdrawal is asked for (identity's rules come separately). */
export interface WithdrawalFacts {
  amount: bigint;
  currency: string;
  walletCurrency: string;
  available: bigint;
  minimum: bigint;
  hasOpenPayout: boolean;
  method: { status: string; usableFrom: Date } | null;
  recentAttempts: number;
  now: Date;
}

export const VELOCITY_LIMIT = 5; // requests per earner per hour

/**
 * SPEC section 6's request rules that belong to payouts, each failure named. Together with
 * identity's eligibility reasons they make the BLOCKED record.
 */
export function withdrawalRefusals(f: WithdrawalFacts): string[] {
  const reasons: string[] = [];
  if (f.currency !== f.walletCurrency) reasons.push('CURRENCY_MISMATCH');
  if (f.amount <= 0n) reasons.push('AMOUNT_NOT_POSITIVE');
  else if (f.amount < f.minimum) reasons.push('BELOW_MINIMUM_WITHDRAWAL');
  if (f.currency === f.walletCurrency && f.amount > f.available) reasons.push('INSUFFICIENT_FUNDS');
  if (f.hasOpenPayout) reasons.push('OPEN_PAYOUT_EXISTS');
  if (!f.method) reasons.push('PAYOUT_METHOD_MISSING');
  else if (f.method.status !== 'VERIFIED') reasons.push('PAYOUT_METHOD_NOT_VERIFIED');
  else if (f.method.usableFrom > f.now) reasons.push('PAYOUT_METHOD_COOLING_DOWN');
  if (f.recentAttempts >= VELOCITY_LIMIT) reasons.push('VELOCITY_LIMIT');
  return reasons;
}
