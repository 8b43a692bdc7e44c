import { FOOD_DELIVERY_DISTANCE_METERS, TRIP_DISTANCE_METERS } from '@ziba/contracts';
import { Type } from 'typebox';
import { component } from '../openapi/components.ts';
import { AmountInput, AmountOutput, CountryCode, IsoDate, MoneyOutput, NullableString, OneLineText, Page, PageQuery, Uuid } from './common.ts';
import {
  COMMISSION_SERVICE_TYPES,
  CURRENCY_CODES,
  EARNINGS_GROUP_BY,
  HOLD_STATES,
  MODES,
  NETTING_STATUSES,
  PAYMENT_METHODS,
  ResponseEnum,
  SERVICE_TYPES,
  StringEnum,
  TRIP_SERVICE_TYPES,
  TRIP_STATUSES,
} from './enums.ts';

// Shapes only: the fare, the commission, who may act and which transition is allowed are the
// trip-settlement service's to decide. No request here can carry a price, a fee, a role or a status.

/**
 * REST path segment -> the service's action name (underscores towards the service), with the
 * operation's name and summary in the API document.
 */
export const TRIP_ACTIONS = {
  accept: { action: 'accept', roles: ['DRIVER'], operationId: 'acceptTrip', summary: 'Accept a trip (drivers)' },
  arrive: { action: 'arrive', roles: ['DRIVER'], operationId: 'arriveForTrip', summary: 'Arrived at the pick-up (drivers, rides)' },
  start: { action: 'start', roles: ['DRIVER'], operationId: 'startTrip', summary: 'Start the ride (drivers)' },
  'pick-up': { action: 'pick_up', roles: ['DRIVER'], operationId: 'pickUpParcel', summary: 'Picked up the parcel (drivers)' },
  'on-the-way': { action: 'on_the_way', roles: ['DRIVER'], operationId: 'parcelOnTheWay', summary: 'On the way with the parcel (drivers)' },
  complete: { action: 'complete', roles: ['DRIVER'], operationId: 'completeTrip', summary: 'Complete the ride (drivers)' },
  deliver: { action: 'deliver', roles: ['DRIVER'], operationId: 'deliverParcel', summary: 'Delivered the parcel (drivers)' },
  // Support cancels a trip whose driver vanished (its held fare goes back).
  cancel: {
    action: 'cancel',
    roles: ['RIDER', 'DRIVER', 'ADMIN'],
    operationId: 'cancelTrip',
    summary: 'Cancel a trip (its rider or driver, or an admin with MANAGE_PAYOUTS)',
  },
} as const;

/**
 * Food order actions: REST path segment -> the service's action and the roles the gateway lets try it.
 * Which of them may act on which order from which status is still the service's rule.
 */
export const FOOD_ACTIONS = {
  accept: { action: 'accept', roles: ['RESTAURANT'], operationId: 'acceptFoodOrder', summary: 'Accept the order (restaurants)' },
  prepare: { action: 'prepare', roles: ['RESTAURANT'], operationId: 'prepareFoodOrder', summary: 'Start preparing (restaurants)' },
  ready: { action: 'ready', roles: ['RESTAURANT'], operationId: 'foodOrderReady', summary: 'Ready for pick-up (restaurants)' },
  'accept-delivery': { action: 'accept_delivery', roles: ['DRIVER'], operationId: 'acceptFoodDelivery', summary: 'Take the delivery (drivers)' },
  'pick-up': { action: 'pick_up', roles: ['DRIVER'], operationId: 'pickUpFoodOrder', summary: 'Picked up the order (drivers)' },
  'on-the-way': { action: 'on_the_way', roles: ['DRIVER'], operationId: 'foodOrderOnTheWay', summary: 'On the way to the customer (drivers)' },
  deliver: { action: 'deliver', roles: ['DRIVER'], operationId: 'deliverFoodOrder', summary: 'Delivered (drivers)' },
  cancel: {
    action: 'cancel',
    roles: ['RIDER', 'RESTAURANT', 'ADMIN'],
    operationId: 'cancelFoodOrder',
    summary: 'Cancel the order (its customer or restaurant, or an admin with MANAGE_PAYOUTS)',
  },
} as const;

