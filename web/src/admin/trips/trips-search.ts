import type { Schemas } from '@ziba/api-client';
import { isCountry, type Country } from '../countries.ts';

type Kind = Schemas['Trip']['serviceType'];
const KINDS: readonly Kind[] = ['RIDE', 'PARCEL', 'FOOD'];

export interface TripsSearch {
  countryCode?: Country;
  kind?: Kind;
  mode?: 'test';
}

/** The trips-under-way list's filters from the URL; anything invalid is dropped (live when no mode). */
export const parseTripsSearch = (s: Record<string, unknown>): TripsSearch => ({
  countryCode: isCountry(s.countryCode) ? s.countryCode : undefined,
  kind: KINDS.includes(s.kind as Kind) ? (s.kind as Kind) : undefined,
  mode: s.mode === 'test' ? 'test' : undefined,
});
