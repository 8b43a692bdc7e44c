import { dayAndTime } from '../dates.ts';
import { ApiProblem } from '../api/queries.ts';

/** Where an earner's payout account stands, in words, with when withdrawals to it open after a change. */
export function payoutAccountState(method: { status: string; usableFrom: string }, now = new Date()): string {
  if (method.status === 'REJECTED') return 'rejected: add another account to withdraw';
  const opens = new Date(method.usableFrom);
  // Which check holds it is not said: "another account has this number" would tell a fraudster what they
  // need to know. The usual cause, a name that differs from the legal name, is named as an example.
  if (method.status !== 'VERIFIED')
    return `waiting for an admin to check it, as when the account name differs from your legal name; withdrawals to it open once it is verified${
      opens > now ? `, and not before ${dayAndTime(opens)}` : ''
    }`;
  if (opens > now) return `verified; withdrawals to it open ${dayAndTime(opens)}`;
  return 'verified';
}

/**
 * Whether a failed read of the payout account means the earner has none yet. Only the payout
 * service's 404 says so; any other failure (the service down) leaves it unknown, and offering to add
 * an account then would hide the one they have.
 */
export const noPayoutAccountYet = (error: unknown) => error instanceof ApiProblem && error.status === 404 && error.problem?.code === 'PAYOUT_METHOD_NOT_FOUND';
