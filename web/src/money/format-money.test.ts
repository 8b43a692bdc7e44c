import { describe, expect, it } from 'vitest';
import { amountInputProblem, formatMoney, parseAmountInput } from './format-money.ts';
import { jsonInteger } from './minor-units-json.ts';

describe('formatMoney', () => {
  it('places the decimal point by the currency exponent, from the server string as it is', () => {
    expect(formatMoney('250000', 'NGN', 'en-NG')).toBe('₦2,500.00');
    expect(formatMoney('5', 'USD', 'en-US')).toBe('$0.05');
    // The minus sign a statement's debit has (U+2212), not a hyphen.
    expect(formatMoney('-1234', 'USD', 'en-US')).toBe('−$12.34');
    expect(formatMoney('-40000', 'USD', 'en-US')).toBe(`−${formatMoney('40000', 'USD', 'en-US')}`);
    expect(formatMoney('0', 'BDT', 'en-US')).toBe('৳0.00');
    expect(formatMoney('250000', 'NGN', 'en-US')).toBe('₦2,500.00');
  });

  it('keeps every digit of amounts past floating-point precision', () => {
    // 2^53 + 1 minor units: a Number would print ...992.
    expect(formatMoney('9007199254740993', 'USD', 'en-US')).toBe('$90,071,992,547,409.93');
  });

  it('shows an amount it cannot read as it came, rather than a wrong number', () => {
    expect(formatMoney('12.5', 'USD', 'en-US')).toBe('12.5 USD');
    expect(formatMoney('100', 'XXX', 'en-US')).toBe('100 XXX');
  });
});

describe('parseAmountInput', () => {
  it('turns what a person types into minor units', () => {
    expect(parseAmountInput('2500', 'NGN')).toBe('250000');
    expect(parseAmountInput('2,500.5', 'NGN')).toBe('250050');
    expect(parseAmountInput(' 0.07 ', 'USD')).toBe('7');
  });

  it('refuses what is not an amount of that currency', () => {
    for (const bad of ['', '0', '0.00', '-5', '1.234', '1e3', 'abc', '1.2.3', '1,5', '12,50', '1,0000', ',500'])
      expect(parseAmountInput(bad, 'USD')).toBeNull();
    expect(parseAmountInput('1,234,567.89', 'USD')).toBe('123456789');
  });

  it('reads taka as people in Bangladesh write it: lakh and crore grouping, Bengali digits', () => {
    expect(parseAmountInput('1,00,000', 'BDT')).toBe('10000000');
    expect(parseAmountInput('1,23,45,678.50', 'BDT')).toBe('12345678' + '50');
    expect(parseAmountInput('৫০০', 'BDT')).toBe('50000');
    expect(parseAmountInput('১,০০,০০০.৫০', 'BDT')).toBe('10000050');
    expect(parseAmountInput('1,00,000', 'USD')).toBeNull(); // a lakh is no grouping of dollars
    expect(parseAmountInput('1,0,000', 'BDT')).toBeNull();
  });

  it('reads a zero only where zero is allowed', () => {
    for (const zero of ['0', '0.00', ' 0,000 ']) expect(parseAmountInput(zero, 'USD', { zeroAllowed: true })).toBe('0');
    expect(parseAmountInput('0.000', 'USD', { zeroAllowed: true })).toBeNull();
  });
});

describe('jsonInteger', () => {
  it('writes the digits into JSON unchanged', () => {
    expect(JSON.stringify({ amount: jsonInteger('9007199254740993') })).toBe('{"amount":9007199254740993}');
    expect(() => jsonInteger('12.5')).toThrow(RangeError);
  });
});

describe('amountInputProblem', () => {
  it('says a zero is not enough, too many digits too much, and anything else is not an amount, with an amount of that currency', () => {
    for (const zero of ['0', '0.00', ' 0,000 ']) expect(amountInputProblem(zero, 'NGN')).toBe('Enter an amount above zero');
    for (const bad of ['abc', '-5', '1.234', '12abc', '0.0.0', '0 0', '.0'])
      expect(amountInputProblem(bad, 'NGN')).toBe('Enter an amount like 2500 or 2500.50');
    expect(amountInputProblem('abc', 'USD')).toBe('Enter an amount like 25 or 25.50');
    for (const huge of ['99999999999999', '12,345,678,901,234.50']) expect(amountInputProblem(huge, 'USD')).toBe('That is more than any wallet can hold');
  });
});
