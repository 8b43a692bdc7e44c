import { Type } from 'typebox';
import { CountryCode, MoneyOutput, Uuid } from './common.ts';

// Shapes only: the fare, the commission, who may act and which transition is allowed are the
// trip-settlement service's to decide. No request here can carry a price, a fee, a role or a status.

export const TRIP_SERVICE_TYPES = ['RIDE', 'PARCEL'] as const;
export const COMMISSION_SERVICE_TYPES = ['RIDE', 'PARCEL', 'FOOD_RESTAURANT', 'FOOD_DELIVERY'] as const;
export const PAYMENT_METHODS = ['CASH', 'ONLINE'] as const;

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

/** Empty proto strings (not yet assigned, not yet settled) are null in JSON. */
const NullableString = (description?: string) => Type.Union([Type.String(description ? { description } : {}), Type.Null()]);

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
  serviceType: Type.String({ description: 'RIDE | PARCEL' }),
  status: Type.String(),
  countryCode: Type.String(),
  paymentMethod: Type.String({ description: 'CASH | ONLINE' }),
  riderId: Type.String(),
  driverId: NullableString('null until a driver accepts'),
  distanceMeters: Type.Integer(),
  fare: Type.Union([MoneyOutput, Type.Null()], { description: 'computed by the server when the trip is requested' }),
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
});

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
