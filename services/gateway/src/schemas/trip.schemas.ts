import { Type } from 'typebox';
import { AmountInput, AmountOutput, CountryCode, IsoDate, MoneyOutput, NullableString, Uuid } from './common.ts';

// Shapes only: the fare, the commission, who may act and which transition is allowed are the
// trip-settlement service's to decide. No request here can carry a price, a fee, a role or a status.

export const TRIP_SERVICE_TYPES = ['RIDE', 'PARCEL'] as const;
export const COMMISSION_SERVICE_TYPES = ['RIDE', 'PARCEL', 'FOOD_RESTAURANT', 'FOOD_DELIVERY'] as const;
export const PAYMENT_METHODS = ['CASH', 'ONLINE'] as const;
export const EARNINGS_GROUP_BY = ['day', 'week', 'month'] as const;
/** What the earnings report groups by service: every settled kind, food orders included. */
export const EARNINGS_SERVICE_TYPES = ['RIDE', 'PARCEL', 'FOOD'] as const;
export const MODES = ['live', 'test'] as const;

/** REST path segment -> the service's action name (underscores towards the service). */
export const TRIP_ACTIONS = {
  accept: 'accept',
  arrive: 'arrive',
  start: 'start',
  'pick-up': 'pick_up',
  'on-the-way': 'on_the_way',
  complete: 'complete',
  deliver: 'deliver',
  cancel: 'cancel',
} as const;

/**
 * Food order actions: REST path segment -> the service's action and the roles the gateway lets try it.
 * Which of them may act on which order from which status is still the service's rule.
 */
export const FOOD_ACTIONS = {
  accept: { action: 'accept', roles: ['RESTAURANT'] },
  prepare: { action: 'prepare', roles: ['RESTAURANT'] },
  ready: { action: 'ready', roles: ['RESTAURANT'] },
  'accept-delivery': { action: 'accept_delivery', roles: ['DRIVER'] },
  'pick-up': { action: 'pick_up', roles: ['DRIVER'] },
  'on-the-way': { action: 'on_the_way', roles: ['DRIVER'] },
  deliver: { action: 'deliver', roles: ['DRIVER'] },
  cancel: { action: 'cancel', roles: ['RIDER', 'RESTAURANT'] },
} as const;

// ---- requests ----

export const RequestTripBody = Type.Object(
  {
    serviceType: Type.Enum(TRIP_SERVICE_TYPES),
    paymentMethod: Type.Enum(PAYMENT_METHODS, { description: 'ONLINE is charged to the rider wallet' }),
    distanceMeters: Type.Integer({ minimum: 100, maximum: 500_000, description: 'route length from the maps provider; the fare is priced from it on the server' }),
  },
  { additionalProperties: false },
);

export const TripParams = Type.Object({ tripId: Uuid });

// ---- food: menus and orders (prices come from the menu, the delivery fee from the FOOD tariff) ----

/** A menu item as its restaurant sets it; the restaurant is the signed-in account, never a field. */
export const MenuItemBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
    price: AmountInput,
    available: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const MenuItemParams = Type.Object({ itemId: Uuid });

export const RestaurantParams = Type.Object({ restaurantId: Uuid });

export const PlaceFoodOrderBody = Type.Object(
  {
    restaurantId: Uuid,
    lines: Type.Array(
      Type.Object({ menuItemId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 50 }) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 50, description: 'what to order; each line is priced from the menu on the server' },
    ),
    paymentMethod: Type.Enum(PAYMENT_METHODS, { description: 'ONLINE is charged to the customer wallet' }),
    distanceMeters: Type.Integer({ minimum: 100, maximum: 50_000, description: 'restaurant to customer, from the maps provider; the delivery fee is priced from it on the server' }),
  },
  { additionalProperties: false },
);

export const FoodOrderParams = Type.Object({ orderId: Uuid });

export const CommissionRulesQuery = Type.Object(
  { serviceType: Type.Optional(Type.Enum(COMMISSION_SERVICE_TYPES)), countryCode: Type.Optional(CountryCode) },
  { additionalProperties: false },
);

export const CommissionRuleBody = Type.Object(
  {
    serviceType: Type.Enum(COMMISSION_SERVICE_TYPES),
    countryCode: CountryCode,
    paymentMethod: Type.Enum(PAYMENT_METHODS),
    bps: Type.Integer({ minimum: 0, maximum: 10_000, description: 'platform commission in basis points (2000 = 20%)' }),
    effectiveFrom: Type.Optional(Type.String({ format: 'date-time', maxLength: 40, description: 'ISO date-time; now when omitted' })),
  },
  { additionalProperties: false },
);

