import { formatMinorUnits, type CurrencyCode } from '@ziba/money';
import { AppError } from '@ziba/service-kit/errors';

/**
 * The ledger's refusals, each with a stable code the gateway passes on to clients. A refusal can
 * reach someone other than the wallet's owner (a driver starting a rider's trip), so what it says
 * names no wallet.
 */
export const LedgerErrors = {
  insufficientFunds: () => new AppError('REFUSED', 'INSUFFICIENT_FUNDS', 'the wallet cannot cover this amount from its available balance'),
  holdNotFound: (holdId: string) => new AppError('NOT_FOUND', 'HOLD_NOT_FOUND', `no hold ${holdId}`),
  holdExists: (holdId?: string) => new AppError('CONFLICT', 'HOLD_EXISTS', holdId ? `hold ${holdId} already exists` : 'this hold already exists'),
  holdExceeded: (holdId: string) => new AppError('REFUSED', 'HOLD_EXCEEDED', `amount exceeds what remains under hold ${holdId}`),
  topUpLimit: (limit: bigint, currency: CurrencyCode) =>
    new AppError('REFUSED', 'TOP_UP_LIMIT', `one top-up adds at most ${formatMinorUnits(limit, currency)}; add more in another top-up`),
  balanceLimit: () => new AppError('REFUSED', 'WALLET_BALANCE_LIMIT', 'the wallet would hold more than a wallet may in this currency'),
  owedExceeded: () => new AppError('REFUSED', 'OWED_EXCEEDED', 'the amount exceeds the commission the wallet owes'),
  unbalanced: () => new AppError('INVALID', 'UNBALANCED_ENTRY', 'the legs of an entry must sum to zero'),
  invalidLeg: (why: string) => new AppError('INVALID', 'INVALID_LEG', why),
  walletNotFound: (id: string) => new AppError('NOT_FOUND', 'WALLET_NOT_FOUND', `no wallet ${id}`),
  currencyMismatch: () => new AppError('REFUSED', 'CURRENCY_MISMATCH', 'the wallet holds another currency; no conversion is made'),
  modeMismatch: () => new AppError('REFUSED', 'MODE_MISMATCH', 'the wallet is in the other mode (live/test)'),
  fundsOnHold: () => new AppError('REFUSED', 'FUNDS_ON_HOLD', 'funds cannot be added while some are on hold'),
  notRiderWallet: () => new AppError('FORBIDDEN', 'ADD_FUNDS_RIDER_ONLY', 'only riders add funds'),
  keyReused: () => new AppError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'this idempotency key was used for a different request'),
  invalidAmount: (why: string) => new AppError('INVALID', 'INVALID_AMOUNT', why),
  paymentDeclined: () => new AppError('REFUSED', 'PAYMENT_DECLINED', 'the payment was declined'),
};
