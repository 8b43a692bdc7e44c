/** An earner a weekly run considered and did not pay, with every reason. */
export interface SkippedEarner {
  ownerId: string;
  reasons: string[];
}

/**
 * Why the weekly auto-payout passes an earner by before asking the withdrawal rules (SPEC section 6,
 * origin auto_weekly): too little to pay, or a payout of theirs still open. Empty: ask for a
 * withdrawal of `amount`, whose own refusals then say why it is skipped.
 */
export function autoPayoutSkips(f: { amount: bigint; threshold: bigint; hasOpenPayout: boolean }): string[] {
  const reasons: string[] = [];
  if (f.amount < f.threshold) reasons.push('BELOW_AUTO_PAYOUT_THRESHOLD');
  if (f.hasOpenPayout) reasons.push('OPEN_PAYOUT_EXISTS');
  return reasons;
}
