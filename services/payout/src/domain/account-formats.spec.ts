import { describe, expect, it } from '@jest/globals';
import { assertAccountNumberFormat, checkedBankCode, isAbaRoutingNumber } from './account-formats.ts';

const refusal = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (err) {
    return { code: (err as { code: string }).code, message: (err as Error).message };
  }
};
const bank = { type: 'BANK' } as const;
const wallet = (provider: string) => ({ type: 'MOBILE_MONEY', provider }) as const;

describe('payout account formats by country and provider', () => {
  it('takes a NUBAN of 10 digits in Nigeria and says what is wrong with anything else', () => {
    expect(refusal(() => assertAccountNumberFormat('NG', bank, '0123456789'))).toBeNull();
    expect(refusal(() => assertAccountNumberFormat('NG', bank, '012345678'))).toEqual({
      code: 'INVALID_ACCOUNT_NUMBER',
      message: 'a Nigerian account number (NUBAN) has 10 digits',
    });
    expect(refusal(() => assertAccountNumberFormat('NG', bank, '01234567890'))?.code).toBe('INVALID_ACCOUNT_NUMBER');
  });

  it('takes US accounts of 6 to 17 digits, and any 6 to 20 where the country has no rule', () => {
    expect(refusal(() => assertAccountNumberFormat('US', bank, '123456789012'))).toBeNull();
    expect(refusal(() => assertAccountNumberFormat('US', bank, '123456789012345678'))?.code).toBe('INVALID_ACCOUNT_NUMBER');
    expect(refusal(() => assertAccountNumberFormat('GH', bank, '123456789012345678'))).toBeNull();
  });

  it('checks a wallet by its provider, in any case', () => {
    expect(refusal(() => assertAccountNumberFormat('BD', wallet('bKash'), '01712345678'))).toBeNull();
    expect(refusal(() => assertAccountNumberFormat('BD', wallet('NAGAD'), '01812345678'))).toBeNull();
    expect(refusal(() => assertAccountNumberFormat('BD', wallet('bKash'), '0171234567'))?.message).toBe(
      'a bKash wallet is its 11-digit mobile number, 01XXXXXXXXX',
    );
    expect(refusal(() => assertAccountNumberFormat('BD', wallet('bKash'), '02712345678'))?.code).toBe('INVALID_ACCOUNT_NUMBER');
    expect(refusal(() => assertAccountNumberFormat('BD', wallet('Rocket'), '017123456789'))).toBeNull();
    expect(refusal(() => assertAccountNumberFormat('BD', wallet('Rocket'), '01712345678'))?.code).toBe('INVALID_ACCOUNT_NUMBER');
    expect(refusal(() => assertAccountNumberFormat('NG', wallet('OPay'), '08031234567'))).toBeNull();
    expect(refusal(() => assertAccountNumberFormat('NG', wallet('OPay'), '8031234567'))).toBeNull();
    expect(refusal(() => assertAccountNumberFormat('NG', wallet('PalmPay'), '803123456'))?.code).toBe('INVALID_ACCOUNT_NUMBER');
    // A provider without a rule of its own: any 6 to 20 digits.
    expect(refusal(() => assertAccountNumberFormat('KE', wallet('M-Pesa'), '254712345678'))).toBeNull();
  });

  it('checks the ABA routing number’s check digit', () => {
    // JPMorgan Chase, Bank of America and Wells Fargo routing numbers.
    for (const n of ['021000021', '026009593', '121000248']) expect(isAbaRoutingNumber(n)).toBe(true);
    expect(isAbaRoutingNumber('021000022')).toBe(false);
    // The check digit agrees, but no bank account has a routing number outside the districts' ranges.
    expect(isAbaRoutingNumber('000000000')).toBe(false);
    expect(isAbaRoutingNumber('130000006')).toBe(false);
    expect(isAbaRoutingNumber('12100024')).toBe(false);
    expect(isAbaRoutingNumber('12100024a')).toBe(false);
  });

  it('keeps a bank code of its country’s shape, without typed spaces and dashes', () => {
    expect(checkedBankCode('NG', '058')).toBe('058');
    expect(checkedBankCode('NG', '50211')).toBe('50211');
    expect(checkedBankCode('NG', '035a')).toBe('035A');
    expect(checkedBankCode('US', '0210-0002 1')).toBe('021000021');
    expect(checkedBankCode('BD', '090')).toBe('090');
    expect(checkedBankCode('BD', '090261726')).toBe('090261726');
    expect(refusal(() => checkedBankCode('US', '021000022'))).toEqual({
      code: 'INVALID_BANK_CODE',
      message: 'a US bank code is the bank’s 9-digit ABA routing number',
    });
    expect(refusal(() => checkedBankCode('NG', 'GTB'))?.code).toBe('INVALID_BANK_CODE');
    expect(refusal(() => checkedBankCode('BD', '0902'))?.code).toBe('INVALID_BANK_CODE');
    // A country without a rule keeps the code as typed.
    expect(checkedBankCode('GH', 'GH-030100')).toBe('GH-030100');
  });
});
