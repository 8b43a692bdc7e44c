/** identity.user-registered.v1: a new account; wallet-ledger opens its wallet from it. */
export interface UserRegisteredV1 {
  userId: string;
  role: 'RIDER' | 'DRIVER' | 'RESTAURANT';
  countryCode: string;
  currency: string;
  testMode: boolean;
}