export const WeeklyNettingBody = Type.Object(
  {
    weekOf: IsoDate('any date in the week to net; weeks start on Monday (UTC)'),
    countryCode: Type.Optional(CountryCode), // every country with a tariff when omitted
  },
  { additionalProperties: false },
);

export const EarningsQuery = Type.Object(
  {
    from: IsoDate('first day, inclusive (UTC)'),
    to: IsoDate('last day, inclusive (UTC)'),
    groupBy: Type.Optional(Type.Enum(EARNINGS_GROUP_BY, { description: 'day when omitted; weeks start on Monday (UTC)' })),
    serviceType: Type.Optional(Type.Enum(EARNINGS_SERVICE_TYPES)),
    countryCode: Type.Optional(CountryCode),
    mode: Type.Optional(Type.Enum(MODES, { description: 'live when omitted: test-mode money never appears in a live figure' })),
  },
  { additionalProperties: false },
);

// ---- responses (listed field by field: the serializer drops anything the service adds later) ----

const TransitionSchema = Type.Object({
  fromStatus: Type.String(),
  toStatus: Type.String(),
  actorType: Type.String(),
  actorId: Type.String(),
  at: Type.String(),
});

export const TripSchema = Type.Object({
  id: Type.String(),
  serviceType: Type.String({ description: 'RIDE | PARCEL | FOOD' }),
  status: Type.String(),
  countryCode: Type.String(),
  paymentMethod: Type.String({ description: 'CASH | ONLINE' }),
  riderId: Type.String(),
  driverId: NullableString('null until a driver accepts'),
  distanceMeters: Type.Integer(),
  fare: Type.Union([MoneyOutput, Type.Null()], { description: 'computed by the server when the trip is requested; for food, the subtotal plus the delivery fee' }),
  restaurantId: NullableString('food orders; null for rides and parcels'),
  foodSubtotal: Type.Union([MoneyOutput, Type.Null()], { description: 'food orders: the menu prices times the quantities; null for rides and parcels' }),
  deliveryFee: Type.Union([MoneyOutput, Type.Null()], { description: 'food orders: computed by the server from the distance; null for rides and parcels' }),
  holdState: Type.String({ description: 'NONE | REQUESTED | HELD | RELEASED | SETTLED' }),
  settledAt: NullableString(),
  transitions: Type.Array(TransitionSchema),
  createdAt: Type.String(),
  mode: Type.String({ description: 'live | test' }),
});

export const SettlementSchema = Type.Object({
  tripId: Type.String(),
  entryId: NullableString('the ledger entry'),
  fare: Type.Union([MoneyOutput, Type.Null()]),
  driverAmount: Type.Union([MoneyOutput, Type.Null()]),
  platformAmount: Type.Union([MoneyOutput, Type.Null()]),
  commissionRuleId: NullableString('null when the fallback rate applied'),
  commissionBps: Type.Integer(),
  paymentMethod: Type.String(),
  settledAt: Type.String(),
  restaurantAmount: Type.Union([MoneyOutput, Type.Null()], { description: "food orders: the restaurant's share of the subtotal; null for rides and parcels" }),
  restaurantRuleId: NullableString('food orders: the restaurant commission rule; null when the fallback rate applied, and for rides and parcels'),
  restaurantBps: Type.Union([Type.Integer(), Type.Null()], { description: 'food orders: the platform commission on the subtotal; null for rides and parcels' }),
});

export const MenuItemSchema = Type.Object({
  id: Type.String(),
  restaurantId: Type.String(),
  name: Type.String(),
  price: Type.Union([MoneyOutput, Type.Null()], { description: "in the restaurant's currency" }),
  available: Type.Boolean(),
});

export const MenuSchema = Type.Object({ items: Type.Array(MenuItemSchema) });

export const DriverPresenceSchema = Type.Object({ driverId: Type.String(), online: Type.Boolean(), updatedAt: Type.String() });

export const CommissionRuleSchema = Type.Object({
  id: Type.String(),
  serviceType: Type.String(),
  countryCode: Type.String(),
  paymentMethod: Type.String(),
  bps: Type.Integer(),
  effectiveFrom: Type.String(),
  createdBy: NullableString('the admin who set it; null for shipped defaults'),
  createdAt: Type.String(),
});