/** The path segments of every trip and food order step (`pick-up` for the service's pick_up). */
const STEP_SEGMENTS = [...new Set([...Object.keys(TRIP_ACTIONS), ...Object.keys(FOOD_ACTIONS)])];

// ---- requests ----

export const RequestTripBody = Type.Object(
  {
    serviceType: StringEnum(TRIP_SERVICE_TYPES),
    paymentMethod: StringEnum(PAYMENT_METHODS, { description: 'ONLINE is charged to the rider wallet' }),
    distanceMeters: Type.Integer({
      ...TRIP_DISTANCE_METERS,
      description: 'route length from the maps provider; the fare is priced from it on the server',
    }),
  },
  { additionalProperties: false, examples: [{ serviceType: 'RIDE', paymentMethod: 'ONLINE', distanceMeters: 8400 }] },
);

export const TripParams = Type.Object({ tripId: Uuid });

// ---- food: menus and orders (prices come from the menu, the delivery fee from the FOOD tariff) ----

/** A menu item as its restaurant sets it; the restaurant is the signed-in account, never a field. */
const menuItemFields = {
  name: OneLineText(120, 'as customers see it on the menu'),
  // trip-settlement's bound for a menu price (menu-items.usecase.ts), said here so a client knows it.
  price: Type.Integer({
    minimum: 1,
    maximum: 1_000_000_000_000,
    description:
      'minor units (kobo, cents, poisha) of the restaurant’s currency; a new price is at most ₦500,000, $5,000, ৳50,000 (GH₵5,000, KSh 50,000) for one item (400 INVALID_ARGUMENT), and never above 10^12',
  }),
};

export const MenuItemBody = Type.Object({ ...menuItemFields, available: Type.Boolean() }, { additionalProperties: false });

/** A change of an item: without `available`, its availability stays as the server has it (a form that changes only the name and price). */
export const MenuItemChangeBody = Type.Object(
  { ...menuItemFields, available: Type.Optional(Type.Boolean({ description: 'left as it is when omitted' })) },
  { additionalProperties: false },
);

export const MenuItemParams = Type.Object({ itemId: Uuid });

export const MenuItemAvailabilityBody = Type.Object(
  { available: Type.Boolean({ description: 'whether customers can order it now' }) },
  { additionalProperties: false },
);

export const RestaurantParams = Type.Object({ restaurantId: Uuid });

export const PlaceFoodOrderBody = Type.Object(
  {
    restaurantId: Uuid,
    lines: Type.Array(Type.Object({ menuItemId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 50 }) }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 50,
      description: 'what to order; each line is priced from the menu on the server',
    }),
    paymentMethod: StringEnum(PAYMENT_METHODS, { description: 'ONLINE is charged to the customer wallet' }),
    distanceMeters: Type.Integer({
      ...FOOD_DELIVERY_DISTANCE_METERS,
      description: 'restaurant to customer, from the maps provider; the delivery fee is priced from it on the server',
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        restaurantId: '7d0f7c8e-3b1a-4f7e-9a51-2b6f1c0a9e11',
        lines: [{ menuItemId: '1c9e6a2d-5f4b-4c3e-8d7a-0b1e2f3a4c5d', quantity: 2 }],
        paymentMethod: 'ONLINE',
        distanceMeters: 3200,
      },
    ],
  },
);

export const FoodOrderParams = Type.Object({ orderId: Uuid });

export const CommissionRulesQuery = Type.Object(
  { serviceType: Type.Optional(StringEnum(COMMISSION_SERVICE_TYPES)), countryCode: Type.Optional(CountryCode) },
  { additionalProperties: false },
);

export const CommissionRuleBody = Type.Object(
  {
    serviceType: StringEnum(COMMISSION_SERVICE_TYPES),
    countryCode: CountryCode,
    paymentMethod: StringEnum(PAYMENT_METHODS),
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
    groupBy: Type.Optional(StringEnum(EARNINGS_GROUP_BY, { description: 'day when omitted; weeks start on Monday (UTC)' })),
    serviceType: Type.Optional(StringEnum(SERVICE_TYPES)),
    countryCode: Type.Optional(CountryCode),
    mode: Type.Optional(StringEnum(MODES, { description: 'live when omitted: test-mode money never appears in a live figure' })),
  },
  { additionalProperties: false },
);

// ---- responses (listed field by field: the serializer drops anything the service adds later) ----

