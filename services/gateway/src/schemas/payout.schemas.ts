import { Type } from 'typebox';
import { component } from '../openapi/components.ts';
import { AmountInput, CountryCode, CountryFilterQuery, IsoDate, MoneyOutput, NullableString, Page, PageQuery, Uuid } from './common.ts';
import {
  CURRENCY_CODES,
  DRIVER_STATUSES,
  MODES,
  PAYOUT_ACTOR_TYPES,
  PAYOUT_ADMIN_ACTIONS,
  PAYOUT_METHOD_STATUSES,
  PAYOUT_METHOD_TYPES,
  PAYOUT_ORIGINS,
  PAYOUT_OWNER_TYPES,
  PAYOUT_PROVIDERS,
  PAYOUT_STATUSES,
  ROLES,
  ResponseEnum,
  StringEnum,
  USER_STATUSES,
  VERIFICATION_STATUSES,
} from './enums.ts';
import { WalletTransactionSchema } from './wallet.schemas.ts';

// Shapes only: which earner may withdraw how much, whether a payout method is usable, which admin
// action is allowed from which status, and what happens to the locked funds are the payout service's
// to decide. The earner is the signed-in account; no request names an owner, a status or a fee.

/** Free text an admin writes (a reason, a note): something other than blanks, at most 500 characters. */
const Reason = (description: string) => Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description });

// ---- requests ----

export const PayoutMethodBody = Type.Object(
  {
    type: StringEnum(PAYOUT_METHOD_TYPES, { description: 'BANK or MOBILE_MONEY; CARD_FUTURE is refused (422 METHOD_NOT_SUPPORTED) until card payouts exist' }),
    bankName: Type.Optional(
      Type.String({ minLength: 1, maxLength: 120, pattern: '\\S', description: 'BANK: required; MOBILE_MONEY: refused (400 INVALID_ARGUMENT)' }),
    ),
    bankCode: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 20,
        pattern: '\\S',
        description:
          "BANK: required (refused for MOBILE_MONEY); the country's form: NG the bank's 3- to 6-digit CBN or NIP code, US the 9-digit ABA routing number, BD the 3-digit bank code or 9-digit routing number",
      }),
    ),
    provider: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        pattern: '\\S',
        description: 'MOBILE_MONEY: required (OPay, bKash, M-Pesa, ...); BANK: refused (400 INVALID_ARGUMENT)',
      }),
    ),
    accountNumber: Type.String({
      pattern: '^[0-9 -]{6,30}$',
      maxLength: 30,
      description:
        "6 to 20 digits, and the country's or wallet's form (NG bank accounts 10, US 6 to 17, bKash and Nagad 01 and 9 digits, Rocket 12); spaces and dashes are ignored. Accepted, never returned: responses show the last four only",
    }),
    accountName: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S', description: "the account holder's name; checked against the legal name" }),
  },
  { additionalProperties: false, examples: [{ type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber: '0123456789', accountName: 'Ada Obi' }] },
);

export const WithdrawBody = Type.Object(
  {
    amount: AmountInput,
    currency: StringEnum(CURRENCY_CODES, { description: "the wallet's currency" }),
  },
  { additionalProperties: false, examples: [{ amount: 1500000, currency: 'NGN' }] },
);

export const PayoutParams = Type.Object({ payoutId: Uuid });

export const MyPayoutsQuery = Type.Object(PageQuery, { additionalProperties: false });

