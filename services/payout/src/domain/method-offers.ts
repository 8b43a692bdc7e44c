import { AppError } from '@ziba/service-kit/errors';
import { isCountryCode } from '@ziba/service-kit/arguments';

/** The payout methods a country offers (SPEC 2: a country is configuration): bank accounts, and which mobile-money providers. */
export interface MethodOffer {
  bank: boolean;
  mobileMoney: readonly string[];
}

/** A country with no line of its own: bank accounts only. */
const OTHER_COUNTRIES: MethodOffer = { bank: true, mobileMoney: [] };

/**
 * Reads `NG=BANK,MOBILE_MONEY:OPay|PalmPay;US=BANK;...`: countries apart by `;`, methods by `,`, a
 * mobile-money method names its providers after `:`, apart by `|`.
 */
export function parseMethodOffers(spec: string): Map<string, MethodOffer> {
  const offers = new Map<string, MethodOffer>();
  for (const line of spec
    .split(';')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [country, methods = ''] = line.split('=').map((s) => s.trim()) as [string, string?];
    // A mistyped line would silently leave a country with bank accounts only: refused at start instead.
    if (!isCountryCode(country)) throw new Error(`PAYOUT_METHODS: ${country || 'an empty name'} is not a country code (NG, BD, ...)`);
    const offer = { bank: false, mobileMoney: [] as string[] };
    for (const method of methods.split(',').map((m) => m.trim())) {
      const [type, providers = ''] = method.split(':') as [string, string?];
      if (type === 'BANK') offer.bank = true;
      else if (type === 'MOBILE_MONEY')
        offer.mobileMoney = providers
          .split('|')
          .map((p) => p.trim())
          .filter(Boolean);
      else throw new Error(`PAYOUT_METHODS: unknown method ${type} for ${country}`);
    }
    if (methods.includes('MOBILE_MONEY') && !offer.mobileMoney.length) throw new Error(`PAYOUT_METHODS: mobile money in ${country} names no provider`);
    offers.set(country, offer);
  }
  return offers;
}

export const offerOf = (offers: ReadonlyMap<string, MethodOffer>, country: string): MethodOffer => offers.get(country) ?? OTHER_COUNTRIES;

/**
 * The method as the country offers it: a mobile-money provider by its configured name (matched in
 * any case), or 422 METHOD_NOT_OFFERED naming what the country does offer.
 */
export function offeredMethod(
  offer: MethodOffer,
  country: string,
  method: { type: 'BANK'; provider: null } | { type: 'MOBILE_MONEY'; provider: string },
): { provider: string | null } {
  if (method.type === 'BANK' && offer.bank) return { provider: null };
  const provider = method.provider && offer.mobileMoney.find((p) => p.toLowerCase() === method.provider.toLowerCase());
  if (method.type === 'MOBILE_MONEY' && provider) return { provider };
  throw new AppError('REFUSED', 'METHOD_NOT_OFFERED', `${describe(method)} is not offered in ${country}; offered: ${offered(offer)}`);
}

const describe = (m: { type: string; provider: string | null }) => (m.type === 'BANK' ? 'a bank account' : `mobile money by ${m.provider}`);
const offered = (o: MethodOffer) =>
  [o.bank ? 'a bank account' : null, o.mobileMoney.length ? `mobile money (${o.mobileMoney.join(', ')})` : null].filter(Boolean).join(', ') || 'nothing';
