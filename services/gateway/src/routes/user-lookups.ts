import { isUuid } from '@ziba/service-kit';
import type { FastifyRequest } from 'fastify';
import type { ServiceClients } from '../clients/service-clients.ts';
import { callOptions } from '../plugins/auth.ts';

/** What identity answers in one lookup (GetUsers). */
const LOOKUP_SIZE = 200;

/** What a lookup found for an id: null for an id that names no user, or when identity could not answer. */
export type Lookup = (id: string) => string | null;

const lookupOf =
  (found: Map<string, string>): Lookup =>
  (id) =>
    found.get(id) ?? null;

/**
 * The emails of the users these ids name, so an admin screen shows who owns a wallet or who acted,
 * not an id. Ids that name no user (the platform's wallet owner, a service) get none. The emails
 * only decorate a page whose records come from another service: if identity cannot answer, the
 * page is still served, with ids only, and the failure is logged.
 */
export async function emailsOf(clients: ServiceClients, request: FastifyRequest, ids: Iterable<string>): Promise<Lookup> {
  const wanted = [...new Set([...ids].filter(isUuid))];
  const lookups = [];
  for (let i = 0; i < wanted.length; i += LOOKUP_SIZE) {
    lookups.push(clients.identity.call('GetUsers', { userIds: wanted.slice(i, i + LOOKUP_SIZE) }, callOptions(request)));
  }
  try {
    const answers = await Promise.all(lookups);
    return lookupOf(new Map(answers.flatMap((a) => a.users.map((u) => [u.id, u.email] as const))));
  } catch (err) {
    request.log.warn({ err: (err as Error).message }, 'user emails unavailable; the page shows ids');
    return lookupOf(new Map());
  }
}

/**
 * The legal names (from their identity profiles) of these users, for the admin who checks a payout
 * account's holder name against its earner's. As with emails, a failed lookup leaves names out.
 */
export async function legalNamesOf(clients: ServiceClients, request: FastifyRequest, ids: Iterable<string>): Promise<Lookup> {
  const wanted = [...new Set([...ids].filter(isUuid))];
  try {
    const verifications = await Promise.all(wanted.map((userId) => clients.identity.call('GetVerification', { userId }, callOptions(request))));
    return lookupOf(new Map(verifications.flatMap((v) => (v.profile ? [[v.userId, `${v.profile.legalFirstName} ${v.profile.legalLastName}`] as const] : []))));
  } catch (err) {
    request.log.warn({ err: (err as Error).message }, 'legal names unavailable; the page shows none');
    return lookupOf(new Map());
  }
}