export const AdminPayoutsQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(PAYOUT_STATUSES)),
    ownerType: Type.Optional(StringEnum(PAYOUT_OWNER_TYPES)),
    ...CountryFilterQuery,
    mode: Type.Optional(StringEnum(MODES, { description: 'live when omitted' })),
    from: Type.Optional(IsoDate('requested on or after this day (UTC)')),
    to: Type.Optional(IsoDate('requested on or before this day (UTC)')),
    methodKind: Type.Optional(StringEnum(['BANK', 'MOBILE_MONEY'] as const, { description: 'paid to a bank account or a mobile money wallet' })),
    flagged: Type.Optional(StringEnum(['yes', 'no'] as const, { description: 'yes: only payouts with review flags; no: only those without' })),
    order: Type.Optional(
      StringEnum(['newest', 'oldest'] as const, {
        description: 'by request time: newest first when omitted; oldest first to work a queue from who has waited longest',
      }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const ApprovePayoutBody = Type.Object({ note: Type.Optional(Reason('required when the payout carries review flags')) }, { additionalProperties: false });
export const RejectPayoutBody = Type.Object(
  { rejectionReason: Reason('shown to the earner; the locked funds return to available') },
  { additionalProperties: false },
);
export const MarkPaidBody = Type.Object(
  { externalReference: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: "the transfer's bank or provider reference" }) },
  { additionalProperties: false, examples: [{ externalReference: 'NIP-000123456789' }] },
);
export const MarkFailedBody = Type.Object(
  { failureReason: Reason('the funds stay locked until the payout is retried or reversed') },
  { additionalProperties: false },
);

export const MarkReturnedBody = Type.Object(
  { returnReason: Reason('what the bank said when it sent the money back; the amount is credited back to the earner') },
  { additionalProperties: false },
);

// ---- responses (listed field by field: the serializer drops anything the service adds later) ----

/** A payout method as anyone sees it: the account number is never part of it, only its last four. */
export const PayoutMethodSchema = component(
  'PayoutMethod',
  Type.Object({
    id: Type.String(),
    ownerId: Type.String(),
    type: ResponseEnum(PAYOUT_METHOD_TYPES),
    bankName: NullableString('BANK only'),
    bankCode: NullableString('BANK only'),
    provider: NullableString('MOBILE_MONEY only'),
    maskedNumber: Type.String({ description: 'the last four digits, as ****1234' }),
    accountName: Type.String(),
    countryCode: CountryCode,
    status: ResponseEnum(PAYOUT_METHOD_STATUSES, {
      description: 'PENDING_REVIEW: the account name did not match the legal name, or another earner has had its number; an admin verifies or rejects it',
    }),
    usableFrom: Type.String({ description: 'after a change, withdrawals to the new method wait until then' }),
    createdAt: Type.String(),
  }),
);

const PayoutTransitionSchema = component(
  'PayoutTransition',
  Type.Object({
    fromStatus: NullableString('null for the first step'),
    toStatus: ResponseEnum(PAYOUT_STATUSES),
    actorType: ResponseEnum(PAYOUT_ACTOR_TYPES),
    actorId: Type.String({ description: 'empty in an earner’s own view when an admin acted' }),
    note: NullableString('an admin’s note is in admin views only (null in the earner’s)'),
    at: Type.String(),
  }),
);

const PayoutApprovalsSchema = component(
  'PayoutApprovals',
  Type.Object(
    {
      given: Type.Integer({ description: 'approvals so far' }),
      required: Type.Integer({ description: "2 at or above the country's four-eyes threshold (two different admins), else 1" }),
      by: Type.Array(Type.Object({ adminId: Type.String(), note: NullableString(), at: Type.String() }), { description: 'empty in an earner’s own view' }),
    },
    { description: 'who approved, and when; a payout reaches the provider once `given` reaches `required`' },
  ),
);

