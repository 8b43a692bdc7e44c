import { isoDateOf, parseIsoDate, yearsBetween, type IsoDate } from './calendar.ts';
import { isCountryCode } from '@ziba/service-kit/arguments';
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

/** The codes of a set of countries (identity's countries configuration: its keys). */
export type CountryCodes = Pick<ReadonlyMap<string, unknown>, 'has' | 'keys'>;

const text = (field: string, value: string | null | undefined, min: number, max: number): string => {
  const v = (value ?? '').trim();
  if (v.length < min || v.length > max)
    throw KycErrors.invalidField(field, min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`);
  if (/[\p{Cc}]/u.test(v)) throw KycErrors.invalidField(field, 'must not contain control characters');
  return v;
};

const countryCode = (field: string, value: string): string => {
  if (!isCountryCode(value)) throw KycErrors.invalidField(field, 'must be an ISO 3166 alpha-2 code');
  return value;
};

/**
 * What a refusal calls each part of an address: the name the REST request gives the field, since
 * "<field>: <why>" reaches the client as the field at fault (the gateway's `errors`).
 */
export type AddressFields = Readonly<Record<keyof AddressParts, string>>;

/** The profile's residence: flat fields of the profile request. */
export const RESIDENCE_FIELDS: AddressFields = {
  line1: 'residenceAddressLine1',
  city: 'residenceCity',
  state: 'residenceState',
  postalCode: 'residencePostalCode',
  countryCode: 'residenceCountryCode',
};

/** The address printed on a document: the `holderAddress` object of the document request. */
export const HOLDER_ADDRESS_FIELDS: AddressFields = {
  line1: 'holderAddress.line1',
  city: 'holderAddress.city',
  state: 'holderAddress.state',
  postalCode: 'holderAddress.postalCode',
  countryCode: 'holderAddress.countryCode',
};

/** An address as given by a user or printed on a document; a refusal names the part by `fields`. */
export function validateAddress(fields: AddressFields, a: AddressParts): AddressParts {
  return {
    line1: text(fields.line1, a.line1, 1, 200),
    city: text(fields.city, a.city, 1, 100),
    state: text(fields.state, a.state, 0, 100) || null,
    postalCode: text(fields.postalCode, a.postalCode, 0, 20) || null,
    countryCode: countryCode(fields.countryCode, a.countryCode),
  };
}

/**
 * The profile of an account in `accountCountry`; adults only, since the account holds money. The
 * residence is in one of the countries the platform serves (`servedCountries`, identity's countries
 * configuration), not necessarily the account's: SPEC section 3 keeps the two apart and verifies
 * the residence by the document's address (or an admin's review), not by its country.
 */
export function validateProfile(input: ProfileInput, accountCountry: string, servedCountries: CountryCodes, now: Date): Profile {
  const dateOfBirth = parseIsoDate('dateOfBirth', input.dateOfBirth);
  const today = isoDateOf(now);
  if (dateOfBirth > today) throw KycErrors.invalidDate('dateOfBirth', 'is in the future');
  if (dateOfBirth < '1900-01-01') throw KycErrors.invalidDate('dateOfBirth', 'is before 1900');
  if (yearsBetween(dateOfBirth, today) < MINIMUM_AGE) throw KycErrors.invalidDate('dateOfBirth', `account holders must be at least ${MINIMUM_AGE}`);
  if (countryCode('countryCode', input.countryCode) !== accountCountry) throw KycErrors.invalidField('countryCode', "must be the account's country");
  const legalFirstName = text('legalFirstName', input.legalFirstName, 1, 100);
  const legalLastName = text('legalLastName', input.legalLastName, 1, 100);
  const residence = validateAddress(RESIDENCE_FIELDS, input.residence);
  if (!servedCountries.has(residence.countryCode))
    throw KycErrors.invalidField(RESIDENCE_FIELDS.countryCode, `must be a country the platform serves (${[...servedCountries.keys()].sort().join(', ')})`);
  return { legalFirstName, legalLastName, dateOfBirth, countryCode: input.countryCode, residence };
}