export const CommissionRuleListSchema = Type.Object({ rules: Type.Array(CommissionRuleSchema) });

const NettingItemSchema = Type.Object({
  ownerId: Type.String(),
  walletId: Type.String(),
  owedBefore: Type.Union([MoneyOutput, Type.Null()], { description: 'the negative balance (commission owed) before the run' }),
  netted: Type.Union([MoneyOutput, Type.Null()], { description: 'taken from the available balance towards what is owed' }),
  owedAfter: Type.Union([MoneyOutput, Type.Null()]),
  entryId: NullableString('the ledger entry; null until the item is posted'),
});

const NettingRunSchema = Type.Object({
  id: Type.String(),
  weekStart: Type.String({ description: 'the Monday (UTC) of the week' }),
  countryCode: Type.String(),
  status: Type.String({ description: 'RUNNING | COMPLETED' }),
  replayed: Type.Boolean({ description: 'true when this week and country had already run: nothing moved this time, the first result is returned' }),
  items: Type.Array(NettingItemSchema),
  startedAt: Type.String(),
  completedAt: NullableString('null while running'),
});

export const WeeklyNettingResultSchema = Type.Object({ runs: Type.Array(NettingRunSchema) });

const EarningsRowSchema = Type.Object({
  periodStart: Type.String({ description: 'the first day of the day, week (Monday) or month' }),
  serviceType: Type.String(),
  countryCode: Type.String(),
  commission: Type.Union([MoneyOutput, Type.Null()], { description: "the platform's share" }),
  gross: Type.Union([MoneyOutput, Type.Null()], { description: 'the fares' }),
  trips: Type.Integer(),
});

export const EarningsReportSchema = Type.Object({ rows: Type.Array(EarningsRowSchema) });

/** Owed commission the earner paid outside the app; the amount is in the earner's wallet currency. */
export const NegativeBalanceBody = Type.Object(
  {
    ownerId: Uuid,
    amount: AmountInput,
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
    externalReference: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: "the payment's receipt or bank reference" }),
  },
  { additionalProperties: false },
);

export const NegativeBalanceSettlementSchema = Type.Object({
  ownerId: Uuid,
  walletId: Uuid,
  entryId: Type.String(),
  amount: MoneyOutput,
  owedAfter: MoneyOutput,
  replayed: Type.Boolean(),
});

/** A tariff: what a service costs in a country, in the country's minor units. */
export const TariffSchema = Type.Object({
  countryCode: CountryCode,
  serviceType: Type.String(),
  currency: Type.String(),
  baseFare: AmountOutput,
  perKm: AmountOutput,
  minimumFare: AmountOutput,
  updatedAt: Type.String(),
});
export const TariffListSchema = Type.Object({ tariffs: Type.Array(TariffSchema) });
export const TariffsQuery = Type.Object({ countryCode: Type.Optional(CountryCode) }, { additionalProperties: false });
export const TariffParams = Type.Object({ countryCode: CountryCode, serviceType: Type.Union([Type.Literal('RIDE'), Type.Literal('PARCEL'), Type.Literal('FOOD')]) });
export const TariffBody = Type.Object(
  {
    baseFare: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000 }),
    perKm: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000 }),
    minimumFare: AmountInput,
  },
  { additionalProperties: false },
);

export const StuckHoldsQuery = Type.Object({ limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: '1 to 200; 50 when omitted' })) }, { additionalProperties: false });

export const StuckHoldSchema = Type.Object({
  tripId: Type.String(),
  serviceType: Type.String({ description: 'RIDE | PARCEL | FOOD' }),
  status: Type.String({ description: "the trip's status; the hold is stuck because recovery cannot decide on it" }),
  paymentMethod: Type.String(),
  countryCode: Type.String(),
  mode: Type.String({ description: 'live | test' }),
  riderId: Type.String(),
  driverId: NullableString(),
  holdId: Type.String(),
  holdState: Type.String({ description: 'REQUESTED | HELD' }),
  amount: Type.Union([MoneyOutput, Type.Null()]),
  openedAt: Type.String(),
});

export const StuckHoldsSchema = Type.Object({ holds: Type.Array(StuckHoldSchema) });

export const ReleaseHoldBody = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500, description: 'why the hold is given back; recorded in the audit trail' }) }, { additionalProperties: false });