const TransitionSchema = component(
  'TripTransition',
  Type.Object({
    fromStatus: NullableString('null for the first step'),
    toStatus: ResponseEnum(TRIP_STATUSES),
    actorType: Type.String(),
    actorId: Type.String({ description: "who made the step; empty for an admin's step unless staff read the trip" }),
    at: Type.String(),
  }),
);

const OrderItemSchema = component(
  'OrderItem',
  Type.Object({
    menuItemId: Type.String(),
    name: Type.String({ description: 'the menu item’s name when ordered' }),
    quantity: Type.Integer(),
    unitPrice: Type.Union([MoneyOutput, Type.Null()], { description: 'the menu price when ordered' }),
    lineTotal: Type.Union([MoneyOutput, Type.Null()], { description: 'unit price times quantity, computed by the server' }),
  }),
);

const EarnerShareSchema = component(
  'EarnerShare',
  Type.Object(
    {
      earned: MoneyOutput,
      commission: MoneyOutput,
      commissionBps: Type.Integer({ description: 'the commission rate of the rule the settlement applied, in basis points' }),
    },
    {
      description:
        "an earner's part of a settled trip (a ride's or parcel's fare; a food order's delivery fee for its driver, its food for its restaurant): what they earned, and the platform's commission on it; earned plus commission is the part",
    },
  ),
);

export const TripSchema = component(
  'Trip',
  Type.Object({
    id: Type.String(),
    serviceType: ResponseEnum(SERVICE_TYPES),
    status: ResponseEnum(TRIP_STATUSES),
    countryCode: Type.String(),
    paymentMethod: ResponseEnum(PAYMENT_METHODS),
    riderId: Type.String(),
    driverId: NullableString('null until a driver accepts'),
    distanceMeters: Type.Integer(),
    fare: Type.Union([MoneyOutput, Type.Null()], {
      description: 'computed by the server when the trip is requested; for food, the subtotal plus the delivery fee',
    }),
    restaurantId: NullableString('food orders; null for rides and parcels'),
    foodSubtotal: Type.Union([MoneyOutput, Type.Null()], { description: 'food orders: the menu prices times the quantities; null for rides and parcels' }),
    deliveryFee: Type.Union([MoneyOutput, Type.Null()], { description: 'food orders: computed by the server from the distance; null for rides and parcels' }),
    holdState: ResponseEnum(HOLD_STATES, { description: "the rider's fare hold (ONLINE trips): HELD while the trip runs, SETTLED or RELEASED at the end" }),
    settledAt: NullableString(),
    transitions: Type.Array(TransitionSchema),
    createdAt: Type.String(),
    mode: ResponseEnum(MODES),
    items: Type.Array(OrderItemSchema, { description: 'food orders: the lines as ordered; empty for rides and parcels' }),
    yourShare: Type.Union([EarnerShareSchema, Type.Null()], {
      description:
        'what the reading driver or restaurant earned from their own settled trip, as its settlement recorded it; null for anyone else and before settlement',
    }),
    nextActions: Type.Array(ResponseEnum(STEP_SEGMENTS), {
      description:
        'the steps the reading rider, driver or restaurant may take now, as the last path segment of POST /api/trips/{tripId}/{step} (rides, parcels) or POST /api/food-orders/{orderId}/{step} (food orders); each is still checked when it is taken. Staff with MANAGE_PAYOUTS get `cancel` while support may still cancel it (they settle and release holds through their own routes); other staff get none. Empty once the trip has ended.',
    }),
  }),
);

/** The signed-in user's own trips: whose is decided by the server from the account, never by a parameter. */
export const TripHistoryQuery = Type.Object(
  { kind: Type.Optional(StringEnum(SERVICE_TYPES, { description: 'only rides, parcels or food orders; every kind when omitted' })), ...PageQuery },
  {
    additionalProperties: false,
    examples: [
      { kind: 'RIDE', limit: 20 },
      { limit: 20, cursor: '0b5e2f4c-7a1d-4c8e-9f3b-2d6a8c1e5f70' },
    ],
  },
);

/** Food orders only: the same list with the kind fixed. */
export const FoodOrderHistoryQuery = Type.Object(PageQuery, { additionalProperties: false, examples: [{ limit: 20 }] });

