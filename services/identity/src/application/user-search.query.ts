import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { requireAdmin } from './admin-guard.ts';
import type { IdentityContext } from './identity-context.ts';
import { evaluate, loadKyc } from './kyc-state.ts';
import { toUser, toUserMessage } from './user-mapper.ts';

/**
 * Accounts by id or email prefix, with their standing (account, KYC and driver status) and not their
 * KYC file: finding an account is part of blocking or suspending it (MANAGE_USERS) as much as of
 * reviewing it (MANAGE_KYC), and the profile and documents are only the reviewer's.
 */
export async function searchUsers(ctx: IdentityContext, actor: Actor | null, f: { query: string; pageSize: number; cursor: string }, now = new Date()) {
  const em = ctx.orm.em.fork();
  await requireAdmin(em, actor, ['MANAGE_USERS', 'MANAGE_KYC']);
  const query = (f.query ?? '').trim().toLowerCase();
  if (!query || query.length > 254) throw new AppError('INVALID', 'INVALID_FILTER', 'query must be 1 to 254 characters: a user id or the start of an email');
  const pageSize = Math.min(Math.max(f.pageSize || 20, 1), 100);
  const rows = await KycRepository.queue(em, { status: '', countryCode: '', role: '', query, cursor: f.cursor, limit: pageSize + 1 });
  const page = rows.slice(0, pageSize);
  const items = [];
  for (const row of page) {
    const r = await loadKyc(ctx, em, row.id);
    items.push({ user: toUserMessage(toUser(r.user)), verificationStatus: evaluate(r, now).status });
  }
  return { items, page: { nextCursor: rows.length > pageSize ? page[page.length - 1]!.id : '' } };
}
