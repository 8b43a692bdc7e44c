import type { EntryMeta__Output } from '@ziba/contracts/gen/ziba/wallet/v1/EntryMeta.ts';
import type { WalletLedgerServiceHandlers } from '@ziba/contracts';
import { AppError } from '@ziba/service-kit/errors';
import { optionalCountryCode, refuseUsers, type CallContext, type HandlersOf, type RequestOf } from '@ziba/service-kit';
import { LedgerOperations, type WriteMeta } from '../application/ledger-operations.usecase.ts';
import type { LedgerContext } from '../application/ledger-context.ts';
import { adjustWallet } from '../application/adjust-wallet.usecase.ts';
import { openWallet } from '../application/open-wallet.usecase.ts';
import { refundTotals } from '../application/refund-totals.query.ts';
import { listTransactions } from '../application/transaction-queries.ts';
import { WalletQueries } from '../application/wallet-queries.ts';
import { LedgerErrors } from '../domain/ledger-errors.ts';
import { BUCKETS, MODES, OWNER_FILTERS, REFERENCE_TYPES, SERVICE_TYPES, SYSTEM_ACCOUNTS, TRIP_REFERENCE_TYPES, type Leg } from '../domain/ledger-model.ts';
import { limitedToOwnWallets, mayUseWalletOf } from '../domain/wallet-access.ts';
import * as decode from './decode.ts';

/** The decoded request type of an RPC, read off the generated handler signature. */
type Req<K extends keyof WalletLedgerServiceHandlers> = RequestOf<WalletLedgerServiceHandlers, K>;

