import { optionalCountryCode } from '@ziba/service-kit/arguments';
import type { Mode } from '@ziba/service-kit/mode';
import { TripErrors } from './trip-state.ts';

/** The mode a list or report is read in: live unless test is asked for, so test money never mixes into live figures or work. */
export function listMode(text: string | undefined): Mode {
  const mode = text || 'live';
  if (mode !== 'live' && mode !== 'test') throw TripErrors.invalid('mode', 'must be live or test');
  return mode;
}

/** A country filter: empty for every country, else a two-letter code. */
export const countryFilter = (text: string | undefined): string | null => optionalCountryCode('countryCode', text);
