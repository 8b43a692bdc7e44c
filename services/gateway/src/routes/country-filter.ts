import { Type } from 'typebox';
import { AppError } from '@ziba/service-kit/errors';
import { CountryCode } from '../schemas/common.ts';

/**
 * The country filter of the payouts and wallets lists. SPEC section 8 names it `country`; the
 * platform's other lists say `countryCode`. Both lists take either, so a client written from either
 * name is served, never refused an "unknown field".
 */
export const CountryFilterQuery = {
  country: Type.Optional({ ...CountryCode, description: 'ISO 3166 country code' }),
  countryCode: Type.Optional({ ...CountryCode, description: 'the same filter as `country`, by the name the other lists use' }),
};

/** The country asked for, '' for every country; two names naming different countries are a mistake, said as one. */
export function countryFilterOf(q: { country?: string | undefined; countryCode?: string | undefined }): string {
  if (q.country && q.countryCode && q.country !== q.countryCode)
    throw new AppError('INVALID', 'VALIDATION_FAILED', 'querystring countryCode must be the same as country (they are one filter), or left out');
  return q.country ?? q.countryCode ?? '';
}
