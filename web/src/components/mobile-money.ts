/**
 * The mobile-money wallets each country pays to, as the payout service ships them
 * (services/payout/src/config.ts, SHIPPED_PAYOUT_METHODS; another provider is refused with 422
 * METHOD_NOT_OFFERED), and what each wallet number looks like (the server checks it:
 * services/payout/src/domain/account-formats.ts). A country without any offers bank accounts only.
 */
export interface MobileMoneyProvider {
  /** The provider as the server takes it. */
  name: string;
  /** What the wallet number looks like, said under the field. */
  hint: string;
  /** What a mistyped one lacks, said as the field's error. */
  error: string;
  /** The wallet number's digits (spaces and dashes taken out), as the server accepts them. */
  digits: RegExp;
}

const nigerian = (name: string): MobileMoneyProvider => ({
  name,
  hint: `Your 10- or 11-digit ${name} wallet number`,
  error: `${name} wallet numbers have 10 or 11 digits`,
  digits: /^\d{10,11}$/,
});
const bangladeshi = (name: string): MobileMoneyProvider => ({
  name,
  hint: `Your 11-digit ${name} mobile number, 01XXXXXXXXX`,
  error: `${name} numbers have 11 digits and start with 01`,
  digits: /^01\d{9}$/,
});

const BY_COUNTRY: Record<string, MobileMoneyProvider[]> = {
  NG: ['OPay', 'PalmPay', 'Moniepoint', 'Paga'].map(nigerian),
  BD: [
    bangladeshi('bKash'),
    bangladeshi('Nagad'),
    // Rocket adds a check digit to the mobile number.
    {
      name: 'Rocket',
      hint: 'Your 12-digit Rocket number: your mobile number and one more digit',
      error: 'Rocket numbers have 12 digits and start with 01',
      digits: /^01\d{10}$/,
    },
  ],
  US: [],
};

/** A wallet's country, by its currency. */
const COUNTRY_OF_CURRENCY: Record<string, string> = { NGN: 'NG', BDT: 'BD', USD: 'US' };

/** The mobile-money providers where a wallet in `currency` is paid; none where there are none, or while the currency is unknown. */
export const mobileMoneyProviders = (currency: string | undefined): MobileMoneyProvider[] =>
  (currency && BY_COUNTRY[COUNTRY_OF_CURRENCY[currency] ?? '']) || [];

/** Whether a typed wallet number has the provider's shape; spaces and dashes are fine, as the server drops them. */
export const isWalletNumber = (provider: MobileMoneyProvider, typed: string) => provider.digits.test(typed.replace(/[\s-]/g, ''));
