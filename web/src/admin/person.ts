import { isUuid } from './short-id.ts';

/** A kind or code as words: DRIVER is "Driver", payout_method "Payout method", KYC_PROFILE_DECIDED "KYC profile decided". */
export const kindWord = (kind: string) => (kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase().replace(/_/g, ' ')).replace(/\bkyc\b/gi, 'KYC');

/**
 * How an admin screen names someone: by their email when they are a user, else (the platform's own
 * wallets, the system) by their kind and the start of their id, or the id in words when it is a name
 * (PAYOUT_CLEARING), or as it is when it is already words (an operator's command and name, as
 * "scripts/admin (by Ngozi Eze)"); a dash when no one is named.
 */
export const personLabel = (kind: string, id: string, email: string | null | undefined) =>
  email ?? (kind ? `${kindWord(kind)} ${isUuid(id) ? id.slice(0, 8) : /\s/.test(id) ? id : kindWord(id)}` : '—');
