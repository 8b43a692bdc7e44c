import { Type } from 'typebox';
import { component } from '../openapi/components.ts';
import { AmountInput, AmountOutput, MoneyOutput, NullableString, Page, Uuid } from './common.ts';
import {
  CURRENCY_CODES,
  DIRECTIONS,
  ENTRY_TYPES,
  LEDGER_SERVICE_TYPES,
  MODES,
  ResponseEnum,
  STATEMENT_LINE_TYPES,
  StringEnum,
  WALLET_OWNER_TYPES,
} from './enums.ts';

export const WalletSchema = component(
  'Wallet',
  Type.Object({
    id: Uuid,
    ownerId: Type.String(),
    ownerType: ResponseEnum(WALLET_OWNER_TYPES),
    countryCode: Type.String(),
    currency: Type.String(),
    mode: ResponseEnum(MODES),
    availableBalance: AmountOutput,
    lockedBalance: Type.String({
      pattern: '^[0-9]+$',
      description: 'held and not spendable: a trip’s fare held until it is settled or released, or a withdrawal not paid out yet',
    }),
    negativeBalance: Type.String({
      pattern: '^[0-9]+$',
      description: 'commission owed on cash trips and orders (the earner kept the cash), until the weekly netting or a payment settles it',
    }),
    withdrawableBalance: Type.String({
      pattern: '^[0-9]+$',
      description:
        'availableBalance minus negativeBalance, at least 0: what may be withdrawn (commission owed is netted first); always 0 for a rider, who never withdraws',
    }),
    topUpRoom: Type.String({
      pattern: '^[0-9]+$',
      description:
        "the most a top-up may add now: one top-up's limit (beyond it: 422 TOP_UP_LIMIT), or less when the currency's wallet limit less available and locked is less (beyond it: 422 WALLET_BALANCE_LIMIT), at least 0; always 0 for a driver's or restaurant's wallet, which is not topped up",
    }),
    totalEarned: Type.String({
      pattern: '^-?[0-9]+$',
      description: 'every earning paid into this wallet (online trips and orders); cash a driver or restaurant collected is not in it',
    }),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  }),
);

// A platform account (REVENUE, FUNDING, ...) is sharded: a posting knows only its shard's balance.
const BalanceAfter = Type.Union([AmountOutput, Type.Null()], {
  description:
    'the wallet’s balance after this line; null on a platform account’s lines, which post to several balance rows at once (GET the wallet for its balance)',
});

export const WalletTransactionSchema = component(
  'WalletTransaction',
  Type.Object({
    entryId: Uuid,
    type: ResponseEnum(STATEMENT_LINE_TYPES, {
      description:
        'DEBIT: money leaving the owner (from available or locked); CREDIT: money arriving; HOLD and RELEASE: money moving between available and locked',
    }),
    entryType: ResponseEnum(ENTRY_TYPES),
    serviceType: ResponseEnum(LEDGER_SERVICE_TYPES),
    direction: ResponseEnum(DIRECTIONS),
    amount: AmountOutput,
    currency: Type.String(),
    availableAfter: BalanceAfter,
    lockedAfter: BalanceAfter,
    negativeAfter: BalanceAfter,
    referenceType: Type.String(),
    referenceId: Type.String(),
    description: Type.String(),
    createdByAdminId: Type.String({
      description:
        "the admin whose action posted the entry (a settlement, a payout decision); empty for what the platform did by itself, and always empty in a user's own statement",
    }),
    createdAt: Type.String(),
  }),
);

export const TransactionPageSchema = component('TransactionPage', Type.Object({ transactions: Type.Array(WalletTransactionSchema), page: Page }));

export const AddFundsBody = Type.Object({ amount: AmountInput }, { additionalProperties: false, examples: [{ amount: 500000 }] });

export const AddFundsResponse = component(
  'AddFundsResult',
  Type.Object({
    entryId: Uuid,
    replayed: Type.Boolean({
      description:
        'true when this top-up had been made already under its key: nothing moved this time (a repeat answered from the gateway’s store is the first answer with this true, and the header `Idempotent-Replayed: true`)',
    }),
    wallet: WalletSchema,
  }),
);

/** A wallet as an admin sees it: with its owner's email, so a list says whose wallet it is. */
export const AdminWalletSchema = component(
  'AdminWallet',
  Type.Object({ ...WalletSchema.properties, ownerEmail: NullableString("the owner's email; null for the platform's own wallets") }),
);

export const AdminWalletListSchema = component('AdminWalletPage', Type.Object({ wallets: Type.Array(AdminWalletSchema), page: Page }));

export const AdjustWalletBody = Type.Object(
  {
    direction: StringEnum(['CREDIT', 'DEBIT'], { description: 'CREDIT adds to the available balance, DEBIT takes from it (never below zero)' }),
    kind: Type.Optional(
      StringEnum(['ADJUSTMENT', 'REFUND'], { description: 'REFUND (credits only) reads as a refund on the owner’s statement; ADJUSTMENT when omitted' }),
    ),
    amount: AmountInput,
    currency: StringEnum(CURRENCY_CODES, { description: 'the wallet’s currency' }),
    tripId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'REFUND only (a correction naming one is 400): the trip or food order it gives back (this wallet paid for it); at most what it charged, one refund a trip',
      }),
    ),
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'why; it is the entry’s description, on the owner’s statement' }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        direction: 'CREDIT',
        kind: 'REFUND',
        amount: 174500,
        currency: 'NGN',
        tripId: '821fb77d-dc19-4d55-a469-b804ef577b62',
        reason: 'the driver never came; the ride was charged',
      },
    ],
  },
);

export const WalletAdjustmentSchema = component(
  'WalletAdjustment',
  Type.Object({
    entryId: Uuid,
    entryType: ResponseEnum(['CREDIT', 'DEBIT']),
    amount: MoneyOutput,
    availableAfter: AmountOutput,
    replayed: Type.Boolean({
      description:
        'true when this adjustment had been made already under this key: nothing moved this time. A repeat answered from the gateway’s store is the first answer with this true, and the header Idempotent-Replayed: true.',
    }),
    createdAt: Type.String(),
  }),
);