export const TripPageSchema = component(
  'TripPage',
  Type.Object(
    { trips: Type.Array(TripSchema, { description: 'newest first' }), page: Page },
    {
      examples: [
        {
          trips: [
            {
              id: '0b5e2f4c-7a1d-4c8e-9f3b-2d6a8c1e5f70',
              serviceType: 'FOOD',
              status: 'SETTLED',
              countryCode: 'NG',
              paymentMethod: 'ONLINE',
              riderId: '5b3c2a1d-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
              driverId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
              distanceMeters: 3000,
              fare: { amount: '560000', currency: 'NGN' },
              restaurantId: '7d0f7c8e-3b1a-4f7e-9a51-2b6f1c0a9e11',
              foodSubtotal: { amount: '500000', currency: 'NGN' },
              deliveryFee: { amount: '60000', currency: 'NGN' },
              holdState: 'SETTLED',
              settledAt: '2026-11-30T18:42:10.000Z',
              transitions: [
                { fromStatus: null, toStatus: 'PLACED', actorType: 'USER', actorId: '5b3c2a1d-9e8f-4a7b-8c6d-1e2f3a4b5c6d', at: '2026-11-30T18:05:00.000Z' },
              ],
              createdAt: '2026-11-30T18:05:00.000Z',
              mode: 'live',
              items: [
                {
                  menuItemId: '1c9e6a2d-5f4b-4c3e-8d7a-0b1e2f3a4c5d',
                  name: 'Jollof rice',
                  quantity: 2,
                  unitPrice: { amount: '250000', currency: 'NGN' },
                  lineTotal: { amount: '500000', currency: 'NGN' },
                },
              ],
              yourShare: { earned: { amount: '425000', currency: 'NGN' }, commission: { amount: '75000', currency: 'NGN' }, commissionBps: 1500 },
              nextActions: [],
            },
          ],
          page: { nextCursor: '0b5e2f4c-7a1d-4c8e-9f3b-2d6a8c1e5f70' },
        },
      ],
    },
  ),
);

export const SettlementSchema = component(
  'Settlement',
  Type.Object({
    tripId: Type.String(),
    entryId: NullableString('the ledger entry'),
    fare: Type.Union([MoneyOutput, Type.Null()]),
    driverAmount: Type.Union([MoneyOutput, Type.Null()]),
    platformAmount: Type.Union([MoneyOutput, Type.Null()]),
    commissionRuleId: NullableString('null when the fallback rate applied'),
    commissionBps: Type.Integer(),
    paymentMethod: ResponseEnum(PAYMENT_METHODS),
    settledAt: Type.String(),
    restaurantAmount: Type.Union([MoneyOutput, Type.Null()], {
      description: "food orders: the restaurant's share of the subtotal; null for rides and parcels",
    }),
    restaurantRuleId: NullableString('food orders: the restaurant commission rule; null when the fallback rate applied, and for rides and parcels'),
    restaurantBps: Type.Union([Type.Integer(), Type.Null()], {
      description: 'food orders: the platform commission on the subtotal; null for rides and parcels',
    }),
  }),
);

export const MenuItemSchema = component(
  'MenuItem',
  Type.Object({
    id: Type.String(),
    restaurantId: Type.String(),
    name: Type.String(),
    price: Type.Union([MoneyOutput, Type.Null()], { description: "in the restaurant's currency" }),
    available: Type.Boolean(),
  }),
);

export const MenuSchema = component('Menu', Type.Object({ items: Type.Array(MenuItemSchema) }));

export const DriverPresenceSchema = component(
  'DriverPresence',
  Type.Object({ driverId: Type.String(), online: Type.Boolean(), updatedAt: NullableString('when it last changed; null for a driver who never went online') }),
);

export const CommissionRuleSchema = component(
  'CommissionRule',
  Type.Object({
    id: Type.String(),
    serviceType: ResponseEnum(COMMISSION_SERVICE_TYPES),
    countryCode: Type.String(),
    paymentMethod: ResponseEnum(PAYMENT_METHODS),
    bps: Type.Integer(),
    effectiveFrom: Type.String(),
    createdBy: NullableString('the admin who set it; null for shipped defaults'),
    createdByEmail: NullableString('that admin’s email, for an admin reading; null otherwise'),
    createdAt: Type.String(),
  }),
);

export const CommissionRuleListSchema = component('CommissionRuleList', Type.Object({ rules: Type.Array(CommissionRuleSchema) }));

