import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { PayoutMethodChangedV1, PayoutMethodLinkRefusedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { randomUUID } from 'node:crypto';
import { assertAccountNumberFormat, checkedBankCode } from '../domain/account-formats.ts';
import { OPEN_STATUSES } from '../domain/payout-state.ts';
import { ACCOUNT_CHANGED_SINCE_REQUEST } from '../domain/withdrawal-rules.ts';
import { initialMethodStatus, maskAccountNumber, normaliseAccountNumber } from '../domain/account-number.ts';
import { providerFor } from '../domain/provider-choice.ts';
import { offeredMethod } from '../domain/method-offers.ts';
import { MethodRepository, type MethodRow, type MethodType } from '../persistence/payout-method.repository.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import { SOURCE, type PayoutContext } from './payout-context.ts';

export function earnerOf(actor: Actor | null): { id: string; role: 'DRIVER' | 'RESTAURANT' } {
  if (actor?.type === 'USER' && (actor.role === 'DRIVER' || actor.role === 'RESTAURANT')) return { id: actor.id, role: actor.role };
  throw new AppError('FORBIDDEN', 'ROLE_CANNOT_WITHDRAW', 'only drivers and restaurants have payout methods and withdraw');
}

export const toMethodMessage = (m: MethodRow) => ({
  id: m.id,
  ownerId: m.ownerId,
  type: m.type,
  bankName: m.bankName ?? '',
  bankCode: m.bankCode ?? '',
  provider: m.provider ?? '',
  maskedNumber: maskAccountNumber(`0000${m.last4}`),
  accountName: m.accountName,
  countryCode: m.countryCode,
  status: m.status,
  usableFrom: m.usableFrom.toISOString(),
  createdAt: m.createdAt.toISOString(),
});

const text = (field: string, v: string, max: number) => {
  const t = (v ?? '').trim();
  if (!t || t.length > max) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${field} is required (at most ${max} characters)`);
  return t;
};

/**
 * Sets the earner's one active payout method. The number is kept encrypted, found across users by
 * its fingerprint (one account, one earner), shown only as its last four. The account name is
 * checked against the legal name by identity; a mismatch leaves the method in review. Replacing a
 * method starts a cool-down before money can go to the new one.
 */
export async function setPayoutMethod(
  ctx: PayoutContext,
  actor: Actor | null,
  input: { type: string; bankName: string; bankCode: string; provider: string; accountNumber: string; accountName: string },
) {
  const earner = earnerOf(actor);
  if (input.type === 'CARD_FUTURE') throw new AppError('REFUSED', 'METHOD_NOT_SUPPORTED', 'card payouts are not supported yet');
  if (input.type !== 'BANK' && input.type !== 'MOBILE_MONEY') throw new AppError('INVALID', 'INVALID_ARGUMENT', 'type must be BANK or MOBILE_MONEY');
  const type: MethodType = input.type === 'BANK' ? 'BANK' : 'MOBILE_MONEY'; // typed: the check above left these two
  // A field of the other kind is a mistake to say, not to drop: the earner may have picked the wrong kind.
  const strayed = type === 'BANK' ? (input.provider ? 'provider' : null) : input.bankName ? 'bankName' : input.bankCode ? 'bankCode' : null;
  if (strayed) throw new AppError('INVALID', 'INVALID_ARGUMENT', `${strayed} is for ${type === 'BANK' ? 'MOBILE_MONEY' : 'BANK'} accounts only`);
  const number = normaliseAccountNumber(input.accountNumber);
  const accountName = text('accountName', input.accountName, 120);
  const user = await ctx.identity.call('GetUser', { userId: earner.id });
  // Only what the earner's country offers (a mobile-money provider by its configured name).
  const offer = ctx.methodOffer(user.countryCode);
  const bank =
    type === 'BANK'
      ? {
          bankName: text('bankName', input.bankName, 120),
          bankCode: checkedBankCode(user.countryCode, text('bankCode', input.bankCode, 20)),
          ...offeredMethod(offer, user.countryCode, { type, provider: null }),
        }
      : { bankName: null, bankCode: null, ...offeredMethod(offer, user.countryCode, { type, provider: text('provider', input.provider, 40) }) };
  assertAccountNumberFormat(user.countryCode, type === 'BANK' ? { type } : { type, provider: bank.provider ?? '' }, number);
  // The gateway refuses a blocked user's tokens, but not while Redis is away: checked here too, so a
  // blocked account never redirects its money.
  if (user.status === 'BLOCKED') throw new AppError('FORBIDDEN', 'USER_BLOCKED', 'this account is blocked; its payout account cannot be changed');
  // Name enquiry through the provider that would pay this earner (test money: the simulated one),
  // then identity says whether the holder's name is the legal name; unknown or different: review.
  const provider = ctx.providers[providerFor(modeOf(user.testMode))] ?? ctx.providers.manual!;
  const holderName = await provider.resolveAccountName({ number, bankCode: bank.bankCode, claimedName: accountName });
  const name = await ctx.identity.call('MatchLegalName', { userId: earner.id, name: holderName ?? '' });
  if (!name.hasProfile) throw new AppError('REFUSED', 'PROFILE_MISSING', 'create the identity profile first');
  const fingerprint = ctx.vault.fingerprint(type, user.countryCode, number);
  const sealed = ctx.vault.encrypt(number);
  const now = new Date();
  try {
    const method = await inTransaction(ctx, async (em) => {
      const holder = await MethodRepository.activeByFingerprint(em, fingerprint);
      if (holder && holder.ownerId !== earner.id) throw new LinkedElsewhere(holder.ownerId);
      const usedByAnotherEarner = await MethodRepository.usedByAnotherOwner(em, fingerprint, earner.id);
      const previous = await MethodRepository.active(em, earner.id);
      await MethodRepository.deactivate(em, earner.id);
      const row = {
        id: randomUUID(),
        ownerId: earner.id,
        type,
        ...bank,
        last4: number.slice(-4),
        // The name the provider found on the account, when it found one: the one every later check
        // (each withdrawal's, the admin's) compares with the legal name, not the one typed.
        accountName: holderName ?? accountName,
        countryCode: user.countryCode,
        status: initialMethodStatus({ holderIsLegalName: name.matches, usedByAnotherEarner }),
        usableFrom: previous ? new Date(now.getTime() + ctx.cooldownMs) : now,
        fingerprint,
        ciphertext: sealed.ciphertext,
        keyId: sealed.keyId,
        replacedPrevious: previous !== null,
      };
      await MethodRepository.insert(em, row);
      if (previous) await PayoutRepository.flagPayoutsOf(em, earner.id, OPEN_STATUSES, ACCOUNT_CHANGED_SINCE_REQUEST);
      await enqueueEvent<PayoutMethodChangedV1>(em, SOURCE, {
        type: 'payout.method-changed.v1',
        aggregateType: 'payout_method',
        aggregateId: row.id,
        actor,
        data: {
          ownerId: earner.id,
          methodId: row.id,
          type: row.type,
          maskedNumber: maskAccountNumber(number),
          status: row.status,
          usableFrom: row.usableFrom.toISOString(),
          to: row.status,
        },
      });
      return { ...row, createdAt: now };
    });
    ctx.logger.info({ ownerId: earner.id, methodId: method.id, masked: maskAccountNumber(number), status: method.status }, 'payout method set');
    return toMethodMessage(method);
  } catch (err) {
    const linked = err instanceof LinkedElsewhere ? err : err instanceof UniqueConstraintViolationException ? await linkedElsewhere(ctx, fingerprint) : null;
    if (!linked) throw err;
    await recordRefusedLink(ctx, actor, { ownerId: earner.id, holderId: linked.holderId, type, maskedNumber: maskAccountNumber(number) });
    throw new AppError(
      'CONFLICT',
      'ACCOUNT_ALREADY_LINKED',
      'this account is linked to another user; use an account in your own name (the attempt is recorded for the platform to review)',
    );
  }
}

/** The account is another user's active payout method (found in the transaction, or by its unique index). */
class LinkedElsewhere extends Error {
  readonly holderId: string;
  constructor(holderId: string) {
    super('account linked to another user');
    this.holderId = holderId;
  }
}

async function linkedElsewhere(ctx: PayoutContext, fingerprint: string): Promise<LinkedElsewhere | null> {
  const holder = await MethodRepository.activeByFingerprint(ctx.orm.em.fork(), fingerprint);
  return holder ? new LinkedElsewhere(holder.ownerId) : null;
}

/** SPEC 3: a reused payout account raises a review. The refusal itself changes nothing, so its record is an event of its own (audit trail). */
async function recordRefusedLink(ctx: PayoutContext, actor: Actor | null, data: Omit<PayoutMethodLinkRefusedV1, 'reason'>): Promise<void> {
  await inTransaction(ctx, (em) =>
    enqueueEvent<PayoutMethodLinkRefusedV1>(em, SOURCE, {
      type: 'payout.method-link-refused.v1',
      // No payout method came of it: the record is the user's, found in their trail.
      aggregateType: 'user',
      aggregateId: data.ownerId,
      actor,
      data: { ...data, reason: 'ACCOUNT_ALREADY_LINKED' },
    }),
  );
  ctx.logger.warn(
    { ownerId: data.ownerId, holderId: data.holderId, masked: data.maskedNumber },
    'payout account already linked to another user; refused and recorded',
  );
}

export async function getPayoutMethod(ctx: PayoutContext, actor: Actor | null) {
  const earner = earnerOf(actor);
  const m = await MethodRepository.active(ctx.orm.em.fork(), earner.id);
  if (!m) throw new AppError('NOT_FOUND', 'PAYOUT_METHOD_NOT_FOUND', 'no payout method yet');
  return toMethodMessage(m);
}
