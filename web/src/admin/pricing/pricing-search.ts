import { isCountry, type Country } from '../countries.ts';

/** The pricing page's country, from the URL. */
export const parsePricingSearch = (s: Record<string, unknown>): { country?: Country } => ({ country: isCountry(s.country) ? s.country : undefined });
