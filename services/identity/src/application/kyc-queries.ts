import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { checkEligibility, isAction, type Eligibility } from '../domain/eligibility.ts';
import { KycErrors } from '../domain/kyc-errors.ts';
import { namesMatch } from '../domain/matching.ts';
import { IdentityErrors, type Role } from '../domain/user.ts';
import { MAX_USERS_PER_LOOKUP } from './get-user.query.ts';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { accountPage } from './account-page.ts';
import { requireAdmin } from './admin-guard.ts';
import type { IdentityContext } from './identity-context.ts';
import { toVerificationMessage } from './kyc-mapper.ts';
import { countryOf, evaluate, loadKyc } from './kyc-state.ts';

/** The user's own KYC view, evaluated now. */
export async function getVerification(ctx: IdentityContext, userId: string, now = new Date()) {
  const r = await loadKyc(ctx, ctx.orm.em.fork(), userId);
  return toVerificationMessage(r, evaluate(r, now));
}

/** Eligibility is always evaluated from the facts at the moment of asking (expiry included). */
export async function eligibilityOf(ctx: IdentityContext, userId: string, action: string, mode: string, now = new Date()): Promise<Eligibility> {
  if (!isAction(action)) throw KycErrors.unknownAction();
  if (mode !== 'live' && mode !== 'test') throw KycErrors.invalidField('mode', 'must be live or test');
  const facts = await KycRepository.factsOf(ctx.orm.em.fork(), userId);
  if (!facts) throw IdentityErrors.userNotFound();
  const r = { ...facts, country: countryOf(ctx, facts.user.countryCode) };
  return checkEligibility(
    {
      role: r.user.role as Role,
      blocked: r.user.status === 'BLOCKED',
      testMode: r.user.testMode,
      hasProfile: r.profile !== null,
      profileRejected: r.profile?.review === 'REJECTED',
      verification: evaluate(r, now),
    },
    action,
    mode,
    ctx.settings,
  );
}

const QUEUE_STATUSES = ['INCOMPLETE', 'PENDING_REVIEW', 'VERIFIED', 'REJECTED'];
const QUEUE_ROLES = ['RIDER', 'DRIVER', 'RESTAURANT'];

/** The admin review queue, oldest change first within a status, keyset-paginated by user id. */
export async function kycQueue(
  ctx: IdentityContext,
  actor: Actor | null,
  filter: { status: string; countryCode: string; role: string; query: string; pageSize: number; cursor: string },
  now = new Date(),
) {
  const em = ctx.orm.em.fork();
  await requireAdmin(em, actor, 'MANAGE_KYC');
  if (filter.status && !QUEUE_STATUSES.includes(filter.status))
    throw new AppError('INVALID', 'INVALID_FILTER', `status must be one of ${QUEUE_STATUSES.join(', ')}`);
  if (filter.role && !QUEUE_ROLES.includes(filter.role)) throw new AppError('INVALID', 'INVALID_FILTER', `role must be one of ${QUEUE_ROLES.join(', ')}`);
  const { rows: page, nextCursor } = await accountPage(em, filter, false);
  const items = [];
  for (const row of page) {
    const r = await loadKyc(ctx, em, row.id);
    items.push({
      userId: row.id,
      email: row.email,
      role: row.role,
      countryCode: row.country_code.trim(),
      userStatus: row.status,
      verification: toVerificationMessage(r, evaluate(r, now)),
    });
  }
  return { items, page: { nextCursor } };
}

/** Whether a name given elsewhere (a payout account's holder) is the user's legal name. */
export async function matchLegalName(ctx: IdentityContext, userId: string, name: string) {
  assertMatchableName(name);
  const p = await KycRepository.profileOf(ctx.orm.em.fork(), userId);
  return { hasProfile: p !== null, matches: p !== null && namesMatch(p.legalFirstName, p.legalLastName, name) };
}

/** matchLegalName for several users in one read of their profiles, answered in the order asked. */
export async function matchLegalNames(ctx: IdentityContext, asked: ReadonlyArray<{ userId: string; name: string }>) {
  if (asked.length > MAX_USERS_PER_LOOKUP) throw IdentityErrors.tooManyUsers(MAX_USERS_PER_LOOKUP);
  for (const { name } of asked) assertMatchableName(name);
  const profiles = await KycRepository.profilesOf(ctx.orm.em.fork(), [...new Set(asked.map((a) => a.userId))]);
  const byUser = new Map(profiles.map((p) => [p.userId, p]));
  return asked.map(({ userId, name }) => {
    const p = byUser.get(userId);
    return { hasProfile: p !== undefined, matches: p !== undefined && namesMatch(p.legalFirstName, p.legalLastName, name) };
  });
}

function assertMatchableName(name: unknown) {
  if (typeof name !== 'string' || name.length > 200) throw KycErrors.invalidField('name', 'must be at most 200 characters');
}

/** The legal names of those of these users who have a profile, for an admin's comparison with a payout account's holder. */
export async function legalNames(ctx: IdentityContext, actor: Actor | null, userIds: readonly string[]) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'legal names are for platform admins');
  if (userIds.length > MAX_USERS_PER_LOOKUP) throw IdentityErrors.tooManyUsers(MAX_USERS_PER_LOOKUP);
  const profiles = await KycRepository.profilesOf(ctx.orm.em.fork(), [...new Set(userIds)]);
  return profiles.map((p) => ({ userId: p.userId, legalName: `${p.legalFirstName} ${p.legalLastName}` }));
}
