import { AppError } from './errors.ts';

/** Identity's answer to "may this account do this now?" (CheckEligibility). */
export interface Eligibility {
  allowed: boolean;
  reasons: string[];
}

/**
 * Refuses with 422 NOT_ELIGIBLE and every rule identity said failed, unless identity allowed the
 * action: the one refusal for it, whether the gateway or a service asked.
 */
export function requireAllowed(action: string, { allowed, reasons }: Eligibility): void {
  // "now", not "yet": a suspended or blocked account is refused too, and not merely early.
  if (!allowed) throw new AppError('REFUSED', 'NOT_ELIGIBLE', `your account cannot ${action.toLowerCase().replace(/_/g, ' ')} now; see reasons`, reasons);
}