const NettingItemSchema = component(
  'NettingItem',
  Type.Object({
    ownerId: Type.String(),
    ownerEmail: NullableString("the earner's email, for the admin who ran it; null when identity could not say"),
    walletId: Type.String(),
    owedBefore: Type.Union([MoneyOutput, Type.Null()], { description: 'the negative balance (commission owed) before the run' }),
    netted: Type.Union([MoneyOutput, Type.Null()], { description: 'taken from the available balance towards what is owed' }),
    owedAfter: Type.Union([MoneyOutput, Type.Null()]),
    entryId: NullableString('the ledger entry; null until the item is posted'),
  }),
);

const NettingRunSchema = component(
  'NettingRun',
  Type.Object({
    id: Type.String(),
    weekStart: Type.String({ description: 'the Monday (UTC) of the week' }),
    countryCode: Type.String(),
    status: ResponseEnum(NETTING_STATUSES),
    replayed: Type.Boolean({ description: 'true when this week and country had already run: nothing moved this time, the first result is returned' }),
    items: Type.Array(NettingItemSchema),
    startedAt: Type.String(),
    completedAt: NullableString('null while running'),
  }),
);

export const WeeklyNettingResultSchema = component('WeeklyNettingResult', Type.Object({ runs: Type.Array(NettingRunSchema) }));

const EarningsRowSchema = component(
  'EarningsRow',
  Type.Object({
    periodStart: Type.String({ description: 'the first day of the day, week (Monday) or month' }),
    serviceType: ResponseEnum(SERVICE_TYPES),
    countryCode: Type.String(),
    commission: Type.Union([MoneyOutput, Type.Null()], { description: "the platform's share" }),
    gross: Type.Union([MoneyOutput, Type.Null()], { description: 'the fares' }),
    trips: Type.Integer({ description: 'trips settled in the period; 0 on a line of refunds alone' }),
    refunds: Type.Union([MoneyOutput, Type.Null()], {
      description: 'what refunds gave this service’s customers of the country back in the period: it comes out of the commission',
    }),
    netCommission: Type.Union([MoneyOutput, Type.Null()], {
      description: 'commission minus refunds (below zero when refunds gave back more); admins’ corrections of wallets name no trip and are not in this report',
    }),
  }),
);

export const EarningsReportSchema = component('EarningsReport', Type.Object({ rows: Type.Array(EarningsRowSchema) }));

/** Owed commission the earner paid outside the app; the amount is in the earner's wallet currency. */
export const NegativeBalanceBody = Type.Object(
  {
    ownerId: Uuid,
    amount: AmountInput,
    currency: StringEnum(CURRENCY_CODES, { description: "the earner's wallet currency" }),
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
    externalReference: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: "the payment's receipt or bank reference" }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        ownerId: '5b3c2a1d-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
        amount: 250000,
        currency: 'NGN',
        reason: 'paid owed commission in cash at the hub',
        externalReference: 'HUB-LAG-0042',
      },
    ],
  },
);

export const NegativeBalanceSettlementSchema = component(
  'NegativeBalanceSettlement',
  Type.Object({
    ownerId: Uuid,
    walletId: Uuid,
    entryId: Type.String(),
    amount: MoneyOutput,
    owedAfter: MoneyOutput,
    replayed: Type.Boolean(),
  }),
);

/** A tariff: what a service costs in a country, in the country's minor units. */
export const TariffSchema = component(
  'Tariff',
  Type.Object({
    countryCode: CountryCode,
    serviceType: ResponseEnum(SERVICE_TYPES),
    currency: Type.String(),
    baseFare: AmountOutput,
    perKm: AmountOutput,
    minimumFare: AmountOutput,
    updatedAt: Type.String(),
  }),
);
export const TariffListSchema = component('TariffList', Type.Object({ tariffs: Type.Array(TariffSchema) }));
export const TariffsQuery = Type.Object({ countryCode: Type.Optional(CountryCode) }, { additionalProperties: false });
export const TariffParams = Type.Object({ countryCode: CountryCode, serviceType: StringEnum(SERVICE_TYPES) });
export const TariffBody = Type.Object(
  {
    baseFare: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000 }),
    perKm: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000 }),
    minimumFare: AmountInput,
  },
  { additionalProperties: false },
);

