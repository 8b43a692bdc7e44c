import { requireAllowed } from '@ziba/service-kit';
import { modeOf } from '@ziba/service-kit/mode';
import type { FastifyRequest } from 'fastify';
import type { ServiceClients } from '../clients/service-clients.ts';
import type { EligibilityAction } from '../schemas/enums.ts';
import { callOptions } from './auth.ts';

/** Asks identity whether the caller may do `action` now, in the money mode of their account. */
export const checkEligibility = (clients: ServiceClients, request: FastifyRequest, action: EligibilityAction) => {
  const p = request.principal!;
  return clients.identity.call('CheckEligibility', { userId: p.userId, action, mode: modeOf(p.testMode) }, callOptions(request));
};

/**
 * preHandler (after authentication): refuses with 422 NOT_ELIGIBLE, listing every failed rule in the
 * problem's `reasons`, unless identity allows the action. Identity owns the rules; this only asks.
 */
export function requireEligible(clients: ServiceClients, action: EligibilityAction) {
  return async (request: FastifyRequest): Promise<void> => {
    requireAllowed(action, await checkEligibility(clients, request, action));
  };
}
