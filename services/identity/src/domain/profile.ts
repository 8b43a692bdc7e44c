import { isoDateOf, parseIsoDate, yearsBetween, type IsoDate } from './calendar.ts';
import { KycErrors } from './kyc-errors.ts';
import type { AddressParts } from './matching.ts';

export interface ProfileInput {
  legalFirstName: string;
  legalLastName: string;
  dateOfBirth: string;
  countryCode: string;
  residence: AddressParts;
}

export interface Profile extends ProfileInput {
  dateOfBirth: IsoDate;
}

export const MINIMUM_AGE = 18;

const text = (field: string, value: string | null | undefined, min: number, max: number): string => {
  const v = (value ?? '').trim();
  if (v.length < min || v.length > max)
    throw KycErrors.invalidField(field, min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`);
  if (/[\p{Cc}]/u.test(v)) throw KycErrors.invalidField(field, 'must not contain control characters');
  return v;
};

const countryCode = (field: string, value: string): string => {
  if (!/^[A-Z]{2}$/.test(value)) throw KycErrors.invalidField(field, 'must be an ISO 3166 alpha-2 code');
  return value;
};

/** An address as given by a user or printed on a document. */
export function validateAddress(prefix: string, a: AddressParts): AddressParts {
  return {
    line1: text(`${prefix}Line1`, a.line1, 1, 200),
    city: text(`${prefix}City`, a.city, 1, 100),
    state: text(`${prefix}State`, a.state, 0, 100) || null,
    postalCode: text(`${prefix}PostalCode`, a.postalCode, 0, 20) || null,
    countryCode: countryCode(`${prefix}CountryCode`, a.countryCode),
  };
}

/** The profile of an account in `accountCountry`; adults only, since the account holds money. */
export function validateProfile(input: ProfileInput, accountCountry: string, now: Date): Profile {
  const dateOfBirth = parseIsoDate('dateOfBirth', input.dateOfBirth);
  const today = isoDateOf(now);
  if (dateOfBirth > today) throw KycErrors.invalidDate('dateOfBirth', 'is in the future');
  if (dateOfBirth < '1900-01-01') throw KycErrors.invalidDate('dateOfBirth', 'is before 1900');
  if (yearsBetween(dateOfBirth, today) < MINIMUM_AGE) throw KycErrors.invalidDate('dateOfBirth', `account holders must be at least ${MINIMUM_AGE}`);
  if (countryCode('countryCode', input.countryCode) !== accountCountry) throw KycErrors.invalidField('countryCode', "must be the account's country");
  return {
    legalFirstName: text('legalFirstName', input.legalFirstName, 1, 100),
    legalLastName: text('legalLastName', input.legalLastName, 1, 100),
    dateOfBirth,
    countryCode: input.countryCode,
    residence: validateAddress('residence', input.residence),
  };
}
