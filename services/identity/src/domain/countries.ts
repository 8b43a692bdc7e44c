import { isCurrencyCode, parseMinorUnits } from '@ziba/money';
import { isCountryCode } from '@ziba/service-kit/arguments';
import { isDocumentType, type DocumentType } from './documents.ts';

export const EARNER_ROLES = ['RIDER', 'DRIVER', 'RESTAURANT'] as const;
export type AccountRole = (typeof EARNER_ROLES)[number];

/** All of these must be met; each is met by a verified, unexpired document of one of its types. */
export type Requirement = readonly DocumentType[];

export interface Country {
  code: string;
  name: string;
  currency: string;
  ruleSet: string;
  requirements: Record<AccountRole, readonly Requirement[]>;
}

export interface PlatformSettings {
  /** Off: riders never withdraw (SPEC section 12.4); their requirements wait for the day it changes. */
  riderWithdrawalsEnabled: boolean;
}

export interface CountryConfig {
  countries: Map<string, Country>;
  settings: PlatformSettings;
}

/** Validates the countries configuration at start; a bad file stops the service with the reason. */
export function parseCountryConfig(json: unknown): CountryConfig {
  const root = json as {
    countries?: Record<string, Record<string, unknown>>;
    ruleSets?: Record<string, Record<string, unknown>>;
    settings?: Record<string, unknown>;
  };
  if (!root?.countries || typeof root.countries !== 'object') throw new Error('countries config: missing "countries"');
  if (!root.ruleSets || typeof root.ruleSets !== 'object') throw new Error('countries config: missing "ruleSets"');
  const ruleSets = new Map(Object.entries(root.ruleSets).map(([name, rs]) => [name, parseRuleSet(name, rs)]));
  const countries = new Map<string, Country>();
  for (const [code, c] of Object.entries(root.countries)) {
    const where = `countries config ${code}`;
    if (!isCountryCode(code)) throw new Error(`${where}: code must be ISO 3166 alpha-2`);
    if (typeof c.currency !== 'string' || !isCurrencyCode(c.currency)) throw new Error(`${where}: unsupported currency`);
    const requirements = ruleSets.get(String(c.ruleSet));
    if (!requirements) throw new Error(`${where}: ruleSet ${String(c.ruleSet)} is not defined in "ruleSets"`);
    // The minimum withdrawal is payout's rule and configuration (SPEC 6, MINIMUM_WITHDRAWALS), not kept
    // here; an older file that still names one must at least name it in minor units.
    if (c.minimumWithdrawal !== undefined && !isMinorUnits(c.minimumWithdrawal))
      throw new Error(`${where}: minimumWithdrawal must be an integer of minor units (payout's MINIMUM_WITHDRAWALS is the one applied)`);
    countries.set(code, { code, name: String(c.name ?? code), currency: c.currency, ruleSet: String(c.ruleSet), requirements });
  }
  return { countries, settings: { riderWithdrawalsEnabled: root.settings?.riderWithdrawalsEnabled === true } };
}

function isMinorUnits(v: unknown): boolean {
  try {
    parseMinorUnits(String(v));
    return true;
  } catch {
    return false;
  }
}

function parseRuleSet(name: string, rs: Record<string, unknown>): Record<AccountRole, readonly Requirement[]> {
  const out = {} as Record<AccountRole, readonly Requirement[]>;
  for (const role of EARNER_ROLES) {
    const list = rs?.[role];
    if (!Array.isArray(list)) throw new Error(`countries config ruleSet ${name}: ${role} must list its required documents`);
    out[role] = list.map((group: unknown) => {
      if (!Array.isArray(group) || group.length === 0 || !group.every((t) => typeof t === 'string' && isDocumentType(t))) {
        throw new Error(`countries config ruleSet ${name}: ${role} has an entry that is not a non-empty list of document types`);
      }
      return group as DocumentType[];
    });
  }
  if (!out.DRIVER.some((g) => g.includes('DRIVER_LICENSE'))) throw new Error(`countries config ruleSet ${name}: drivers must require a DRIVER_LICENSE`);
  return out;
}
