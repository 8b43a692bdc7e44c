import type { Actor } from '@ziba/service-kit';

/**
 * Whose wallet a call may read or add funds to. A call acting for a user (the gateway forwards the
 * user it verified) reaches only that user's own wallets; staff, the weekly jobs and services acting
 * on their own account (settlement and payouts send no actor) reach any. The gateway checks the same
 * first; the ledger does not rely on every caller having done so.
 */
export const mayUseWalletOf = (actor: Actor | null, ownerId: string): boolean => actor?.type !== 'USER' || actor.id === ownerId;

/** Whether a wallet's owner must be known before the call goes ahead (only calls acting for a user are limited). */
export const limitedToOwnWallets = (actor: Actor | null): boolean => actor?.type === 'USER';
