import { Type } from 'typebox';
import { AmountInput, CountryCode, IsoDate, MoneyOutput, NullableString, Page, PageQuery, Uuid } from './common.ts';

// Shapes only: which earner may withdraw how much, whether a payout method is usable, which admin
// action is allowed from which status, and what happens to the locked funds are the payout service's
// to decide. The earner is the signed-in account; no request names an owner, a status or a fee.

export const PAYOUT_METHOD_TYPES = ['BANK', 'MOBILE_MONEY', 'CARD_FUTURE'] as const;
export const PAYOUT_STATUSES = ['REQUESTED', 'BLOCKED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'REVERSED', 'RETURNED'] as const;
export const PAYOUT_OWNER_TYPES = ['DRIVER', 'RESTAURANT'] as const;

/** Free text an admin writes (a reason, a note): something other than blanks, at most 500 characters. */
const Reason = (description: string) => Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description });

// ---- requests ----

export const PayoutMethodBody = Type.Object(
  {
    type: Type.Enum(PAYOUT_METHOD_TYPES, { description: 'BANK or MOBILE_MONEY; CARD_FUTURE is refused (422 METHOD_NOT_SUPPORTED) until card payouts exist' }),
    bankName: Type.Optional(Type.String({ minLength: 1, maxLength: 120, pattern: '\\S', description: 'BANK: required' })),
    bankCode: Type.Optional(Type.String({ minLength: 1, maxLength: 20, pattern: '\\S', description: 'BANK: required (the NIP or sort code)' })),
    provider: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '\\S', description: 'MOBILE_MONEY: required (OPay, bKash, M-Pesa, ...)' })),
    accountNumber: Type.String({
      pattern: '^[0-9 -]{6,30}$',
      maxLength: 30,
      description: '6 to 20 digits; spaces and dashes are ignored. Accepted, never returned: responses show the last four only',
    }),
    accountName: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S', description: "the account holder's name; checked against the legal name" }),
  },
  { additionalProperties: false },
);

export const WithdrawBody = Type.Object(
  {
    amount: AmountInput,
    currency: Type.String({ pattern: '^[A-Z]{3}$', maxLength: 3, description: "the wallet's currency" }),
  },
  { additionalProperties: false },
);

export const PayoutParams = Type.Object({ payoutId: Uuid });

export const MyPayoutsQuery = Type.Object(PageQuery, { additionalProperties: false });

export const AdminPayoutsQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(PAYOUT_STATUSES)),
    ownerType: Type.Optional(Type.Enum(PAYOUT_OWNER_TYPES)),
    countryCode: Type.Optional(CountryCode),
    mode: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('test')], { description: 'live when omitted' })),
    from: Type.Optional(IsoDate('requested on or after this day (UTC)')),
    to: Type.Optional(IsoDate('requested on or before this day (UTC)')),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const ApprovePayoutBody = Type.Object({ note: Type.Optional(Reason('required when the payout carries review flags')) }, { additionalProperties: false });
export const RejectPayoutBody = Type.Object({ rejectionReason: Reason('shown to the earner; the locked funds return to available') }, { additionalProperties: false });
export const MarkPaidBody = Type.Object(
  { externalReference: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: "the transfer's bank or provider reference" }) },
  { additionalProperties: false },
);
export const MarkFailedBody = Type.Object({ failureReason: Reason('the funds stay locked until the payout is retried or reversed') }, { additionalProperties: false });

// ---- responses (listed field by field: the serializer drops anything the service adds later) ----

/** A payout method as anyone sees it: the account number is never part of it, only its last four. */
export const PayoutMethodSchema = Type.Object({
  id: Type.String(),
  ownerId: Type.String(),
  type: Type.String({ description: 'BANK | MOBILE_MONEY' }),
  bankName: NullableString('BANK only'),
  bankCode: NullableString('BANK only'),
  provider: NullableString('MOBILE_MONEY only'),
  maskedNumber: Type.String({ description: 'the last four digits, as ****1234' }),
  accountName: Type.String(),
  countryCode: CountryCode,
  status: Type.String({ description: 'VERIFIED | PENDING_REVIEW (the account name did not match the legal name)' }),
  usableFrom: Type.String({ description: 'after a change, withdrawals to the new method wait until then' }),
  createdAt: Type.String(),
});