export const PayoutSchema = component(
  'Payout',
  Type.Object({
    id: Type.String(),
    ownerId: Type.String(),
    ownerType: ResponseEnum(PAYOUT_OWNER_TYPES),
    countryCode: Type.String(),
    mode: ResponseEnum(MODES, { description: 'test: a test-mode account’s payout, test money that is never paid out for real' }),
    amount: MoneyOutput,
    status: ResponseEnum(PAYOUT_STATUSES),
    reasons: Type.Array(Type.String(), { description: 'BLOCKED: every rule the request failed' }),
    reviewFlags: Type.Array(Type.String(), {
      description: 'risk signals for the approving admin (an approval then needs a note); empty in an earner’s own view',
    }),
    origin: ResponseEnum(PAYOUT_ORIGINS),
    provider: ResponseEnum(PAYOUT_PROVIDERS),
    providerReference: NullableString('set when the payout is handed to the provider'),
    maskedAccount: NullableString('the payout method, as ****1234'),
    methodKind: Type.Union([ResponseEnum(['BANK', 'MOBILE_MONEY']), Type.Null()], { description: 'the kind of payout method; null when the request had none' }),
    accountInstitution: NullableString('the payout account’s bank or mobile-money provider (Zenith Bank, bKash); null when the request had none'),
    rejectionReason: NullableString(),
    failureReason: NullableString(
      'why the last attempt failed, or why the bank returned it; kept once the payout is sent again or paid after all (then it is past: `status` says where the payout stands)',
    ),
    externalReference: NullableString("the transfer's bank reference, once paid"),
    transitions: Type.Array(PayoutTransitionSchema),
    approvals: PayoutApprovalsSchema,
    createdAt: Type.String(),
    updatedAt: Type.String(),
  }),
);

const UserEmail = NullableString("the user's email; null when the id names no user (the system)");

/** A payout as an admin sees it in a list: with its earner's email. */
export const AdminPayoutSchema = component('AdminPayout', Type.Object({ ...PayoutSchema.properties, ownerEmail: UserEmail }));

export const AdminPayoutPageSchema = component('AdminPayoutPage', Type.Object({ payouts: Type.Array(AdminPayoutSchema), page: Page }));

export const WithdrawalTermsSchema = component(
  'WithdrawalTerms',
  Type.Object(
    {
      minimum: MoneyOutput,
      reasons: Type.Array(Type.String(), {
        description:
          "what refuses any withdrawal now, whatever the amount, with the codes of a refused request: identity's (DRIVER_NOT_VERIFIED, IDENTITY_NOT_VERIFIED, ADDRESS_NOT_VERIFIED, MISSING_DOCUMENT:<kinds>, DRIVER_SUSPENDED, USER_BLOCKED and the like; GET /api/me/eligibility?action=WITHDRAW gives them alone), OPEN_PAYOUT_EXISTS (one is in progress), PAYOUT_METHOD_MISSING (no payout account), PAYOUT_METHOD_NOT_VERIFIED (it waits for review), PAYOUT_METHOD_REJECTED (another must be added), PAYOUT_METHOD_COOLING_DOWN (it changed recently), VELOCITY_LIMIT (too many this hour)",
      }),
      velocityLimitLiftsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
        description: 'when VELOCITY_LIMIT is among the reasons: the moment it lifts (ISO 8601); null otherwise',
      }),
      payoutMethodUsableFrom: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
        description: 'when PAYOUT_METHOD_COOLING_DOWN is among the reasons: the moment withdrawals to the new account open (ISO 8601); null otherwise',
      }),
    },
    { description: "What a withdrawal must respect: the country's minimum, in the wallet's currency, and what refuses one now." },
  ),
);

export const PayoutPageSchema = component('PayoutPage', Type.Object({ payouts: Type.Array(PayoutSchema), page: Page }));

export const AutoWeeklyRunBody = Type.Object(
  { weekOf: IsoDate('any date in the week; weeks start on Monday (UTC)'), countryCode: CountryCode },
  { additionalProperties: false },
);

export const AutoWeeklyRunSchema = component(
  'AutoWeeklyRun',
  Type.Object({
    id: Uuid,
    weekStart: Type.String(),
    countryCode: Type.String(),
    replayed: Type.Boolean(),
    payouts: Type.Array(AdminPayoutSchema),
    skipped: Type.Integer({ description: 'how many earners were considered and not paid' }),
    skippedEarners: Type.Array(
      Type.Object({
        ownerId: Type.String(),
        ownerEmail: NullableString('the earner’s email; null when identity could not say'),
        reasons: Type.Array(Type.String(), {
          description: 'BELOW_AUTO_PAYOUT_THRESHOLD, OPEN_PAYOUT_EXISTS, or the codes a withdrawal request would be refused with',
        }),
      }),
      { description: 'each earner not paid, and why; to an admin only (empty for the scheduled job, whose answers are logged)' },
    ),
  }),
);