/** Translates wallet-ledger RPCs to use cases: decode and validate, call, encode. No rules here. */
export function walletHandlers(ctx: LedgerContext): HandlersOf<WalletLedgerServiceHandlers> {
  const meta = (m: EntryMeta__Output | null, call: CallContext): WriteMeta => {
    if (!m) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'meta is required');
    return {
      // Keys are scoped by the calling service so two services can never collide.
      idempotencyKey: `${call.caller}:${decode.required(m.idempotencyKey, 'meta.idempotencyKey')}`,
      serviceType: decode.oneOf(SERVICE_TYPES, m.serviceType, 'meta.serviceType'),
      reference: m.reference?.type
        ? { type: decode.oneOf(REFERENCE_TYPES, m.reference.type, 'meta.reference.type'), id: decode.required(m.reference.id, 'meta.reference.id') }
        : null,
      description: decode.required(m.description, 'meta.description', 500),
      createdByAdminId: m.createdByAdminId || null,
      requestedByUserId: m.requestedByUserId ? decode.uuid(m.requestedByUserId, 'meta.requestedByUserId') : null,
      actor: call.actor,
      correlationId: call.correlationId,
    };
  };
  const money = (m: { amount: string; currency: string } | null) => ({ amount: decode.amount(m?.amount), currency: decode.currency(m?.currency) });
  /** Another user's wallet answers WALLET_NOT_FOUND, as one that does not exist (domain/wallet-access.ts). */
  const usable = <W extends { id: string; ownerId: string }>(call: CallContext, wallet: W): W => {
    if (!mayUseWalletOf(call.actor, wallet.ownerId)) throw LedgerErrors.walletNotFound(wallet.id);
    return wallet;
  };
  /** The wallet id, once the call may use that wallet; its owner is read only for a call acting for a user. */
  const usableId = async (call: CallContext, walletId: string): Promise<string> => {
    if (limitedToOwnWallets(call.actor)) usable(call, await WalletQueries.byId(ctx, walletId));
    return walletId;
  };

  return {
    OpenWallet: async (r: Req<'OpenWallet'>) =>
      openWallet(ctx, {
        ownerId: decode.uuid(r.ownerId, 'ownerId'),
        ownerType: decode.oneOf(['RIDER', 'DRIVER', 'RESTAURANT'] as const, r.ownerType, 'ownerType'),
        countryCode: decode.required(r.countryCode, 'countryCode', 2),
        currency: decode.currency(r.currency),
        mode: decode.oneOf(MODES, r.mode, 'mode'),
      }),
    GetWallet: async (r: Req<'GetWallet'>, call: CallContext) => {
      if (r.by === 'walletId') return usable(call, await WalletQueries.byId(ctx, decode.uuid(r.walletId, 'walletId')));
      const ownerId = decode.required(r.owner?.ownerId, 'owner.ownerId');
      const mode = decode.oneOf(MODES, r.owner?.mode, 'owner.mode');
      const currency = r.owner?.currency ? decode.currency(r.owner.currency) : null;
      if (!mayUseWalletOf(call.actor, ownerId)) throw LedgerErrors.walletNotFound(`of owner ${ownerId}`);
      return WalletQueries.byOwner(ctx, ownerId, mode, currency);
    },
    ListWallets: async (r: Req<'ListWallets'>, call: CallContext) => {
      refuseUsers(call.actor, 'wallet lists');
      const page = await WalletQueries.list(ctx, {
        ownerType: r.ownerType ? decode.oneOf(OWNER_FILTERS, r.ownerType, 'ownerType') : null,
        countryCode: r.countryCode || null,
        ownerId: r.ownerId ? decode.uuid(r.ownerId, 'ownerId') : null,
        // Live only unless asked, but one owner's wallets in either mode (a test account's are test).
        mode: r.mode ? decode.oneOf(['live', 'test'] as const, r.mode, 'mode') : r.ownerId ? null : 'live',
        minAvailable: r.minAvailable ? decode.signedAmount(r.minAvailable) : null,
        maxAvailable: r.maxAvailable ? decode.signedAmount(r.maxAvailable) : null,
        limit: decode.pageSize(r.page?.pageSize),
        after: r.page?.cursor ? decode.uuid(r.page.cursor, 'cursor') : null,
      });
      return { wallets: page.wallets, page: { nextCursor: page.nextCursor } };
    },
    ListTransactions: async (r: Req<'ListTransactions'>, call: CallContext) => {
      const cursor = r.page?.cursor ? decode.sequenceCursor(r.page.cursor) : null;
      if (r.tripId && (r.referenceType || r.referenceId))
        throw new AppError('INVALID', 'INVALID_ARGUMENT', 'tripId is asked for instead of referenceType and referenceId, not with them');
      const reference = r.tripId
        ? { types: TRIP_REFERENCE_TYPES, id: decode.uuid(r.tripId, 'tripId') }
        : r.referenceType || r.referenceId
          ? { types: [decode.required(r.referenceType, 'referenceType')], id: decode.required(r.referenceId, 'referenceId') }
          : null;
      const walletId = decode.uuid(r.walletId, 'walletId');
      const page = await listTransactions(ctx, walletId, decode.pageSize(r.page?.pageSize), cursor, reference, (ownerId) =>
        mayUseWalletOf(call.actor, ownerId),
      );
      return { transactions: page.transactions, page: { nextCursor: page.nextCursor } };
    },
    AddFunds: async (r: Req<'AddFunds'>, call: CallContext) => {
      const m = meta(r.meta, call);
      const walletId = decode.uuid(r.walletId, 'walletId');
      const amount = money(r.amount);
      return LedgerOperations.addFunds(ctx, m, await usableId(call, walletId), amount);
    },
    Credit: async (r: Req<'Credit'>, call: CallContext) =>
      LedgerOperations.credit(
        ctx,
        meta(r.meta, call),
        decode.uuid(r.walletId, 'walletId'),
        money(r.amount),
        decode.oneOf(SYSTEM_ACCOUNTS, r.counterAccount, 'counterAccount'),
      ),
    Debit: async (r: Req<'Debit'>, call: CallContext) =>
      LedgerOperations.debit(
        ctx,
        meta(r.meta, call),
        decode.uuid(r.walletId, 'walletId'),
        money(r.amount),
        decode.oneOf(SYSTEM_ACCOUNTS, r.counterAccount, 'counterAccount'),
      ),
    LastAdminCredit: async (r: Req<'LastAdminCredit'>, call: CallContext) => {
      refuseUsers(call.actor, "admins' credits");
      const owner = {
        ownerId: decode.uuid(r.owner?.ownerId, 'owner.ownerId'),
        mode: decode.oneOf(MODES, r.owner?.mode, 'owner.mode'),
        currency: r.owner?.currency ? decode.currency(r.owner.currency) : null,
      };
      return { creditedAt: await WalletQueries.lastAdminCredit(ctx, owner, decode.required(r.adminId, 'adminId', 100)) };
    },
    SumRefunds: async (r: Req<'SumRefunds'>, call: CallContext) => {
      refuseUsers(call.actor, 'refund totals');
      const totals = await refundTotals(ctx, {
        from: r.from,
        to: r.to,
        groupBy: r.groupBy,
        referenceType: r.referenceType ? decode.oneOf(TRIP_REFERENCE_TYPES, r.referenceType, 'referenceType') : null,
        countryCode: optionalCountryCode('countryCode', r.countryCode),
        mode: decode.oneOf(['live', 'test'] as const, r.mode, 'mode'),
      });
      return { totals };
    },
    AdjustWallet: async (r: Req<'AdjustWallet'>, call: CallContext) => {
      const m = money(r.amount);
      return adjustWallet(ctx, call, {
        idempotencyKey: decode.required(r.idempotencyKey, 'idempotencyKey', 200),
        walletId: decode.uuid(r.walletId, 'walletId'),
        amount: m.amount,
        currency: m.currency,
        direction: r.direction,
        kind: r.kind || 'ADJUSTMENT',
        reason: r.reason,
        tripId: r.tripId ? decode.uuid(r.tripId, 'tripId') : '',
      });
    },
    Hold: async (r: Req<'Hold'>, call: CallContext) =>
      LedgerOperations.hold(ctx, meta(r.meta, call), decode.uuid(r.walletId, 'walletId'), money(r.amount), decode.required(r.holdId, 'holdId')),
    Release: async (r: Req<'Release'>, call: CallContext) =>
      LedgerOperations.release(ctx, meta(r.meta, call), decode.required(r.holdId, 'holdId'), decode.optionalAmount(r.amount?.amount)),
    Capture: async (r: Req<'Capture'>, call: CallContext) =>
      LedgerOperations.capture(
        ctx,
        meta(r.meta, call),
        decode.required(r.holdId, 'holdId'),
        decode.optionalAmount(r.amount?.amount),
        decode.oneOf(SYSTEM_ACCOUNTS, r.counterAccount, 'counterAccount'),
      ),
    Transfer: async (r: Req<'Transfer'>, call: CallContext) => {
      const legs: Leg[] = r.legs.map((l) => ({
        account:
          l.target === 'walletId'
            ? { walletId: decode.uuid(l.walletId, 'leg.walletId') }
            : { system: decode.oneOf(SYSTEM_ACCOUNTS, l.systemAccount, 'leg.systemAccount') },
        bucket: decode.oneOf(BUCKETS, l.bucket || 'AVAILABLE', 'leg.bucket'),
        amount: decode.signedAmount(l.amount),
        ...(l.holdId ? { holdId: l.holdId } : {}),
        ...(l.earning ? { earning: true } : {}),
      }));
      return LedgerOperations.transfer(ctx, meta(r.meta, call), decode.currency(r.currency), decode.oneOf(MODES, r.mode, 'mode'), legs);
    },
  };
}
