/**
 * What a bank code and an account number look like where the earner is paid, said under the fields
 * (the server checks them: services/payout/src/domain/account-formats.ts). Known by the wallet's
 * currency, which is its country's.
 */
export const BANK_ACCOUNT_HINTS: Record<string, { bankCode: string; accountNumber: string }> = {
  NGN: { bankCode: 'Your bank’s 3- to 6-character code, for example 058', accountNumber: 'Your 10-digit NUBAN' },
  USD: { bankCode: 'The 9-digit ABA routing number', accountNumber: '6 to 17 digits' },
  BDT: { bankCode: 'The 3-digit bank code, or the branch’s 9-digit routing number', accountNumber: 'Digits only' },
};

/**
 * How long a bank code can be in each country, and what to say of one that is not: a check of the
 * length only, to catch a code clearly mistyped before it is sent. The server decides the rest (the
 * digits, an ABA number's check digit); some Nigerian codes carry a letter (035A), so none is refused
 * here for its characters.
 */
const BANK_CODE_LENGTHS: Record<string, { fits: (length: number) => boolean; error: string }> = {
  NGN: { fits: (n) => n >= 3 && n <= 6, error: 'Nigerian bank codes have 3 to 6 characters' },
  USD: { fits: (n) => n === 9, error: 'A routing number has 9 digits' },
  BDT: { fits: (n) => n === 3 || n === 9, error: 'Bangladeshi bank codes have 3 digits, or 9 for a branch routing number' },
};

/** What is clearly wrong with a typed bank code in `currency`'s country, if anything; spaces and dashes are fine, as the server drops them. */
export function bankCodeProblem(currency: string | undefined, typed: string): string | undefined {
  const rule = currency ? BANK_CODE_LENGTHS[currency] : undefined;
  const compact = typed.replace(/[\s-]/g, '');
  if (!rule || !compact) return undefined;
  return rule.fits(compact.length) ? undefined : rule.error;
}

/** How many digits a bank account number has in each country (the server's rule, said before it refuses). */
const ACCOUNT_NUMBER_LENGTHS: Record<string, { fits: (length: number) => boolean; error: string }> = {
  NGN: { fits: (n) => n === 10, error: 'A Nigerian account number (NUBAN) has 10 digits' },
  USD: { fits: (n) => n >= 6 && n <= 17, error: 'A US account number has 6 to 17 digits' },
};

/**
 * What is clearly wrong with a typed bank account number in `currency`'s country, if anything:
 * anything but digits, spaces and dashes, other than 6 to 20 digits anywhere (the server's bounds), or a length the country's
 * numbers never have.
 */
export function accountNumberProblem(currency: string | undefined, typed: string): string | undefined {
  if (!typed) return undefined;
  const compact = typed.replace(/[\s-]/g, '');
  // The country's own rule where there is one, as the field's hint says (its lengths lie within the server's bounds).
  const rule = currency ? ACCOUNT_NUMBER_LENGTHS[currency] : undefined;
  if (!/^\d+$/.test(compact)) return rule ? 'Digits only (spaces and dashes are fine)' : 'Digits only (spaces and dashes are fine), 6 to 20 of them';
  if (rule) return rule.fits(compact.length) ? undefined : rule.error;
  return compact.length < 6 || compact.length > 20 ? 'Digits only (spaces and dashes are fine), 6 to 20 of them' : undefined;
}
