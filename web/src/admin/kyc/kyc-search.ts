import type { Schemas } from '@ziba/api-client';
import { kycStatusWord } from '../../pages/verification-status.ts';

type Status = Schemas['Verification']['status'];
export const KYC_STATUSES: Status[] = ['PENDING_REVIEW', 'INCOMPLETE', 'VERIFIED', 'REJECTED'];

/** The KYC queue's filters as the URL carries them: one status, or ANY (the queue opens on pending review, so "every status" needs a name). */
export interface KycSearch {
  status?: Status | 'ANY';
  /** A user id or the start of an email. */
  q?: string;
}

/**
 * An unknown status in the URL opens the queue as a bare address does, on pending review (the select
 * shows it). A look-up of one user without a status (a link from their payout) searches every status.
 */
export const parseKycSearch = (s: Record<string, unknown>): KycSearch => {
  const q = typeof s.q === 'string' && s.q.trim() && s.q.length <= 254 ? s.q.trim() : undefined;
  const status =
    s.status === 'ANY' || KYC_STATUSES.includes(s.status as Status) ? (s.status as Status | 'ANY') : q && s.status === undefined ? 'ANY' : 'PENDING_REVIEW';
  return { status, q };
};

/** The API's query: ANY asks for no status at all. */
export const kycQuery = ({ status, q }: KycSearch) => ({ ...(status && status !== 'ANY' ? { status } : {}), ...(q ? { q } : {}) });

/** What an empty list means, in the filters' words. */
export function kycEmpty({ status, q }: KycSearch): string {
  const inStatus = status && status !== 'ANY' ? ` with status ${kycStatusWord(status)}` : '';
  return q ? `No user matches “${q}”${inStatus}.` : inStatus ? `Nobody${inStatus}.` : 'No users.';
}