export const StuckHoldsQuery = Type.Object(
  {
    countryCode: Type.Optional(CountryCode),
    mode: Type.Optional(StringEnum(MODES, { description: 'live when omitted' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: '50 when omitted' })),
  },
  { additionalProperties: false },
);

export const StuckHoldSchema = component(
  'StuckHold',
  Type.Object({
    tripId: Type.String(),
    serviceType: ResponseEnum(SERVICE_TYPES),
    status: ResponseEnum(TRIP_STATUSES, { description: "the trip's status; the hold is stuck because recovery cannot decide on it" }),
    paymentMethod: ResponseEnum(PAYMENT_METHODS),
    countryCode: Type.String(),
    mode: ResponseEnum(MODES),
    riderId: Type.String(),
    driverId: NullableString(),
    holdId: Type.String(),
    holdState: ResponseEnum(['REQUESTED', 'HELD']),
    amount: Type.Union([MoneyOutput, Type.Null()]),
    openedAt: Type.String(),
    riderEmail: NullableString("the rider's email; null when identity could not say"),
    driverEmail: NullableString("the driver's email; null when there is none or identity could not say"),
  }),
);

export const StuckHoldsSchema = component('StuckHoldList', Type.Object({ holds: Type.Array(StuckHoldSchema) }));

/** An admin's reason for a money decision on a trip: three characters or more once the spaces at its ends are trimmed, as the trip service counts them. */
const staffReason = (description: string) => Type.String({ minLength: 3, maxLength: 500, pattern: '\\S[\\s\\S]+\\S', description });

export const ReleaseHoldBody = Type.Object(
  { reason: staffReason('why the hold is given back (3 characters or more, spaces at the ends not counted); recorded in the audit trail') },
  { additionalProperties: false },
);

/** A cancel: an admin says why (required of them); a rider, driver or restaurant sends nothing. */
export const CancelBody = component(
  'CancelBody',
  Type.Object(
    {
      reason: Type.Optional(
        staffReason(
          'required when an admin cancels (3 characters or more, spaces at the ends not counted; recorded in the audit trail): why support ends the trip; refused from anyone else',
        ),
      ),
    },
    { additionalProperties: false, examples: [{}, { reason: 'the driver cannot be reached and the rider is waiting' }] },
  ),
);

const PersonEmail = NullableString("the person's email; null when there is none or identity could not say");

/** The settlement queue: trips done and not settled, earliest requested first, each with the people it pays and charges. */
export const UnsettledTripsQuery = Type.Object(
  {
    countryCode: Type.Optional(CountryCode),
    mode: Type.Optional(StringEnum(MODES, { description: 'live when omitted' })),
    ...PageQuery,
  },
  { additionalProperties: false, examples: [{ countryCode: 'NG', limit: 20 }] },
);

/** A trip as an admin's list shows it: with the emails of the people it charges and pays. */
const tripWithPeople = {
  ...TripSchema.properties,
  riderEmail: PersonEmail,
  driverEmail: PersonEmail,
  restaurantEmail: PersonEmail,
};

export const UnsettledTripSchema = component('UnsettledTrip', Type.Object(tripWithPeople));

export const UnsettledTripPageSchema = component(
  'UnsettledTripPage',
  Type.Object({ trips: Type.Array(UnsettledTripSchema, { description: 'in the order they were requested, the earliest first' }), page: Page }),
);

/** The trips under way: waiting for a driver or on the road, earliest requested first. */
export const TripsUnderWayQuery = Type.Object(
  {
    countryCode: Type.Optional(CountryCode),
    mode: Type.Optional(StringEnum(MODES, { description: 'live when omitted' })),
    kind: Type.Optional(StringEnum(SERVICE_TYPES, { description: 'only rides, parcels or food orders; every kind when omitted' })),
    ...PageQuery,
  },
  { additionalProperties: false, examples: [{ countryCode: 'NG', kind: 'PARCEL', limit: 20 }] },
);

export const TripUnderWaySchema = component('TripUnderWay', Type.Object(tripWithPeople));

export const TripsUnderWayPageSchema = component(
  'TripsUnderWayPage',
  Type.Object({
    trips: Type.Array(TripUnderWaySchema, { description: 'in the order they were requested, the earliest (longest waiting) first' }),
    page: Page,
  }),
);
