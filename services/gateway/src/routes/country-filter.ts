import { AppError } from '@ziba/service-kit/errors';

/** The country a payouts or wallets list is asked for (schemas/common.ts's CountryFilterQuery), '' for every country; two names naming different countries are a mistake, said as one. */
export function countryFilterOf(q: { country?: string | undefined; countryCode?: string | undefined }): string {
  if (q.country && q.countryCode && q.country !== q.countryCode)
    throw new AppError('INVALID', 'VALIDATION_FAILED', 'querystring countryCode must be the same as country (they are one filter), or left out');
  return q.country ?? q.countryCode ?? '';
}
