import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { ACCOUNT_STANDINGS } from '../domain/user.ts';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import { accountPage } from './account-page.ts';
import { requireAdmin } from './admin-guard.ts';
import type { IdentityContext } from './identity-context.ts';
import { countryOf, evaluate } from './kyc-state.ts';
import { toUser, toUserMessage } from './user-mapper.ts';

/**
 * Accounts by id or email prefix, or those blocked or suspended now (`standing`), with their standing (account, KYC and driver status) and not their
 * KYC file: finding an account is part of blocking or suspending it (MANAGE_USERS) as much as of
 * reviewing it (MANAGE_KYC), and the profile and documents are only the reviewer's. A page is
 * three reads however long: the page, its users, and the facts the verification status is
 * evaluated from (the eligibility check's lean read, for the whole page at once).
 */
export async function searchUsers(
  ctx: IdentityContext,
  actor: Actor | null,
  f: { query: string; standing: string; pageSize: number; cursor: string },
  now = new Date(),
) {
  const em = ctx.orm.em.fork();
  await requireAdmin(em, actor, ['MANAGE_USERS', 'MANAGE_KYC']);
  if (f.standing && !(ACCOUNT_STANDINGS as readonly string[]).includes(f.standing))
    throw new AppError('INVALID', 'INVALID_FILTER', `standing must be one of ${ACCOUNT_STANDINGS.join(', ')}`);
  // Who is blocked or suspended is a list of its own; any other search names someone.
  const { rows, nextCursor } = await accountPage(
    em,
    { status: '', countryCode: '', role: '', query: f.query, standing: f.standing, pageSize: f.pageSize, cursor: f.cursor },
    !f.standing,
  );
  const ids = rows.map((row) => row.id);
  const [users, facts] = [await UserRepository.findByIds(em, ids), await KycRepository.factsOfMany(em, ids)];
  const userById = new Map(users.map((u) => [u.id, u]));
  const items = [];
  for (const id of ids) {
    const user = userById.get(id);
    const kyc = facts.get(id);
    if (!user || !kyc) continue; // gone between the reads
    items.push({ user: toUserMessage(toUser(user)), verificationStatus: evaluate({ ...kyc, country: countryOf(ctx, kyc.user.countryCode) }, now).status });
  }
  return { items, page: { nextCursor } };
}
