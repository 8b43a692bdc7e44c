import { Type } from 'typebox';
import { AmountInput, AmountOutput, Page, Uuid } from './common.ts';

export const WalletSchema = Type.Object({
  id: Uuid,
  ownerId: Type.String(),
  ownerType: Type.String(),
  countryCode: Type.String(),
  currency: Type.String(),
  mode: Type.String(),
  availableBalance: AmountOutput,
  lockedBalance: AmountOutput,
  negativeBalance: AmountOutput,
  withdrawableBalance: Type.String({ pattern: '^[0-9]+$', description: 'availableBalance minus negativeBalance, at least 0: what may be withdrawn (commission owed is netted first)' }),
  totalEarned: AmountOutput,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const WalletTransactionSchema = Type.Object({
  entryId: Uuid,
  type: Type.String({ description: 'DEBIT (money leaving the owner, from available or locked) | CREDIT (money arriving) | HOLD | RELEASE' }),
  entryType: Type.String(),
  serviceType: Type.String(),
  direction: Type.String(),
  amount: AmountOutput,
  currency: Type.String(),
  availableAfter: AmountOutput,
  lockedAfter: AmountOutput,
  negativeAfter: AmountOutput,
  referenceType: Type.String(),
  referenceId: Type.String(),
  description: Type.String(),
  createdByAdminId: Type.String(),
  createdAt: Type.String(),
});

export const TransactionPageSchema = Type.Object({ transactions: Type.Array(WalletTransactionSchema), page: Page });

export const AddFundsBody = Type.Object({ amount: AmountInput }, { additionalProperties: false });

export const AddFundsResponse = Type.Object({ entryId: Uuid, replayed: Type.Boolean(), wallet: WalletSchema });

export const WalletListSchema = Type.Object({ wallets: Type.Array(WalletSchema), page: Page });
