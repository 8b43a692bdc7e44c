/**
 * What a bank code and an account number look like where the earner is paid, said under the fields
 * (the server checks them: services/payout/src/domain/account-formats.ts). Known by the wallet's
 * currency, which is its country's.
 */
export const BANK_ACCOUNT_HINTS: Record<string, { bankCode: string; accountNumber: string }> = {
  NGN: { bankCode: 'Your bank’s 3- to 6-digit code, for example 058', accountNumber: 'Your 10-digit NUBAN' },
  USD: { bankCode: 'The 9-digit ABA routing number', accountNumber: '6 to 17 digits' },
  BDT: { bankCode: 'The 3-digit bank code, or the branch’s 9-digit routing number', accountNumber: 'Digits only' },
};