const PayoutTransitionSchema = Type.Object({
  fromStatus: NullableString('null for the first step'),
  toStatus: Type.String(),
  actorType: Type.String({ description: 'USER | ADMIN | SYSTEM' }),
  actorId: Type.String(),
  note: NullableString(),
  at: Type.String(),
});

const PayoutApprovalsSchema = Type.Object(
  {
    given: Type.Integer({ description: 'approvals so far' }),
    required: Type.Integer({ description: "2 at or above the country's four-eyes threshold (two different admins), else 1" }),
    by: Type.Array(Type.Object({ adminId: Type.String(), note: NullableString(), at: Type.String() })),
  },
  { description: 'who approved, and when; a payout reaches the provider once `given` reaches `required`' },
);

export const PayoutSchema = Type.Object({
  id: Type.String(),
  ownerId: Type.String(),
  ownerType: Type.String({ description: 'DRIVER | RESTAURANT' }),
  countryCode: Type.String(),
  amount: MoneyOutput,
  status: Type.String({ description: PAYOUT_STATUSES.join(' | ') }),
  reasons: Type.Array(Type.String(), { description: 'BLOCKED: every rule the request failed' }),
  reviewFlags: Type.Array(Type.String(), { description: 'risk signals for the approving admin; an approval then needs a note' }),
  origin: Type.String({ description: 'manual_request | manual_admin_settlement | auto_weekly' }),
  provider: Type.String({ description: 'manual | simulated' }),
  providerReference: NullableString('set when the payout is handed to the provider'),
  maskedAccount: NullableString('the payout method, as ****1234'),
  rejectionReason: NullableString(),
  failureReason: NullableString(),
  externalReference: NullableString("the transfer's bank reference, once paid"),
  transitions: Type.Array(PayoutTransitionSchema),
  approvals: PayoutApprovalsSchema,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const PayoutPageSchema = Type.Object({ payouts: Type.Array(PayoutSchema), page: Page });

export const AutoWeeklyRunBody = Type.Object(
  { weekOf: IsoDate('any date in the week; weeks start on Monday (UTC)'), countryCode: CountryCode },
  { additionalProperties: false },
);

export const AutoWeeklyRunSchema = Type.Object({
  id: Uuid,
  weekStart: Type.String(),
  countryCode: Type.String(),
  replayed: Type.Boolean(),
  payouts: Type.Array(PayoutSchema),
  skipped: Type.Integer(),
});

/** The admin's view of one payout: the payout, who the earner is, and where their KYC stands. */
export const AdminPayoutDetailSchema = Type.Object({
  ...PayoutSchema.properties,
  earner: Type.Object({ email: Type.String(), role: Type.String(), countryCode: Type.String(), status: Type.String() }),
  kyc: Type.Object({
    status: Type.String(),
    identityVerified: Type.Boolean(),
    addressVerified: Type.Boolean(),
    driverStatus: NullableString(),
    missingRequirements: Type.Array(Type.String()),
    openReviewFlags: Type.Array(Type.String()),
  }),
});

export const PayoutMethodsQuery = Type.Object(
  { status: Type.Optional(Type.Union([Type.Literal('VERIFIED'), Type.Literal('PENDING_REVIEW'), Type.Literal('REJECTED')])) },
  { additionalProperties: false },
);
export const PayoutMethodListSchema = Type.Object({ methods: Type.Array(PayoutMethodSchema) });
export const PayoutMethodParams = Type.Object({ methodId: Uuid });
export const MethodReviewBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) }, { additionalProperties: false });