/** The admin's view of one payout: the payout, who the earner is, and where their KYC stands. */
export const AdminPayoutDetailSchema = component(
  'AdminPayoutDetail',
  Type.Object({
    ...PayoutSchema.properties,
    transitions: Type.Array(Type.Object({ ...PayoutTransitionSchema.properties, actorEmail: UserEmail })),
    approvals: Type.Object({
      ...PayoutApprovalsSchema.properties,
      by: Type.Array(Type.Object({ adminId: Type.String(), adminEmail: UserEmail, note: NullableString(), at: Type.String() })),
    }),
    earner: Type.Object({
      email: Type.String(),
      role: ResponseEnum(ROLES),
      countryCode: Type.String(),
      status: ResponseEnum(USER_STATUSES),
      legalName: NullableString("the earner's legal name, from their identity profile (null without one, or while identity cannot answer)"),
    }),
    accountHolderName: NullableString(
      "the holder name of the payout account, to set beside the earner's legal name (the payout is flagged ACCOUNT_NAME_NOT_LEGAL_NAME when they differ); null without an account",
    ),
    nextActions: Type.Array(ResponseEnum(PAYOUT_ADMIN_ACTIONS), {
      description: "what an admin may do from the payout's status now; the payout service decides, the action endpoints check again",
    }),
    heldBackReasons: Type.Array(Type.String(), {
      description:
        'why approve, mark-paid and retry are not among nextActions now: the reasons the earner may not be paid (e.g. DRIVER_SUSPENDED); empty otherwise',
    }),
    kyc: Type.Object({
      status: ResponseEnum(VERIFICATION_STATUSES),
      identityVerified: Type.Boolean(),
      addressVerified: Type.Boolean(),
      driverStatus: Type.Union([ResponseEnum(DRIVER_STATUSES), Type.Null()]),
      missingRequirements: Type.Array(Type.String()),
      openReviewFlags: Type.Array(Type.String()),
    }),
    earnerWalletId: Type.String({ description: 'the wallet the payout is paid from (its read-only ledger: /api/admin/wallets/{walletId}/transactions)' }),
    ledgerEntries: Type.Array(WalletTransactionSchema, {
      description: "the entries the payout made in the earner's wallet (hold, capture, release), newest first",
    }),
    providerCallbacks: Type.Array(Type.Object({ provider: Type.String(), eventId: Type.String(), status: Type.String(), receivedAt: Type.String() }), {
      description: 'what the payout provider reported, in the order it arrived',
    }),
  }),
);

export const PayoutMethodsQuery = Type.Object({ status: Type.Optional(StringEnum(PAYOUT_METHOD_STATUSES)) }, { additionalProperties: false });
/** A payout method as the admin who reviews it sees it: whose it is, and the name to compare. */
export const AdminPayoutMethodSchema = component(
  'AdminPayoutMethod',
  Type.Object({
    ...PayoutMethodSchema.properties,
    ownerEmail: NullableString("the earner's email"),
    ownerLegalName: NullableString("the earner's legal name, from their identity profile: what the name on the account is checked against"),
    reviewFlags: Type.Array(Type.String(), {
      description:
        'why an account in PENDING_REVIEW waits, checked when listed: ACCOUNT_NAME_NOT_LEGAL_NAME (the name on it is not the legal name), ACCOUNT_NUMBER_OF_ANOTHER_EARNER (another earner has had this number), ACCOUNT_NAME_NOT_CHECKED (identity did not answer just now); empty otherwise',
    }),
  }),
);

export const AdminPayoutMethodListSchema = component('AdminPayoutMethodList', Type.Object({ methods: Type.Array(AdminPayoutMethodSchema) }));
export const PayoutMethodParams = Type.Object({ methodId: Uuid });
export const MethodReviewBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) }, { additionalProperties: false });
