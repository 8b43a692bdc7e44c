/** A review flag as a badge reads it: EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED -> "Earner not eligible: driver suspended". */
export const flagLabel = (flag: string): string => {
  const words = flag.replace(/_/g, ' ').replace(':', ': ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What an admin checks before approving a payout with each flag the payout service raises (withdrawal-rules.ts, account-number.ts). */
const ADVICE: Record<string, string> = {
  ACCOUNT_NAME_NOT_LEGAL_NAME: 'Compare the account holder’s name with the earner’s legal name; approve only if they are the same person.',
  ACCOUNT_NAME_NOT_CHECKED: 'The bank could not check the account name: compare it with the earner’s legal name.',
  ACCOUNT_NUMBER_OF_ANOTHER_EARNER: 'Another earner uses this account: reject unless support has confirmed why.',
  PAYOUT_RETURNED_BEFORE: 'The bank returned an earlier payout to this earner: check that the account is still open.',
  PROVIDER_PAID_AFTER_REVERSAL:
    'A reversed payout to this earner was paid by the provider after all, so they were paid twice: approve only once finance has recovered that amount, and say so in the note.',
  RAPID_WITHDRAWAL_ATTEMPTS: 'Several withdrawal requests within the hour: check they were the earner’s own.',
  MANY_REQUESTS_FROM_NETWORK: 'Many withdrawal requests came from one network: check for several accounts run by one person.',
  PAYOUT_METHOD_RECENTLY_CHANGED: 'The payout account was replaced in the last 7 days: confirm the change with the earner.',
  PAYOUT_METHOD_CHANGED_SINCE_REQUEST:
    'The earner replaced the payout account after asking: this payout still goes to the account shown here. Confirm that account with the earner, or reject the payout so they can ask again to the new one.',
};

/** What to check for a flag, or null where the flag says it all (an earner not eligible: paying is not offered). */
export const flagAdvice = (flag: string): string | null => ADVICE[flag] ?? null;
