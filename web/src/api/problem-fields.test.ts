import type { Problem } from '@ziba/api-client';
import { describe, expect, it } from 'vitest';
import { firstProblemField, plainFieldWords, problemOnFields } from './problem-fields.ts';

type FieldError = NonNullable<Problem['errors']>[number];
const problem = (code: string, detail?: string, errors?: FieldError[]): Problem => ({
  type: 'about:blank',
  title: 'x',
  status: 400,
  code,
  ...(detail ? { detail } : {}),
  ...(errors ? { errors } : {}),
});

// What the gateway answers to a bad registration (services/gateway/src/plugins/problem.ts; edge-input.int.spec.ts).
const REGISTER_ERRORS: FieldError[] = [
  { field: 'email', message: "must be an email address: letters, digits and . _ % + - ' before the @, a domain such as example.com after it" },
  { field: 'password', message: 'must not have fewer than 10 characters' },
];

describe('problemOnFields', () => {
  it('puts each field the server names on its field, in plain words', () => {
    expect(problemOnFields(problem('VALIDATION_FAILED', 'body email must be …', REGISTER_ERRORS), ['email', 'password'])).toEqual({
      fields: { email: 'Enter an email address like name@example.com.', password: 'Use at least 10 characters.' },
      other: [],
    });
  });

  it('names missing fields, and keeps the first words per field', () => {
    const errors: FieldError[] = [
      { field: 'legalFirstName', message: 'must match pattern "\\S"' },
      { field: 'legalLastName', message: 'must not have fewer than 1 characters' },
      { field: 'legalLastName', message: 'must match pattern "\\S"' },
      { field: 'dateOfBirth', message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' },
    ];
    expect(problemOnFields(problem('VALIDATION_FAILED', undefined, errors), ['legalFirstName', 'legalLastName', 'dateOfBirth']).fields).toEqual({
      legalFirstName: 'Fill this in.',
      legalLastName: 'Fill this in.',
      dateOfBirth: 'Enter a real date.',
    });
    const missing: FieldError[] = [{ field: 'email', message: 'is required' }, REGISTER_ERRORS[1]!];
    expect(problemOnFields(problem('VALIDATION_FAILED', undefined, missing), ['email', 'password']).fields).toEqual({
      email: 'Fill this in.',
      password: 'Use at least 10 characters.',
    });
  });

  it('reads identity’s refused fields, under the names the form uses, and codes about one field', () => {
    const young = problem('INVALID_DATE', 'dateOfBirth: account holders must be at least 18', [
      { field: 'dateOfBirth', message: 'account holders must be at least 18' },
    ]);
    expect(problemOnFields(young, ['dateOfBirth'])).toEqual({ fields: { dateOfBirth: 'You must be at least 18 to hold an account.' }, other: [] });
    const line = problem('INVALID_FIELD', 'residenceLine1: must be 1 to 200 characters', [{ field: 'residenceLine1', message: 'must be 1 to 200 characters' }]);
    expect(problemOnFields(line, ['residenceAddressLine1'], { residenceLine1: 'residenceAddressLine1' }).fields).toEqual({
      residenceAddressLine1: 'Use 1 to 200 characters.',
    });
    expect(problemOnFields(problem('EMAIL_TAKEN', 'an account with this email exists'), ['email']).fields).toEqual({
      email: 'An account with this email already exists. Sign in instead.',
    });
    expect(problemOnFields(problem('WEAK_PASSWORD', 'password must be 10 to 200 characters'), ['email', 'password']).fields).toEqual({
      password: 'Use 10 to 200 characters.',
    });
  });

  it('puts a refused payout account’s bank code, number or provider on its field, in the server’s words', () => {
    const bank = ['bankName', 'bankCode', 'accountNumber', 'accountName'] as const;
    expect(problemOnFields(problem('INVALID_BANK_CODE', 'a US bank code is the bank’s 9-digit ABA routing number'), bank)).toEqual({
      fields: { bankCode: 'A US bank code is the bank’s 9-digit ABA routing number.' },
      other: [],
    });
    expect(problemOnFields(problem('INVALID_ACCOUNT_NUMBER', 'a Nigerian account number (NUBAN) has 10 digits'), bank).fields).toEqual({
      accountNumber: 'A Nigerian account number (NUBAN) has 10 digits.',
    });
    const wallet = ['provider', 'accountNumber', 'accountName'] as const;
    expect(problemOnFields(problem('INVALID_ACCOUNT_NUMBER', 'a bKash wallet is its 11-digit mobile number, 01XXXXXXXXX'), wallet).fields).toEqual({
      accountNumber: 'A bKash wallet is its 11-digit mobile number, 01XXXXXXXXX.',
    });
    const notOffered = problem('METHOD_NOT_OFFERED', 'mobile money by Paga is not offered in NG; offered: a bank account, mobile money (OPay)');
    expect(problemOnFields(notOffered, wallet).fields).toEqual({
      provider: 'Mobile money by Paga is not offered in NG; offered: a bank account, mobile money (OPay).',
    });
    // A form without a provider field says it above the form, as a sentence.
    expect(problemOnFields(notOffered, bank)).toEqual({
      fields: {},
      other: ['Mobile money by Paga is not offered in NG; offered: a bank account, mobile money (OPay).'],
    });
  });

  it('puts a refused identity document’s number, expiry or type on its field, without the type the form already shows', () => {
    const form = ['documentType', 'documentNumber', 'expiryDate'] as const;
    expect(problemOnFields(problem('INVALID_DOCUMENT_NUMBER', 'NIN: a NIN has 11 digits'), form)).toEqual({
      fields: { documentNumber: 'A NIN has 11 digits.' },
      other: [],
    });
    expect(problemOnFields(problem('DOCUMENT_EXPIRED', 'the document has expired'), form).fields).toEqual({ expiryDate: 'The document has expired.' });
    expect(problemOnFields(problem('DOCUMENT_NOT_ISSUED_IN_COUNTRY', 'NIN is not issued in US'), form).fields).toEqual({
      documentType: 'NIN is not issued in US.',
    });
  });

  it('says a problem that names none of the form’s fields as everywhere else, and what names another beside the fields', () => {
    expect(problemOnFields(problem('USER_BLOCKED'), ['email'])).toEqual({ fields: {}, other: ['Your account is blocked. Contact support.'] });
    const country = problem('INVALID_FIELD', "countryCode: must be the account's country", [
      { field: 'countryCode', message: "must be the account's country" },
    ]);
    expect(problemOnFields(country, ['dateOfBirth'])).toEqual({ fields: {}, other: ["countryCode: must be the account's country."] });
    expect(problemOnFields(undefined, ['email']).other).toEqual(['Something went wrong. Try again.']);
    const mixed = problemOnFields(
      problem('VALIDATION_FAILED', undefined, [
        { field: 'email', message: 'must not have fewer than 3 characters' },
        { field: 'nickname', message: 'must not have more than 5 characters' },
      ]),
      ['email'],
    );
    expect(mixed.fields).toEqual({ email: 'Use at least 3 characters.' });
    expect(mixed.other).toHaveLength(1);
  });
});

describe('plainFieldWords', () => {
  it('says a rule it does not know as a sentence', () => {
    expect(plainFieldWords('is in the future')).toBe('This date is in the future.');
    expect(plainFieldWords('must be an ISO 3166 alpha-2 code')).toBe('This must be an ISO 3166 alpha-2 code.');
  });
});

it('firstProblemField follows the order of the form', () => {
  expect(firstProblemField(['a', 'b', 'c'], { c: 'x', b: 'y' })).toBe('b');
  expect(firstProblemField(['a'], {})).toBeUndefined();
});
