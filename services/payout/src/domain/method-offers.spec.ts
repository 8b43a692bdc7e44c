import { describe, expect, it } from '@jest/globals';
import { offeredMethod, offerOf, parseMethodOffers } from './method-offers.ts';

const offers = parseMethodOffers('NG=BANK,MOBILE_MONEY:OPay|PalmPay; US=BANK; XX=MOBILE_MONEY:Wave');

describe('payout methods a country offers', () => {
  it('reads the configuration: bank accounts, and mobile money by named providers', () => {
    expect(offerOf(offers, 'NG')).toEqual({ bank: true, mobileMoney: ['OPay', 'PalmPay'] });
    expect(offerOf(offers, 'US')).toEqual({ bank: true, mobileMoney: [] });
    // A country without a line of its own: bank accounts only.
    expect(offerOf(offers, 'GH')).toEqual({ bank: true, mobileMoney: [] });
    expect(() => parseMethodOffers('NG=CHEQUE')).toThrow(/unknown method CHEQUE/);
    expect(() => parseMethodOffers('ng=BANK')).toThrow(/ng is not a country code/);
    expect(() => parseMethodOffers('BD=BANK,MOBILE_MONEY')).toThrow(/mobile money in BD names no provider/);
  });

  it('takes an offered method, a provider by its configured name in any case', () => {
    expect(offeredMethod(offerOf(offers, 'NG'), 'NG', { type: 'BANK', provider: null })).toEqual({ provider: null });
    expect(offeredMethod(offerOf(offers, 'NG'), 'NG', { type: 'MOBILE_MONEY', provider: 'opay' })).toEqual({ provider: 'OPay' });
  });

  it('refuses what the country does not offer, and says what it does', () => {
    const refusal = (country: string, method: Parameters<typeof offeredMethod>[2]) => {
      try {
        offeredMethod(offerOf(offers, country), country, method);
        return null;
      } catch (err) {
        return { code: (err as { code: string }).code, message: (err as Error).message };
      }
    };
    expect(refusal('NG', { type: 'MOBILE_MONEY', provider: 'Totally Fake Wallet' })).toEqual({
      code: 'METHOD_NOT_OFFERED',
      message: 'mobile money by Totally Fake Wallet is not offered in NG; offered: a bank account, mobile money (OPay, PalmPay)',
    });
    expect(refusal('US', { type: 'MOBILE_MONEY', provider: 'OPay' })?.message).toBe('mobile money by OPay is not offered in US; offered: a bank account');
    expect(refusal('XX', { type: 'BANK', provider: null })?.message).toBe('a bank account is not offered in XX; offered: mobile money (Wave)');
  });
});
