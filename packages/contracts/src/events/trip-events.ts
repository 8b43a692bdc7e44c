/** trip.status-changed.v1: every transition of a trip, with who made it. */
export interface TripStatusChangedV1 {
  tripId: string;
  serviceType: string;
  from: string;
  to: string;
  actorType: string;
  actorId: string;
  /** Why support took the step (an admin's cancel); absent on every other step. */
  reason?: string;
  /** Who is on the trip as the step leaves it (the rider or customer, the driver, the restaurant), so the people it concerns can be told; absent on a settlement's step. */
  riderId?: string;
  driverId?: string | null;
  restaurantId?: string | null;
}

/** trip.fare-held.v1 / trip.fare-released.v1: the ONLINE fare locked in, or given back to, the rider's wallet. */
export interface TripHoldV1 {
  tripId: string;
  riderId: string;
  holdId: string;
  amount: string;
  currency: string;
  /** An admin's release of a stuck hold says why. */
  reason?: string;
}

/** trip.settled.v1: the settlement entry of a trip and the split it made. */
export interface TripSettledV1 {
  tripId: string;
  serviceType: string;
  paymentMethod: string;
  entryId: string;
  currency: string;
  fare: string;
  driverAmount: string;
  platformAmount: string;
  commissionRuleId: string;
  commissionBps: number;
  countryCode: string;
  /** Food orders: the restaurant and its share. */
  restaurantId: string | null;
  restaurantAmount: string | null;
}

/** trip.commission-rule-changed.v1 */
export interface CommissionRuleChangedV1 {
  ruleId: string;
  serviceType: string;
  countryCode: string;
  paymentMethod: string;
  bps: number;
  effectiveFrom: string;
  adminId: string;
  /** The rate this version replaces: the one in force at effectiveFrom before it (the shipped default when none was); absent on events written before it was carried. */
  previousBps?: number;
}

/** trip.netting-run-completed.v1: a weekly commission netting run of one country finished. */
export interface NettingRunCompletedV1 {
  runId: string;
  weekStart: string;
  countryCode: string;
  /** What the run netted from live wallets (minor units), and its currency; null when it netted none. Absent from events written before it was added. */
  amount?: string | null;
  currency?: string | null;
}

/** trip.tariff-changed.v1: an admin changed how a service is priced in a country. */
export interface TariffChangedV1 {
  countryCode: string;
  serviceType: string;
  currency: string;
  baseFare: string;
  perKm: string;
  minimumFare: string;
  adminId: string;
  /** The prices it replaced (minor units); null when the service had none in the country. Absent from events written before it was added. */
  previous?: { baseFare: string; perKm: string; minimumFare: string } | null;
}

/** The parts of a menu item a restaurant sets. */
export interface MenuItemSettings {
  name: string;
  /** Minor units of `currency`. */
  price: string;
  available: boolean;
}

/** trip.menu-item-changed.v1: a restaurant added a menu item or changed one (its name, price or whether it can be ordered). */
export interface MenuItemChangedV1 extends MenuItemSettings {
  itemId: string;
  restaurantId: string;
  currency: string;
  /** What it was before; null for a new item. */
  previous: MenuItemSettings | null;
}
