import type { ServiceType } from './trip-state.ts';

/** The ledger's reference type for each kind of trip: what its entries, and the refunds of it, are posted under. */
export const LEDGER_REFERENCE = { RIDE: 'ride', PARCEL: 'delivery', FOOD: 'food_order' } as const satisfies Record<ServiceType, string>;

const SERVICE_OF_REFERENCE: Record<string, ServiceType> = Object.fromEntries(
  (Object.keys(LEDGER_REFERENCE) as ServiceType[]).map((service) => [LEDGER_REFERENCE[service], service]),
);

/** Commission and gross fares of the trips settled in one period, service, country and currency. */
export interface CommissionTotal {
  periodStart: string;
  serviceType: string;
  countryCode: string;
  currency: string;
  commission: bigint;
  gross: bigint;
  trips: number;
}

/** What refunds gave customers back in one period, for one kind of trip, country and currency (the ledger's figure). */
export interface RefundTotal {
  periodStart: string;
  referenceType: string;
  countryCode: string;
  currency: string;
  amount: bigint;
}

export interface EarningsLine extends CommissionTotal {
  refunds: bigint;
  /** Commission less refunds; below zero when refunds gave back more. (Admins' corrections of wallets name no trip: not here.) */
  netCommission: bigint;
}

const keyOf = (l: { periodStart: string; serviceType: string; countryCode: string; currency: string }) =>
  `${l.periodStart}|${l.serviceType}|${l.countryCode}|${l.currency}`;

/**
 * The earnings report's lines: the commission of settled trips and the refunds paid out of it (a
 * refund comes from the platform's revenue), per period, service, country and currency. A period
 * with refunds and no settled trip has a line of its own, with no commission. In order of period,
 * service, country and currency.
 */
export function earningsLines(commission: readonly CommissionTotal[], refunds: readonly RefundTotal[]): EarningsLine[] {
  const lines = new Map<string, EarningsLine>();
  for (const c of commission) lines.set(keyOf(c), { ...c, refunds: 0n, netCommission: c.commission });
  for (const r of refunds) {
    const serviceType = SERVICE_OF_REFERENCE[r.referenceType];
    if (!serviceType) continue; // not a trip's refund
    const key = keyOf({ ...r, serviceType });
    const line = lines.get(key) ?? {
      periodStart: r.periodStart,
      serviceType,
      countryCode: r.countryCode,
      currency: r.currency,
      commission: 0n,
      gross: 0n,
      trips: 0,
      refunds: 0n,
      netCommission: 0n,
    };
    line.refunds += r.amount;
    line.netCommission = line.commission - line.refunds;
    lines.set(key, line);
  }
  return [...lines.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}
