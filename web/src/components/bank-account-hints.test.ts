import { expect, it } from 'vitest';
import { accountNumberProblem, bankCodeProblem } from './bank-account-hints.ts';

it('refuses only bank codes of a length their country never has', () => {
  expect(bankCodeProblem('NGN', '058')).toBeUndefined();
  expect(bankCodeProblem('NGN', '035A')).toBeUndefined();
  expect(bankCodeProblem('NGN', '090267')).toBeUndefined();
  expect(bankCodeProblem('NGN', '05')).toBe('Nigerian bank codes have 3 to 6 characters');
  expect(bankCodeProblem('NGN', '0902671')).toBe('Nigerian bank codes have 3 to 6 characters');
  expect(bankCodeProblem('USD', '021 000 021')).toBeUndefined();
  expect(bankCodeProblem('USD', '02100002')).toBe('A routing number has 9 digits');
  expect(bankCodeProblem('BDT', '015')).toBeUndefined();
  expect(bankCodeProblem('BDT', '015-27-0001')).toBeUndefined();
  expect(bankCodeProblem('BDT', '0152')).toBe('Bangladeshi bank codes have 3 digits, or 9 for a branch routing number');
  // Nothing typed yet, or a country without a known shape: nothing said.
  expect(bankCodeProblem('USD', '')).toBeUndefined();
  expect(bankCodeProblem('EUR', '1')).toBeUndefined();
  expect(bankCodeProblem(undefined, '1')).toBeUndefined();
});

it('refuses account numbers that are not digits, or of a length their country never has', () => {
  expect(accountNumberProblem('NGN', '0123456789')).toBeUndefined();
  expect(accountNumberProblem('NGN', '012 345-6789')).toBeUndefined();
  expect(accountNumberProblem('NGN', '0123456')).toBe('A Nigerian account number (NUBAN) has 10 digits');
  expect(accountNumberProblem('NGN', '01234567890')).toBe('A Nigerian account number (NUBAN) has 10 digits');
  expect(accountNumberProblem('USD', '123456789012')).toBeUndefined();
  expect(accountNumberProblem('USD', '123456789012345678')).toBe('A US account number has 6 to 17 digits');
  // Bangladesh's banks number accounts their own way: only the general shape.
  expect(accountNumberProblem('BDT', '1234567890123')).toBeUndefined();
  expect(accountNumberProblem('BDT', '12a456')).toBe('Digits only (spaces and dashes are fine), 6 to 20 of them');
  // Where the country has a rule, it is the one said, as the field's hint does.
  expect(accountNumberProblem('NGN', '01234')).toBe('A Nigerian account number (NUBAN) has 10 digits');
  expect(accountNumberProblem('NGN', '01234x')).toBe('Digits only (spaces and dashes are fine)');
  expect(accountNumberProblem('BDT', '1'.repeat(21))).toBe('Digits only (spaces and dashes are fine), 6 to 20 of them');
  expect(accountNumberProblem('NGN', '')).toBeUndefined();
});
