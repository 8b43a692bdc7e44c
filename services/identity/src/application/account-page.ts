import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@ziba/service-kit/errors';
import { KycRepository, type KycQueueRow } from '../persistence/kyc.repository.ts';

/** What an admin account list asks for; '' for any status, country or role. */
export interface AccountPageRequest {
  status: string;
  countryCode: string;
  role: string;
  /** A user id, or the start of an email, as typed (trimmed and lower-cased here). */
  query: string;
  /** '' for any; BLOCKED or SUSPENDED (ACCOUNT_STANDINGS). */
  standing?: string;
  pageSize: number;
  cursor: string;
}

/**
 * One page of non-admin accounts for the admin lists (the KYC review queue, the account search),
 * the same way for each: 1 to 100 rows (20 when no size is asked for), the query trimmed and
 * lower-cased and at most 254 characters (an email's length; `queryRequired`: at least one),
 * else INVALID_FILTER; one row more than the page is read, and its presence gives the next cursor
 * (the page's last id; '' on the last page).
 */
export async function accountPage(em: EntityManager, f: AccountPageRequest, queryRequired: boolean): Promise<{ rows: KycQueueRow[]; nextCursor: string }> {
  const query = (f.query ?? '').trim().toLowerCase();
  if (queryRequired && (!query || query.length > 254))
    throw new AppError('INVALID', 'INVALID_FILTER', 'query must be 1 to 254 characters: a user id or the start of an email');
  if (query.length > 254) throw new AppError('INVALID', 'INVALID_FILTER', 'query must be at most 254 characters');
  const pageSize = Math.min(Math.max(f.pageSize || 20, 1), 100);
  const rows = await KycRepository.queue(em, {
    status: f.status,
    countryCode: f.countryCode,
    role: f.role,
    query,
    standing: f.standing ?? '',
    cursor: f.cursor,
    limit: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  return { rows: page, nextCursor: rows.length > pageSize ? page[page.length - 1]!.id : '' };
}
