import { isCurrencyCode, parseMinorUnits } from '@ziba/money';

export interface Country {
  code: string;
  name: string;
  currency: string;
  minimumWithdrawal: bigint;
  ruleSet: 'NG' | 'US' | 'BD' | 'OTHER';
}

/** Validates the countries configuration at start; a bad file stops the service with the reason. */
export function parseCountries(json: unknown): Map<string, Country> {
  const root = json as { countries?: Record<string, Record<string, unknown>> };
  if (!root?.countries || typeof root.countries !== 'object') throw new Error('countries config: missing "countries"');
  const out = new Map<string, Country>();
  for (const [code, c] of Object.entries(root.countries)) {
    const where = `countries config ${code}`;
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`${where}: code must be ISO 3166 alpha-2`);
    if (typeof c.currency !== 'string' || !isCurrencyCode(c.currency)) throw new Error(`${where}: unsupported currency`);
    if (!['NG', 'US', 'BD', 'OTHER'].includes(String(c.ruleSet))) throw new Error(`${where}: ruleSet must be NG, US, BD or OTHER`);
    let minimum: bigint;
    try {
      minimum = parseMinorUnits(String(c.minimumWithdrawal));
    } catch {
      throw new Error(`${where}: minimumWithdrawal must be an integer of minor units`);
    }
    out.set(code, { code, name: String(c.name ?? code), currency: c.currency, minimumWithdrawal: minimum, ruleSet: c.ruleSet as Country['ruleSet'] });
  }
  return out;
}
