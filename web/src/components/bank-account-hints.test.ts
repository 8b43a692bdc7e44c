import { expect, it } from 'vitest';
import { bankCodeProblem } from './bank-account-hints.ts';

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
