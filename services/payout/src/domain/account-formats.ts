import { AppError } from '@ziba/service-kit/errors';

/**
 * The national shape of a payout account, checked when it is linked: a mistyped number is refused
 * here, in words the earner can act on, rather than sent to a name enquiry or, worse, paid to. A
 * country without a rule here takes any number of 6 to 20 digits (normaliseAccountNumber) and any
 * bank code.
 */
interface DigitsRule {
  readonly test: (digits: string) => boolean;
  /** What a right one looks like, said to the earner. */
  readonly words: string;
}

const digits =
  (min: number, max = min) =>
  (s: string) =>
    new RegExp(`^\\d{${min},${max}}$`).test(s);

/**
 * An ABA routing number a bank account can have: its first two digits are a Federal Reserve district
 * (01 to 12), a thrift's (21 to 32), an electronic one's (61 to 72) or traveller's cheques' (80), and
 * its check digit agrees: 3, 7 and 1 times its digits in turn sum to a multiple of 10.
 */
export function isAbaRoutingNumber(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const district = Number(s.slice(0, 2));
  const inRange = (district >= 1 && district <= 12) || (district >= 21 && district <= 32) || (district >= 61 && district <= 72) || district === 80;
  if (!inRange) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...s].reduce((sum, d, i) => sum + Number(d) * weights[i]!, 0) % 10 === 0;
}

const BANK_ACCOUNT: Record<string, DigitsRule> = {
  NG: { test: digits(10), words: 'a Nigerian account number (NUBAN) has 10 digits' },
  US: { test: digits(6, 17), words: 'a US account number has 6 to 17 digits' },
};

const BANK_CODE: Record<string, DigitsRule> = {
  // The CBN's 3-digit codes, the 5- and 6-digit ones of microfinance banks and fintechs, and a few
  // with a letter (035A, ALAT by Wema).
  NG: {
    test: (s) => /^[0-9A-Z]{3,6}$/.test(s) && /^\d/.test(s),
    words: 'a Nigerian bank code has 3 to 6 characters, digits first (058 for GTBank, for example)',
  },
  US: { test: isAbaRoutingNumber, words: 'a US bank code is the bank’s 9-digit ABA routing number' },
  // A bank's 3-digit code, or a branch's 9-digit routing number.
  BD: { test: (s) => digits(3)(s) || digits(9)(s), words: 'a Bangladeshi bank code has 3 digits, or 9 for a branch routing number' },
};

/** Mobile-money wallets are their owner's mobile number, by provider (matched in any case). */
const WALLET: Record<string, DigitsRule> = {
  bkash: { test: (s) => /^01\d{9}$/.test(s), words: 'a bKash wallet is its 11-digit mobile number, 01XXXXXXXXX' },
  nagad: { test: (s) => /^01\d{9}$/.test(s), words: 'a Nagad wallet is its 11-digit mobile number, 01XXXXXXXXX' },
  // Rocket adds a check digit to the mobile number.
  rocket: { test: (s) => /^01\d{10}$/.test(s), words: 'a Rocket wallet is its 12-digit number: the mobile number and one more digit' },
  opay: { test: digits(10, 11), words: 'an OPay wallet is its 10- or 11-digit number' },
  palmpay: { test: digits(10, 11), words: 'a PalmPay wallet is its 10- or 11-digit number' },
  moniepoint: { test: digits(10, 11), words: 'a Moniepoint wallet is its 10- or 11-digit number' },
  paga: { test: digits(10, 11), words: 'a Paga wallet is its 10- or 11-digit number' },
};

/** Refuses an account number (already digits only) that does not have its country's or its provider's shape. */
export function assertAccountNumberFormat(country: string, method: { type: 'BANK' } | { type: 'MOBILE_MONEY'; provider: string }, number: string): void {
  const rule = method.type === 'BANK' ? BANK_ACCOUNT[country] : WALLET[method.provider.toLowerCase()];
  if (rule && !rule.test(number)) throw new AppError('INVALID', 'INVALID_ACCOUNT_NUMBER', rule.words);
}

/** A bank code as kept: where the country's codes are digits, without the spaces and dashes typed in them, and of that country's shape. */
export function checkedBankCode(country: string, code: string): string {
  const rule = BANK_CODE[country];
  if (!rule) return code;
  const compact = code.replace(/[\s-]/g, '').toUpperCase();
  if (!rule.test(compact)) throw new AppError('INVALID', 'INVALID_BANK_CODE', rule.words);
  return compact;
}
