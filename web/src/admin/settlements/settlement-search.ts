import { isCountry, type Country } from '../countries.ts';

export interface SettlementSearch {
  countryCode?: Country;
  mode?: 'test';
}

/** The settlement queue's filters from the URL; anything invalid is dropped (live when no mode). */
export const parseSettlementSearch = (s: Record<string, unknown>): SettlementSearch => ({
  countryCode: isCountry(s.countryCode) ? s.countryCode : undefined,
  mode: s.mode === 'test' ? 'test' : undefined,
});
