// What every step of the demo works with: the gateway, the seed, the admin's client and the cast's
// signed-in accounts.
import { formatMinorUnits, type CurrencyCode } from '@ziba/money';
import type { ApiClient } from '@ziba/api-client';
import type { Member } from './accounts.ts';
import type { Country } from './cast.ts';
import { DemoError, type Gateway } from './gateway.ts';
import type { Seeded } from './seeded.ts';

export interface DemoContext {
  gw: Gateway;
  seeded: Seeded;
  admin: ApiClient;
  members: Map<string, Member>;
  /** When this run began: what was created before it was found, not made. */
  startedAt: Date;
  log(line: string): void;
}

export function member(ctx: DemoContext, handle: string): Member {
  const m = ctx.members.get(handle);
  if (!m) throw new DemoError(`no account for ${handle}`);
  return m;
}

export const CURRENCY = { NG: 'NGN', US: 'USD', BD: 'BDT' } as const satisfies Record<Country, CurrencyCode>;

/** An amount of a country's money in minor units as the summary prints it, e.g. NGN 4,000.00 (no floating point). */
export const money = (minor: number | string | bigint, country: Country): string => formatMinorUnits(BigInt(minor), CURRENCY[country]);
