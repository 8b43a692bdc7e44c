import type { Schemas } from '@ziba/api-client';

type Status = Schemas['Verification']['status'];

const WORDS: Record<Status, string> = { PENDING_REVIEW: 'Pending review', INCOMPLETE: 'Incomplete', VERIFIED: 'Verified', REJECTED: 'Rejected' };

/** Where someone's identity verification stands, in words: the same on their own page and the admin's. */
export const kycStatusWord = (status: Status) => WORDS[status] ?? status;
